// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Dash dialogue on short invented lines: turns, incises and their speakers, and dash lines that are lists. */
class DialogueLinesTest {

    private static final DialogueLines DIALOGUE = DialogueLines.load(new QuoteLexicon(QuoteLexicon.Lang.FR).seal());

    private static List<QuoteCandidate> fr(String text) {
        return DIALOGUE.find(text, QuoteLexicon.Lang.FR);
    }

    private static List<String> texts(List<QuoteCandidate> found) {
        return found.stream().map(QuoteCandidate::text).toList();
    }

    @Test
    void inciseInsideTheTurnSplitsItAndNamesTheSpeaker() {
        List<QuoteCandidate> found = fr("— Il le faut, répondit Paul, le train n'attend pas.");
        assertThat(texts(found)).containsExactly("Il le faut", "le train n'attend pas.");
        assertThat(found).allSatisfy(c -> {
            assertThat(c.kind()).isEqualTo(Quotation.Kind.DIRECT);
            assertThat(c.speakerText()).isEqualTo("Paul");
        });
    }

    @Test
    void invertedPronounAfterAQuestion() {
        List<QuoteCandidate> found = fr("— Vous partez déjà ? demanda-t-elle.");
        assertThat(texts(found)).containsExactly("Vous partez déjà ?");
        assertThat(found.get(0).speakerText()).isEqualTo("elle");
    }

    @Test
    void objectPronounBeforeTheVerb() {
        List<QuoteCandidate> found = fr("— Qu'as-tu fait ? lui demandais-je en le voyant rentrer.");
        assertThat(texts(found)).containsExactly("Qu'as-tu fait ?");
        assertThat(found.get(0).speakerText()).isEqualTo("je");
    }

    @Test
    void subjectNounPhraseEndsBeforeAGerund() {
        List<QuoteCandidate> found = fr("– Entrons, fit le docteur en souriant.");
        assertThat(texts(found)).containsExactly("Entrons");
        assertThat(found.get(0).speakerText()).isEqualTo("le docteur");
    }

    @Test
    void reflexiveVerbAndTitle() {
        List<QuoteCandidate> found = fr("— Quelle fête ! s'écria M. Durand.");
        assertThat(texts(found)).containsExactly("Quelle fête !");
        assertThat(found.get(0).speakerText()).isEqualTo("M. Durand");
    }

    @Test
    void aDashAfterASentenceOpensANewTurn() {
        List<QuoteCandidate> found = fr("— Oui, dit-il. — Et vous ?");
        assertThat(texts(found)).containsExactly("Oui", "Et vous ?");
        assertThat(found.get(0).speakerText()).isEqualTo("il");
        assertThat(found.get(1).speakerText()).isNull();
    }

    @Test
    void narrationAfterTheInciseIsNotSpeech() {
        List<QuoteCandidate> found = fr("— Chacun son goût, reprit le marin. Et il s'assit à la table du fond.");
        assertThat(texts(found)).containsExactly("Chacun son goût");
    }

    @Test
    void speechResumesAfterTheInciseWhenItReadsAsSpeech() {
        List<QuoteCandidate> found = fr("— Voyez cette demoiselle ! disait la plus grande. Mon père est plus riche !");
        assertThat(texts(found)).containsExactly("Voyez cette demoiselle !", "Mon père est plus riche !");
    }

    @Test
    void relativeClauseAfterTheSubjectStaysInTheIncise() {
        List<QuoteCandidate> found = fr("— Ça me gênerait, répondit la vieille, qui disparut dans la brume.");
        assertThat(texts(found)).containsExactly("Ça me gênerait");
        assertThat(found.get(0).speakerText()).isEqualTo("la vieille");
    }

    @Test
    void dialogueOpensAfterAColonInsideALine() {
        List<QuoteCandidate> found = fr("Il murmure entre ses dents : — La sotte affaire ! Je n'avais pas mes lunettes.");
        assertThat(texts(found)).containsExactly("La sotte affaire ! Je n'avais pas mes lunettes.");
    }

    @Test
    void turnWithoutInciseHasNoSpeakerAndIsDialogueBesideSpeech() {
        List<QuoteCandidate> found = fr("— Tu viens ce soir ?\n\n— Mais il le faut bien.");
        assertThat(texts(found)).containsExactly("Tu viens ce soir ?", "Mais il le faut bien.");
        assertThat(found.get(1).speakerText()).isNull();
    }

    @Test
    void newsListItemsAreNotDialogue() {
        assertThat(fr("Le bilan :\n\n- 12 morts à Paris\n\n- 30 blessés dans la région\n\n– Trois écoles fermées.")).isEmpty();
        assertThat(fr("Paris – Le président a réuni le gouvernement.")).isEmpty();
        assertThat(fr("Le virus circule. - Evolution \"à bas bruit\" - Jeudi, les ventes, poursuivent leurs ravages.")).isEmpty();
    }

    @Test
    void hyphenedWordsAndNoLanguageAreNoDialogue() {
        assertThat(fr("Un peut-être, dit-on.")).isEmpty();
        assertThat(DIALOGUE.find("— Il le faut, répondit Paul.", QuoteLexicon.Lang.EN)).isEmpty();
    }

    @Test
    void opensTurnTellsTheFirstWordsOfATurn() {
        String text = "— Oui, dit-il. — Et vous ?";
        assertThat(DialogueLines.opensTurn(text, text.indexOf("Oui"))).isTrue();
        assertThat(DialogueLines.opensTurn(text, text.indexOf("Et vous"))).isTrue();
        assertThat(DialogueLines.opensTurn(text, text.indexOf("dit"))).isFalse();
    }
}
