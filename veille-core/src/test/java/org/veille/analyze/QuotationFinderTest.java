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
        QuoteCandidate c = only(fr("« Nous devons réparer le pont », a dit ce technicien."), Kind.DIRECT);
        assertThat(c.text()).isEqualTo("Nous devons réparer le pont");
        assertThat(c.speakerText()).isEqualTo("ce technicien");
    }

    /** A no-break space inside a name ("Mme\u00a0Dupont") is a space, not a word: the designation keeps the name. */
    @Test
    void noBreakSpaceInsideTheDesignation() {
        QuoteCandidate c = only(fr("«\u00a0Nous partirons demain\u00a0», a déclaré Mme\u00a0Dupont."), Kind.DIRECT);
        assertThat(c.speakerText()).isEqualTo("Mme\u00a0Dupont");
    }

    @Test
    void directWithNarrowNoBreakSpacesAndAdverbialBeforeSpeaker() {
        QuoteCandidate c = only(fr("«\u202FIls ont parlé du budget\u202F», a déclaré ce lundi la porte-parole Anna Dupont."),
                Kind.DIRECT);
        assertThat(c.text()).isEqualTo("Ils ont parlé du budget");
        assertThat(c.speakerText()).isEqualTo("la porte-parole Anna Dupont");
    }

    @Test
    void directSpeakerStopsAtPrepositionalPhrase() {
        QuoteCandidate c = only(fr("« Le club reste soudé », a dit Jean Martin aux journalistes avant le match."), Kind.DIRECT);
        assertThat(c.speakerText()).isEqualTo("Jean Martin");
    }

    @Test
    void directSpeakerKeepsApposition() {
        QuoteCandidate c = only(fr("«La récolte sera bonne», a déclaré Paul Durand, ancien maire de Tours et chef de "
                + "la coopérative de Loches."), Kind.DIRECT);
        assertThat(c.speakerText()).isEqualTo("Paul Durand, ancien maire de Tours et chef de la coopérative de Loches");
    }

    @Test
    void directWithInvertedPronounGetsAntecedent() {
        List<QuoteCandidate> found = fr("M. Lemaire a parlé aux élus. «Il faudra du courage», a-t-il dit.");
        QuoteCandidate c = only(found, Kind.DIRECT);
        assertThat(c.speakerText()).isEqualTo("a-t-il");
        assertThat(c.antecedentText()).isEqualTo("M. Lemaire");
    }

    @Test
    void directWithPresentTenseInvertedSubject() {
        QuoteCandidate c = only(fr("“Le comité s'est réuni hier soir”, précise l’association dans un communiqué."), Kind.DIRECT);
        assertThat(c.speakerText()).isEqualTo("l’association");
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
        List<QuoteCandidate> found = fr("Jeanne Roy a souri. «Le marché a beaucoup changé”, a-t-elle déclaré lundi, "
                + "” les clients veulent du bio. “");
        List<QuoteCandidate> direct = found.stream().filter(c -> c.kind() == Kind.DIRECT).toList();
        assertThat(direct).extracting(QuoteCandidate::text)
                .containsExactly("Le marché a beaucoup changé", "les clients veulent du bio.");
        assertThat(direct).extracting(QuoteCandidate::speakerText).containsOnly("a-t-elle");
        assertThat(direct).extracting(QuoteCandidate::antecedentText).containsOnly("Jeanne Roy");
    }

    @Test
    void quoteSentenceWithoutAttributionContinuesPreviousSpeaker() {
        List<QuoteCandidate> found = fr("« Le chantier avance », a dit un ingénieur. « Les délais seront tenus. »");
        assertThat(withText(found, "Les délais seront tenus.")).get()
                .extracting(QuoteCandidate::speakerText).isEqualTo("un ingénieur");
    }

    @Test
    void multiSentenceQuote() {
        QuoteCandidate c = only(fr("«Les trains partiront à l'heure. C'est une priorité.», a affirmé la compagnie."), Kind.DIRECT);
        assertThat(c.text()).isEqualTo("Les trains partiront à l'heure. C'est une priorité.");
        assertThat(c.speakerText()).isEqualTo("la compagnie");
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
        QuoteCandidate c = only(fr("Le critique a qualifié le film d'« ennuyeux »."), Kind.PARTIAL);
        assertThat(c.text()).isEqualTo("ennuyeux");
        assertThat(c.speakerText()).isEqualTo("Le critique");
    }

    @Test
    void timePhraseBeforeTheVerbIsNoSubject() {
        QuoteCandidate c = only(fr("Le maire, qui dans la journée avait jugé « intenable » la situation, a démissionné."), Kind.PARTIAL);
        assertThat(c.speakerText()).isEqualTo("Le maire");
        List<QuoteCandidate> both = fr("« Rien ne change », a de son côté ironisé le maire Paul Martin, qui dans la journée avait jugé "
                + "« intenable » la situation.");
        assertThat(withText(both, "intenable").orElseThrow().speakerText()).isEqualTo("le maire Paul Martin");
        QuoteCandidate e = only(en("The mayor, who last week had called the plan \"a disgrace\", resigned."), Kind.PARTIAL);
        assertThat(e.speakerText()).isEqualTo("The mayor");
    }

    @Test
    void partialQuoteInsideIndirectSpeechGivesBoth() {
        List<QuoteCandidate> found = fr("Mme Girard a déclaré qu'elle n'avait \"aucune crainte\" sur le résultat.");
        assertThat(only(found, Kind.INDIRECT).text()).isEqualTo("elle n'avait \"aucune crainte\" sur le résultat");
        QuoteCandidate p = only(found, Kind.PARTIAL);
        assertThat(p.text()).isEqualTo("aucune crainte");
        assertThat(p.speakerText()).isEqualTo("Mme Girard");
    }

    @Test
    void scareQuoteHasNoSpeaker() {
        QuoteCandidate c = only(fr("Le secteur a déjà connu un \"hiver difficile\" pendant la crise."), Kind.SCARE);
        assertThat(c.text()).isEqualTo("hiver difficile");
        assertThat(c.speakerText()).isNull();
    }

    @Test
    void titlesAndInterfaceLabelsAreNotQuotes() {
        assertThat(fr("Il a vu le film « La Grande Vadrouille » hier.")).isEmpty();
        assertThat(fr("Vous pouvez sortir en cliquant sur «Continuer», «Annuler» ou fermer.")).isEmpty();
        assertThat(en("She read the book “War and Peace” twice.")).isEmpty();
    }

    // ------------------------------------------------------------ indirect speech, French

    @Test
    void indirectAfterQue() {
        QuoteCandidate c = only(fr("Le directeur de l'usine, Luc Moreau, a déclaré mercredi que la production était stable, "
                + "s'efforçant de calmer les salariés."), Kind.INDIRECT);
        assertThat(c.text()).isEqualTo("la production était stable");
        assertThat(c.speakerText()).isEqualTo("Le directeur de l'usine, Luc Moreau");
    }

    @Test
    void indirectWithObjectControlVerb() {
        QuoteCandidate c = only(fr("Jean Dupont, président du conseil régional, a demandé aux communes de construire des pistes."),
                Kind.INDIRECT);
        assertThat(c.text()).isEqualTo("aux communes de construire des pistes");
        assertThat(c.speakerText()).isEqualTo("Jean Dupont, président du conseil régional");
    }

    @Test
    void indirectWithReflexiveVerbAndIncise() {
        QuoteCandidate c = only(fr("M. Bernard, quant à lui, s'est engagé à travailler avec les associations."), Kind.INDIRECT);
        assertThat(c.text()).isEqualTo("à travailler avec les associations");
        assertThat(c.speakerText()).isEqualTo("M. Bernard");
    }

    @Test
    void indirectCoordinatedVerbSharesSubject() {
        QuoteCandidate c = only(fr("Lucie Blanc a salué les bénévoles pendant la fête et a proposé aux habitants de rejoindre le club."),
                Kind.INDIRECT);
        assertThat(c.text()).isEqualTo("aux habitants de rejoindre le club");
        assertThat(c.speakerText()).isEqualTo("Lucie Blanc");
    }

    @Test
    void indirectSelon() {
        QuoteCandidate c = only(fr("Selon le quotidien régional La Voix, les ingénieurs ont rédigé un rapport interne."), Kind.INDIRECT);
        assertThat(c.text()).isEqualTo("les ingénieurs ont rédigé un rapport interne");
        assertThat(c.speakerText()).isEqualTo("le quotidien régional La Voix");
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
        QuoteCandidate c = only(fr("En réduisant les subventions, la mairie a fragilisé le club, a ajouté Dubois."),
                Kind.INDIRECT);
        assertThat(c.text()).isEqualTo("En réduisant les subventions, la mairie a fragilisé le club");
        assertThat(c.speakerText()).isEqualTo("Dubois");
    }

    @Test
    void indirectPresentTense() {
        QuoteCandidate c = only(fr("Pour l'heure, le syndicat admet que la situation est grave."), Kind.INDIRECT);
        assertThat(c.text()).isEqualTo("la situation est grave");
        assertThat(c.speakerText()).isEqualTo("le syndicat");
    }

    @Test
    void indirectWithPronounSubject() {
        List<QuoteCandidate> found = fr("Marc Blanc est arrivé lundi. Il a également estimé que la ville pourrait gagner.");
        QuoteCandidate c = only(found, Kind.INDIRECT);
        assertThat(c.speakerText()).isEqualTo("Il");
        assertThat(c.antecedentText()).isEqualTo("Marc Blanc");
    }

    @Test
    void commeLaDit() {
        QuoteCandidate c = only(fr("Comme l'a dit le président du club, il soutient fermement l'entraîneur."), Kind.INDIRECT);
        assertThat(c.text()).isEqualTo("il soutient fermement l'entraîneur");
        assertThat(c.speakerText()).isEqualTo("le président du club");
    }

    @Test
    void pullQuoteParagraphFollowedByName() {
        String text = "La ministre est arrivée à Lille.\n\nNous soutenons pleinement les agriculteurs de la région.\n\n"
                + "Claire Morel, ministre de l'Agriculture\n\nLa visite a duré deux heures.";
        QuoteCandidate c = only(fr(text), Kind.DIRECT);
        assertThat(c.text()).isEqualTo("Nous soutenons pleinement les agriculteurs de la région.");
        assertThat(c.speakerText()).isEqualTo("Claire Morel, ministre de l'Agriculture");
    }

    @Test
    void pourWithAPersonIsAnAttribution() {
        QuoteCandidate c = only(fr("Pour le ministre, la situation reste très préoccupante."), Kind.INDIRECT);
        assertThat(c.text()).isEqualTo("la situation reste très préoccupante");
        assertThat(c.speakerText()).isEqualTo("le ministre");
        assertThat(fr("Pour la suite, la saison sera longue et difficile.")).isEmpty();
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
    void titleThenNameAfterTheVerb() {
        QuoteCandidate c = only(fr("« Nous ne céderons rien », a martelé mardi la présidente du syndicat, Anne Roy, devant la "
                + "foule."), Kind.DIRECT);
        assertThat(c.speakerText()).isEqualTo("la présidente du syndicat, Anne Roy");
    }

    @Test
    void reflexiveAndPluralPresentVerbs() {
        assertThat(only(fr("« C'est une victoire », se félicite un délégué."), Kind.DIRECT).speakerText())
                .isEqualTo("un délégué");
        assertThat(only(fr("Les riverains dénoncent une « provocation »."), Kind.PARTIAL).speakerText())
                .isEqualTo("Les riverains");
    }

    @Test
    void objectControlWithQuotedInfinitive() {
        List<QuoteCandidate> found = fr("Le maire a appelé les habitants à « rester calmes » pendant les travaux.");
        assertThat(only(found, Kind.INDIRECT).text()).isEqualTo("les habitants à « rester calmes » pendant les travaux");
        assertThat(only(found, Kind.PARTIAL).speakerText()).isEqualTo("Le maire");
    }

    @Test
    void colonClosingAParagraphIntroducesTheNextQuote() {
        QuoteCandidate c = only(fr("La porte-parole du gouvernement a déclaré :\n\n« Nous ne reculerons pas. »"), Kind.DIRECT);
        assertThat(c.speakerText()).isEqualTo("La porte-parole du gouvernement");
    }

    @Test
    void machineTranslatedMixedMarks() {
        QuoteCandidate c = only(fr("«Il faut investir davantage”, a déclaré le ministre."), Kind.DIRECT);
        assertThat(c.text()).isEqualTo("Il faut investir davantage");
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
    void englishTwinApostrophesAreADoubleMark() {
        QuoteCandidate c = only(en("''It isn't tax reform,'' said Mr. Brown, a lawyer."), Kind.DIRECT);
        assertThat(c.text()).isEqualTo("It isn't tax reform");
        assertThat(c.speakerText()).isEqualTo("Mr. Brown, a lawyer");
        assertThat(en("Mr. Brown's plan won't pass.")).isEmpty();
    }

    @Test
    void englishStanceVerbsReportAClauseOrAnIntention() {
        QuoteCandidate c = only(en("She believes they are winning."), Kind.INDIRECT);
        assertThat(c.text()).isEqualTo("they are winning");
        assertThat(only(en("The mayor worries that the city will lose money."), Kind.INDIRECT).text())
                .isEqualTo("the city will lose money");
        QuoteCandidate d = only(en("The company agreed to clean up the mines."), Kind.INDIRECT);
        assertThat(d.text()).isEqualTo("to clean up the mines");
        assertThat(d.speakerText()).isEqualTo("The company");
    }

    @Test
    void englishAdverbBeforeTheVerbIsNoPartOfTheSubject() {
        assertThat(only(en("Cruz pointedly refused to endorse the nominee."), Kind.INDIRECT).speakerText()).isEqualTo("Cruz");
        assertThat(only(en("The family said the house was sold."), Kind.INDIRECT).speakerText()).isEqualTo("The family");
    }

    @Test
    void englishIndirect() {
        QuoteCandidate c = only(en("Mr. Brown said that the vote was fair."), Kind.INDIRECT);
        assertThat(c.text()).isEqualTo("the vote was fair");
        assertThat(c.speakerText()).isEqualTo("Mr. Brown");
        QuoteCandidate d = only(en("The economy is slowing down, the minister said on Monday."), Kind.INDIRECT);
        assertThat(d.text()).isEqualTo("The economy is slowing down");
        assertThat(d.speakerText()).isEqualTo("the minister");
        QuoteCandidate e = only(en("According to the report, the army will withdraw."), Kind.INDIRECT);
        assertThat(e.text()).isEqualTo("the army will withdraw");
        assertThat(e.speakerText()).isEqualTo("the report");
    }

    @Test
    void englishIndefiniteAppositionAndPassive() {
        QuoteCandidate c = only(en("The senator, a Democrat from Ohio, has repeatedly called the proposal \"unworkable\"."),
                Kind.PARTIAL);
        assertThat(c.speakerText()).isEqualTo("The senator, a Democrat from Ohio");
        assertThat(en("The deal could be announced next week.")).isEmpty();
    }

    @Test
    void englishPartialAndScare() {
        QuoteCandidate p = only(en("He called the plan \"reckless\" in an interview."), Kind.PARTIAL);
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
        assertThat(en("“Does anybody know where the keys are?” Jones asked. “Neither do I.”"))
                .extracting(QuoteCandidate::speakerText).containsExactly("Jones", "Jones");
        QuoteCandidate d = only(en("“You work hard. So why can’t you rest?” a voice in the clip asks."), Kind.DIRECT);
        assertThat(d.speakerText()).isEqualTo("a voice in the clip");
    }

    @Test
    void dashSignature() {
        QuoteCandidate c = only(en("“This is a great day for the town.” ― Ana Lopez"), Kind.DIRECT);
        assertThat(c.speakerText()).isEqualTo("Ana Lopez");
    }

    @Test
    void englishTranscriptLabels() {
        List<QuoteCandidate> found = en("HOST: Welcome back to the show.\n\nGUEST: Thank you, sir.");
        assertThat(found).extracting(QuoteCandidate::text).containsExactly("Welcome back to the show.", "Thank you, sir.");
        assertThat(found).extracting(QuoteCandidate::speakerText).containsExactly("HOST", "GUEST");
    }

    @Test
    void englishProgressiveAndParticipialIncise() {
        QuoteCandidate c = only(en("The mayor is demanding that the council make a decision."), Kind.INDIRECT);
        assertThat(c.text()).isEqualTo("the council make a decision");
        assertThat(c.speakerText()).isEqualTo("The mayor");
        QuoteCandidate d = only(en("Smith, speaking to a farmers group in Iowa, said he would order a review."),
                Kind.INDIRECT);
        assertThat(d.text()).isEqualTo("he would order a review");
        assertThat(d.speakerText()).isEqualTo("Smith");
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
        String text = "La présidente, Anne Leroy, a déclaré que l'équipe resterait unie.\n\n"
                + "\"Nous jouerons avec tous\", a déclaré Mme Leroy.\n\n"
                + "Le club a subi un \"revers\". «Cela nous pousse à progresser», a-t-elle déclaré, qualifiant "
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
            "M. Leroy a déclaré que l'équipe « resterait unie » malgré tout, a-t-il ajouté. ",
            "«Nous jouerons avec tous», a dit le ministre, qualifiant le plan de \"solide\". ",
            "Selon le journal, le tournoi aura lieu en juin, et il a proposé aux clubs de payer. ",
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
