// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.veille.analyze.Quotation.Kind;

/** One small sentence per rule, French and English, plus the contract of {@link QuotationFinder#find}. */
class QuotationFinderTest {

    private static final QuotationFinder FINDER = new QuotationFinder();

    private static List<QuoteCandidate> fr(String text) {
        return FINDER.find(text, "fr");
    }

    private static List<QuoteCandidate> en(String text) {
        return FINDER.find(text, "en");
    }

    private static QuoteCandidate only(List<QuoteCandidate> found, Kind kind) {
        List<QuoteCandidate> k = found.stream().filter(c -> c.kind() == kind).toList();
        assertThat(k).as("one %s in %s", kind, found).hasSize(1);
        return k.get(0);
    }

    private static Optional<QuoteCandidate> withText(List<QuoteCandidate> found, String text) {
        return found.stream().filter(c -> c.text().equals(text)).findFirst();
    }

    // ------------------------------------------------------------ direct quotations, French

    @Test
    void directWithTrailingAttribution() {
        QuoteCandidate c = only(fr("« Nous devons rassembler la famille », a dit ce diplomate."), Kind.DIRECT);
        assertThat(c.text()).isEqualTo("Nous devons rassembler la famille");
        assertThat(c.speakerText()).isEqualTo("ce diplomate");
    }

    @Test
    void directWithNarrowNoBreakSpacesAndAdverbialBeforeSpeaker() {
        QuoteCandidate c = only(fr("«\u202FIls ont parlé de sécurité\u202F», a déclaré ce samedi la porte-parole Anna Dupont."),
                Kind.DIRECT);
        assertThat(c.text()).isEqualTo("Ils ont parlé de sécurité");
        assertThat(c.speakerText()).isEqualTo("la porte-parole Anna Dupont");
    }

    @Test
    void directSpeakerStopsAtPrepositionalPhrase() {
        QuoteCandidate c = only(fr("« L'alliance reste fondamentale », a dit Jean Martin à la presse avant la réunion."), Kind.DIRECT);
        assertThat(c.speakerText()).isEqualTo("Jean Martin");
    }

    @Test
    void directSpeakerKeepsApposition() {
        QuoteCandidate c = only(fr("«Nous vivons un moment inédit», a déclaré Paul Durand, ancien ambassadeur à Rome et chef de "
                + "la conférence de Lyon."), Kind.DIRECT);
        assertThat(c.speakerText()).isEqualTo("Paul Durand, ancien ambassadeur à Rome et chef de la conférence de Lyon");
    }

    @Test
    void directWithInvertedPronounGetsAntecedent() {
        List<QuoteCandidate> found = fr("M. Lemaire a parlé aux élus. «Bien sûr, nous devons agir», a-t-il dit.");
        QuoteCandidate c = only(found, Kind.DIRECT);
        assertThat(c.speakerText()).isEqualTo("a-t-il");
        assertThat(c.antecedentText()).isEqualTo("M. Lemaire");
    }

    @Test
    void directWithPresentTenseInvertedSubject() {
        QuoteCandidate c = only(fr("“Le comité s'est réuni hier soir”, note l’organisation dans un communiqué."), Kind.DIRECT);
        assertThat(c.speakerText()).isEqualTo("l’organisation");
    }

    @Test
    void directAfterColon() {
        QuoteCandidate c = only(fr("Le ministre de l'Intérieur, Jean Valjean, a indiqué : «Nous ne céderons pas.»"), Kind.DIRECT);
        assertThat(c.text()).isEqualTo("Nous ne céderons pas.");
        assertThat(c.speakerText()).isEqualTo("Le ministre de l'Intérieur, Jean Valjean");
    }

    @Test
    void directAfterGerundTakesClauseSubject() {
        QuoteCandidate c = only(fr("Le président Marc Leroy a critiqué le projet, en déclarant : «C'est inacceptable.»"), Kind.DIRECT);
        assertThat(c.speakerText()).isEqualTo("Le président Marc Leroy");
    }

    @Test
    void directAfterSelon() {
        QuoteCandidate c = only(fr("Selon la ministre, «la réforme sera votée en juin par le Parlement réuni»."), Kind.PARTIAL);
        assertThat(c.speakerText()).isEqualTo("la ministre");
        QuoteCandidate d = only(fr("Selon la ministre, « La réforme sera votée. »"), Kind.DIRECT);
        assertThat(d.speakerText()).isEqualTo("la ministre");
    }

    @Test
    void interruptedQuoteGivesTwoQuotesWithOneSpeaker() {
        List<QuoteCandidate> found = fr("Jeanne Roy a souri. «Quand il était là, tout allait bien”, a-t-elle déclaré au début du mois, "
                + "” nous sommes maintenant plus forts. “");
        List<QuoteCandidate> direct = found.stream().filter(c -> c.kind() == Kind.DIRECT).toList();
        assertThat(direct).extracting(QuoteCandidate::text)
                .containsExactly("Quand il était là, tout allait bien", "nous sommes maintenant plus forts.");
        assertThat(direct).extracting(QuoteCandidate::speakerText).containsOnly("a-t-elle");
        assertThat(direct).extracting(QuoteCandidate::antecedentText).containsOnly("Jeanne Roy");
    }

    @Test
    void quoteSentenceWithoutAttributionContinuesPreviousSpeaker() {
        List<QuoteCandidate> found = fr("« Nous devons agir », a dit un diplomate. « La situation est fragile. »");
        assertThat(withText(found, "La situation est fragile.")).get()
                .extracting(QuoteCandidate::speakerText).isEqualTo("un diplomate");
    }

    @Test
    void multiSentenceQuote() {
        QuoteCandidate c = only(fr("«Tous les alliés se défendront. C'est non négociable.», a affirmé l'OTAN."), Kind.DIRECT);
        assertThat(c.text()).isEqualTo("Tous les alliés se défendront. C'est non négociable.");
        assertThat(c.speakerText()).isEqualTo("l'OTAN");
    }

    @Test
    void nestedQuotesAreReportedOnce() {
        List<QuoteCandidate> found = fr("«Il m'a dit “jamais” et il est parti», a raconté Marie Curie.");
        assertThat(found).filteredOn(c -> c.kind() != Kind.INDIRECT).hasSize(1);
        assertThat(found.get(0).text()).isEqualTo("Il m'a dit “jamais” et il est parti");
    }

    // ------------------------------------------------------------ partial and scare quotes

    @Test
    void partialQuoteTakesSentenceSubject() {
        QuoteCandidate c = only(fr("Le milliardaire a qualifié l'OTAN d'« obsolète »."), Kind.PARTIAL);
        assertThat(c.text()).isEqualTo("obsolète");
        assertThat(c.speakerText()).isEqualTo("Le milliardaire");
    }

    @Test
    void partialQuoteInsideIndirectSpeechGivesBoth() {
        List<QuoteCandidate> found = fr("M. Rutte a déclaré qu'il n'avait \"aucun doute\" sur le résultat.");
        assertThat(only(found, Kind.INDIRECT).text()).isEqualTo("il n'avait \"aucun doute\" sur le résultat");
        QuoteCandidate p = only(found, Kind.PARTIAL);
        assertThat(p.text()).isEqualTo("aucun doute");
        assertThat(p.speakerText()).isEqualTo("M. Rutte");
    }

    @Test
    void scareQuoteHasNoSpeaker() {
        QuoteCandidate c = only(fr("L'alliance a déjà subi un \"coup dur\" pendant la présidence."), Kind.SCARE);
        assertThat(c.text()).isEqualTo("coup dur");
        assertThat(c.speakerText()).isNull();
    }

    @Test
    void titlesAndInterfaceLabelsAreNotQuotes() {
        assertThat(fr("Il a vu le film « La Grande Vadrouille » hier.")).isEmpty();
        assertThat(fr("Vous pouvez refuser en cliquant sur «Tout refuser», «Paramétrer» ou fermer.")).isEmpty();
        assertThat(en("She read the book “War and Peace” twice.")).isEmpty();
    }

    // ------------------------------------------------------------ indirect speech, French

    @Test
    void indirectAfterQue() {
        QuoteCandidate c = only(fr("Le secrétaire à la Défense, Jean Mattis, a déclaré mercredi que l'OTAN était essentielle, "
                + "s'efforçant de rassurer les alliés."), Kind.INDIRECT);
        assertThat(c.text()).isEqualTo("l'OTAN était essentielle");
        assertThat(c.speakerText()).isEqualTo("Le secrétaire à la Défense, Jean Mattis");
    }

    @Test
    void indirectWithObjectControlVerb() {
        QuoteCandidate c = only(fr("Jean Dupont, président de la Commission, a demandé aux États membres de construire une armée."),
                Kind.INDIRECT);
        assertThat(c.text()).isEqualTo("aux États membres de construire une armée");
        assertThat(c.speakerText()).isEqualTo("Jean Dupont, président de la Commission");
    }

    @Test
    void indirectWithReflexiveVerbAndIncise() {
        QuoteCandidate c = only(fr("M. Harris, quant à lui, s'est engagé à travailler avec les alliés."), Kind.INDIRECT);
        assertThat(c.text()).isEqualTo("à travailler avec les alliés");
        assertThat(c.speakerText()).isEqualTo("M. Harris");
    }

    @Test
    void indirectCoordinatedVerbSharesSubject() {
        QuoteCandidate c = only(fr("Trump a loué Poutine pendant sa campagne et a suggéré aux États-Unis d'abandonner l'alliance."),
                Kind.INDIRECT);
        assertThat(c.text()).isEqualTo("aux États-Unis d'abandonner l'alliance");
        assertThat(c.speakerText()).isEqualTo("Trump");
    }

    @Test
    void indirectSelon() {
        QuoteCandidate c = only(fr("Selon le magazine allemand Der Spiegel, les stratèges ont rédigé un rapport secret."), Kind.INDIRECT);
        assertThat(c.text()).isEqualTo("les stratèges ont rédigé un rapport secret");
        assertThat(c.speakerText()).isEqualTo("le magazine allemand Der Spiegel");
    }

    @Test
    void selonLuiRefersBackAndSelonLequelIsNoAttribution() {
        QuoteCandidate c = only(fr("Paul Roux a quitté la salle. Selon lui, le vote était truqué."), Kind.INDIRECT);
        assertThat(c.speakerText()).isEqualTo("lui");
        assertThat(c.antecedentText()).isEqualTo("Paul Roux");
        assertThat(fr("Le groupe a publié un rapport, selon lequel les prix vont monter.")).isEmpty();
    }

    @Test
    void indirectBeforeTrailingAttribution() {
        QuoteCandidate c = only(fr("En critiquant la défense collective, Trump a mis en doute l'OTAN, a ajouté Ischinger."),
                Kind.INDIRECT);
        assertThat(c.text()).isEqualTo("En critiquant la défense collective, Trump a mis en doute l'OTAN");
        assertThat(c.speakerText()).isEqualTo("Ischinger");
    }

    @Test
    void indirectPresentTense() {
        QuoteCandidate c = only(fr("En attendant, le journal admet que la situation est grave."), Kind.INDIRECT);
        assertThat(c.text()).isEqualTo("la situation est grave");
        assertThat(c.speakerText()).isEqualTo("le journal");
    }

    @Test
    void indirectWithPronounSubject() {
        List<QuoteCandidate> found = fr("Marc Blanc est arrivé lundi. Il a également suggéré que les États-Unis pourraient partir.");
        QuoteCandidate c = only(found, Kind.INDIRECT);
        assertThat(c.speakerText()).isEqualTo("Il");
        assertThat(c.antecedentText()).isEqualTo("Marc Blanc");
    }

    @Test
    void commeLaDit() {
        QuoteCandidate c = only(fr("Comme l'a dit le président Trump, il soutient fermement l'OTAN."), Kind.INDIRECT);
        assertThat(c.text()).isEqualTo("il soutient fermement l'OTAN");
        assertThat(c.speakerText()).isEqualTo("le président Trump");
    }

    @Test
    void pullQuoteParagraphFollowedByName() {
        String text = "Le ministre est arrivé à Bruxelles.\n\nNous soutenons fermement nos alliés européens.\n\n"
                + "Jim Mattis, secrétaire américain à la Défense\n\nLa réunion a duré deux heures.";
        QuoteCandidate c = only(fr(text), Kind.DIRECT);
        assertThat(c.text()).isEqualTo("Nous soutenons fermement nos alliés européens.");
        assertThat(c.speakerText()).isEqualTo("Jim Mattis, secrétaire américain à la Défense");
    }

    @Test
    void pourWithAPersonIsAnAttribution() {
        QuoteCandidate c = only(fr("Pour le ministre, la situation reste très préoccupante."), Kind.INDIRECT);
        assertThat(c.text()).isEqualTo("la situation reste très préoccupante");
        assertThat(c.speakerText()).isEqualTo("le ministre");
        assertThat(fr("Pour la première fois, la sortie de l'OTAN est devenue une menace.")).isEmpty();
    }

    @Test
    void presentTenseVerbsAfterQuote() {
        assertThat(only(fr("« Nous irons jusqu'au bout », lance le président."), Kind.DIRECT).speakerText())
                .isEqualTo("le président");
        assertThat(only(fr("« C'est un tournant », estime Claire Petit, la maire de Lyon."), Kind.DIRECT).speakerText())
                .isEqualTo("Claire Petit, la maire de Lyon");
        assertThat(only(fr("« Rien n'est joué », confie un proche du dossier."), Kind.DIRECT).speakerText())
                .isEqualTo("un proche du dossier");
        assertThat(only(fr("« Rien n'est joué », déclare-t-elle."), Kind.DIRECT).speakerText()).isEqualTo("déclare-t-elle");
    }

    @Test
    void colonClosingAParagraphIntroducesTheNextQuote() {
        QuoteCandidate c = only(fr("La porte-parole du gouvernement a déclaré :\n\n« Nous ne reculerons pas. »"), Kind.DIRECT);
        assertThat(c.speakerText()).isEqualTo("La porte-parole du gouvernement");
    }

    @Test
    void machineTranslatedMixedMarks() {
        QuoteCandidate c = only(fr("«Nous devons faire plus”, a déclaré le ministre."), Kind.DIRECT);
        assertThat(c.text()).isEqualTo("Nous devons faire plus");
        assertThat(c.speakerText()).isEqualTo("le ministre");
    }

    // ------------------------------------------------------------ English

    @Test
    void englishDirectPronounSpeaker() {
        List<QuoteCandidate> found = en("Jane Smith spoke in Ohio. “We will win this state,” she said.");
        QuoteCandidate c = only(found, Kind.DIRECT);
        assertThat(c.text()).isEqualTo("We will win this state");
        assertThat(c.speakerText()).isEqualTo("she");
        assertThat(c.antecedentText()).isEqualTo("Jane Smith");
    }

    @Test
    void englishDirectInvertedSpeakerWithApposition() {
        QuoteCandidate c = only(en("\"The plan is dead,\" said John Brown, a spokesman for the campaign."), Kind.DIRECT);
        assertThat(c.speakerText()).isEqualTo("John Brown, a spokesman for the campaign");
    }

    @Test
    void englishDirectAfterColonAndSingleQuotes() {
        assertThat(only(en("The senator said: “It is over.”"), Kind.DIRECT).speakerText()).isEqualTo("The senator");
        assertThat(only(en("‘We don’t know yet,’ a source told reporters."), Kind.DIRECT).speakerText()).isEqualTo("a source");
    }

    @Test
    void englishIndirect() {
        QuoteCandidate c = only(en("Mr. Trump said that the election was rigged."), Kind.INDIRECT);
        assertThat(c.text()).isEqualTo("the election was rigged");
        assertThat(c.speakerText()).isEqualTo("Mr. Trump");
        QuoteCandidate d = only(en("The economy is slowing down, the minister said on Monday."), Kind.INDIRECT);
        assertThat(d.text()).isEqualTo("The economy is slowing down");
        assertThat(d.speakerText()).isEqualTo("the minister");
        QuoteCandidate e = only(en("According to the report, the army will withdraw."), Kind.INDIRECT);
        assertThat(e.text()).isEqualTo("the army will withdraw");
        assertThat(e.speakerText()).isEqualTo("the report");
    }

    @Test
    void englishPartialAndScare() {
        QuoteCandidate p = only(en("He called the alliance \"obsolete\" in an interview."), Kind.PARTIAL);
        assertThat(p.speakerText()).isEqualTo("He");
        assertThat(only(en("The so-called \"deep state\" is back."), Kind.SCARE).speakerText()).isNull();
    }

    @Test
    void englishQuoteContinuedOverParagraphs() {
        List<QuoteCandidate> found = en("“We will rebuild the roads and the bridges of this country.\n\n"
                + "“And we will do it fast,” the governor said.");
        assertThat(found).filteredOn(c -> c.kind() == Kind.DIRECT).extracting(QuoteCandidate::speakerText)
                .containsExactly("the governor", "the governor");
    }

    @Test
    void englishQuestionQuoteThenAttribution() {
        assertThat(en("“Does anybody know what the platform is?” Graham asked. “Neither do I.”"))
                .extracting(QuoteCandidate::speakerText).containsExactly("Graham", "Graham");
        QuoteCandidate d = only(en("“You pay your taxes. So why didn’t he pay his?” a narrator in the ad asks."), Kind.DIRECT);
        assertThat(d.speakerText()).isEqualTo("a narrator in the ad");
    }

    @Test
    void dashSignature() {
        QuoteCandidate c = only(en("“He represents our greatest shame.” ― Sonya Herridge"), Kind.DIRECT);
        assertThat(c.speakerText()).isEqualTo("Sonya Herridge");
    }

    @Test
    void englishTranscriptLabels() {
        List<QuoteCandidate> found = en("PENCE: Well, look, this is serious business.\n\nWALLACE: Thank you, sir.");
        assertThat(found).extracting(QuoteCandidate::text).containsExactly("Well, look, this is serious business.", "Thank you, sir.");
        assertThat(found).extracting(QuoteCandidate::speakerText).containsExactly("PENCE", "WALLACE");
    }

    @Test
    void englishProgressiveAndParticipialIncise() {
        QuoteCandidate c = only(en("Donald Trump is demanding that the president make a pledge."), Kind.INDIRECT);
        assertThat(c.text()).isEqualTo("the president make a pledge");
        assertThat(c.speakerText()).isEqualTo("Donald Trump");
        QuoteCandidate d = only(en("Trump, speaking to a veterans group in Virginia, said he would order a review."),
                Kind.INDIRECT);
        assertThat(d.text()).isEqualTo("he would order a review");
        assertThat(d.speakerText()).isEqualTo("Trump");
    }

    @Test
    void otherLanguagesGetQuotationMarksOnly() {
        List<QuoteCandidate> found = FINDER.find("«Vamos a ganar las elecciones este año», dijo el ministro.", "es");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).kind()).isEqualTo(Kind.DIRECT);
    }

    // ------------------------------------------------------------ contract

    @Test
    void contractOffsetsSortedAndDeterministic() {
        String text = "Le secrétaire général, Mark Rutte, a déclaré que l'Alliance resterait unie.\n\n"
                + "\"Nous travaillerons avec tous\", a déclaré M. Rutte.\n\n"
                + "L'alliance a subi un \"coup dur\". «Cela nous incite à faire plus», a-t-il déclaré, qualifiant "
                + "la situation de \"très sérieuse\".\n\nIl a dit qu'il ne savait pas. \"Unclosed quote at the end";
        for (String lang : List.of("fr", "en", "de")) {
            List<QuoteCandidate> a = FINDER.find(text, lang);
            assertThat(a).isEqualTo(FINDER.find(text, lang));
            int last = -1;
            for (QuoteCandidate c : a) {
                assertThat(c.start()).isBetween(0, text.length());
                assertThat(c.end()).isBetween(c.start(), text.length());
                assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
                assertThat(c.start()).isGreaterThanOrEqualTo(last);
                last = c.start();
                if (c.speakerText() != null) {
                    assertThat(text.substring(c.speakerStart(), c.speakerEnd())).isEqualTo(c.speakerText());
                } else {
                    assertThat(c.speakerStart()).isEqualTo(-1);
                }
                if (c.antecedentText() != null) {
                    assertThat(text.substring(c.antecedentStart(), c.antecedentEnd())).isEqualTo(c.antecedentText());
                    assertThat(c.antecedentEnd()).isLessThanOrEqualTo(c.speakerStart());
                }
            }
        }
        assertThat(FINDER.find("", "fr")).isEmpty();
        assertThat(FINDER.find("«", "fr")).isEmpty();
        assertThat(FINDER.find("\" \" « » “ ”", "en")).isEmpty();
    }

    @Test
    void oneMegabyteFinishesQuickly() {
        StringBuilder sb = new StringBuilder();
        String[] parts = {
            "M. Rutte a déclaré que l'Alliance « resterait unie » malgré tout, a-t-il ajouté. ",
            "«Nous travaillerons avec tous», a dit le ministre, qualifiant le plan de \"solide\". ",
            "Selon le journal, le sommet aura lieu en juin, et il a suggéré aux alliés de payer. ",
            "« « « \" \" “ ” ‘ ’ a-t-il a a a a , , , que que que qu' ",
        };
        for (int i = 0; sb.length() < 1_000_000; i++) {
            sb.append(parts[i % parts.length]);
            if (i % 7 == 6) sb.append("\n\n");
        }
        String big = sb.toString();
        // one huge paragraph without sentence ends, the worst case for window scans
        String flat = big.replace("\n", " ").replace(". ", ", ");
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThat(FINDER.find(big, "fr")).isNotEmpty();
            assertThat(FINDER.find(flat, "fr")).isNotEmpty();
            assertThat(FINDER.find(big, "en")).isNotEmpty();
        });
    }
}
