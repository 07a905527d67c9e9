// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Translations read from FreeDict definitions in the shapes its French, German and Spanish dictionaries print. */
class FreeDictEntryTest {

    @Test
    void numberedSensesGiveTheirTranslationsInOrder() {
        String definition = """
                abandonner /abɑ̃dɔne/ <v>
                1. cede, give in, give up
                2. abandon, forsake
                """;
        assertThat(FreeDictEntry.translations(definition, "abandonner")).containsExactly("cede", "give in", "give up", "abandon", "forsake");
    }

    @Test
    void grammarLabelsExamplesAndCrossReferencesAreDropped() {
        String definition = """
                Menschen /mˈɛnʃən/ <pl>
                 [soc.] people, folk [Am.] , folks [Am.]
                      "die meisten Menschen"  - most people
                   Synonym: {Leute}

                 see: {solche Leute}
                """;
        assertThat(FreeDictEntry.translations(definition, "menschen")).containsExactly("people", "folk", "folks");
    }

    @Test
    void theEntryOfTheAskedHeadwordIsUsedWhenSeveralShareADefinition() {
        String definition = """
                Abfallbehälter /ˈapfˌalbeːˌɛltɜ/ <masc, n, sg>
                waste receptacle <n>, waste box <n>
                 see: {Abfallbehälter}, {Müllbehälter}

                Müllbehälter /mˈylbeːˌɛltɜ/ <masc, n, sg>
                 [envir.] trash receptacle <n> [Am.]
                """;
        assertThat(FreeDictEntry.translations(definition, "müllbehälter")).containsExactly("trash receptacle");
        assertThat(FreeDictEntry.translations(definition, "abfallbehälter")).containsExactly("waste receptacle", "waste box");
        assertThat(FreeDictEntry.printedHead(definition, "müllbehälter")).isEqualTo("Müllbehälter");
    }

    @Test
    void gluedWordsAreCutAtTheirInnerCapitalAndPronunciationsOfAbbreviationsDropped() {
        assertThat(FreeDictEntry.translations("País Vasco /paˈis βˈasko/\nBasqueCountry\n", "país vasco")).containsExactly("Basque Country");
        assertThat(FreeDictEntry.translations("Regierung /reɡˈiːrʊŋ/ <fem, n, sg>\ngovernment <n> Gov. /ɡˈoːf/ , Govt. /ɡˈɔft/ , regimen\n", "regierung"))
                .containsExactly("government", "Govt.", "regimen");
    }

    @Test
    void headLinesAreTheHeadwordItsPronunciationAndMaybeItsGrammar() {
        assertThat(FreeDictEntry.head("abaque /abak/ <n, masc>")).isEqualTo("abaque");
        assertThat(FreeDictEntry.head("Oceanía /ˌoθeanˈia/")).isEqualTo("Oceanía");
        assertThat(FreeDictEntry.head("waste manager <n>, waste disposal officer <n>")).isNull();
        assertThat(FreeDictEntry.head(" see: {x}")).isNull();
    }

    @Test
    void keysAreLowerCaseLettersAndDigitsWithTheirAccents() {
        assertThat(FreeDictEntry.key("Abat-jour")).isEqualTo("abatjour");
        assertThat(FreeDictEntry.key("États  Unis")).isEqualTo("états unis");
        assertThat(BilingualLexicon.fold("états")).isEqualTo("etats");
        assertThat(BilingualLexicon.fold("straße")).isEqualTo("strasse");
    }
}
