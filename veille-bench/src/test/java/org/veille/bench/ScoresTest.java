// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scoring rules on tiny inputs whose answers are known by hand. */
class ScoresTest {

    @Test
    void normalizeIsPythonsWhitespaceRule() {
        // Every code point Python 3's str.isspace() accepts, which is what its re \s matches on str.
        int[] pythonSpaces = {0x9, 0xA, 0xB, 0xC, 0xD, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x85, 0xA0, 0x1680, 0x2000, 0x2001,
                0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000};
        for (int c : pythonSpaces) {
            assertThat(Scores.normalize("a" + Character.toString(c) + Character.toString(c) + "b"))
                    .as("U+%04X", c).isEqualTo("a b");
        }
        assertThat(Scores.normalize("a\u200Bb")).as("zero-width space is not space").isEqualTo("a\u200Bb");
        assertThat(Scores.normalize("\u00A0 x \n\ty\u202F")).isEqualTo("x y");
        assertThat(Scores.normalize("   ")).isEmpty();
        assertThat(Scores.normalize(null)).isEmpty();
    }

    @Test
    void snippetsFollowTrafilaturasRule() {
        Confusion page = Scores.snippets("Der  erste\u00A0Satz. Werbung hier.",
                List.of("Der erste Satz.", "Ein fehlender Satz"), List.of("Werbung hier", "Cookies"));
        assertThat(page).isEqualTo(new Confusion(1, 1, 1, 1));
        assertThat(page.precision()).isEqualTo(0.5);
        assertThat(page.recall()).isEqualTo(0.5);
        assertThat(page.f1()).isEqualTo(0.5);
        assertThat(page.accuracy()).isEqualTo(0.5);
    }

    @Test
    void snippetsAreCaseSensitiveAndNothingFindsNothing() {
        assertThat(Scores.snippets("der erste satz", List.of("Der erste Satz"), List.of())).isEqualTo(new Confusion(0, 0, 1, 0));
        assertThat(Scores.snippets("", List.of("a", "b"), List.of("c"))).isEqualTo(new Confusion(0, 0, 2, 1));
        assertThat(Scores.snippets(null, List.of("a"), List.of("c"))).isEqualTo(new Confusion(0, 0, 1, 1));
    }

    @Test
    void countsAreMicroAveraged() {
        Confusion sum = new Confusion(3, 1, 0, 2).plus(new Confusion(0, 0, 3, 1));
        assertThat(sum).isEqualTo(new Confusion(3, 1, 3, 3));
        assertThat(sum.precision()).isEqualTo(0.75);
        assertThat(sum.recall()).isEqualTo(0.5);
        assertThat(sum.f1()).isCloseTo(0.6, within(1e-12));
        assertThat(sum.accuracy()).isEqualTo(0.6);
        assertThat(Confusion.ZERO.precision()).isNaN();
    }

    @Test
    void wordsAreCaseSensitiveRunsOfLettersAndDigits() {
        assertThat(Scores.bag("du pays.Dans l'été 2020, le pays"))
                .isEqualTo(Map.of("du", 1, "pays", 2, "Dans", 1, "l", 1, "été", 1, "2020", 1, "le", 1));
        assertThat(Scores.bag(" ,; ")).isEmpty();
    }

    @Test
    void wordOverlapTakesTheSmallerCountOfEachWord() {
        WordOverlap page = WordOverlap.of("a a b c", "a b b d e");
        assertThat(page).isEqualTo(new WordOverlap(2, 4, 5));
        WordOverlap sum = page.plus(WordOverlap.of("", "x y"));
        assertThat(sum).isEqualTo(new WordOverlap(2, 4, 7));
        assertThat(sum.precision()).isEqualTo(0.5);
        assertThat(sum.recall()).isCloseTo(2.0 / 7, within(1e-12));
        assertThat(sum.f1()).isCloseTo(4.0 / 11, within(1e-12));
    }

    @Test
    void textAndDayComparisons() {
        assertThat(Scores.sameText(" Le  titre\n", "Le titre")).isTrue();
        assertThat(Scores.sameText("le titre", "Le titre")).isFalse();
        assertThat(Scores.sameText(null, "x")).isFalse();
        assertThat(Scores.day("2016-11-21T09:20")).isEqualTo("2016-11-21");
        assertThat(Scores.day("2016-11-21")).isEqualTo("2016-11-21");
        assertThat(Scores.day("2016-11")).isNull();
        assertThat(Scores.day(null)).isNull();
    }

    @Test
    void sharedTitleSuffixIsWhatEveryTitleOfTheSiteEndsWith() {
        List<String> titles = List.of("Essai de la berline : actualité auto, infos",
                "Le salon ferme ses portes : actualité auto, infos", "Prix des carburants : actualité auto, infos");
        String suffix = Scores.sharedTitleSuffix(titles);
        assertThat(suffix).isEqualTo(" : actualité auto, infos");
        assertThat(Scores.withoutSuffix(titles.get(1), suffix)).isEqualTo("Le salon ferme ses portes");
        assertThat(Scores.withoutSuffix("Autre chose", suffix)).isEqualTo("Autre chose");
        assertThat(Scores.sharedTitleSuffix(List.of("Un vote serré", "Un budget serré", "Le pont fermé")))
                .as("a shared ending that is no site name").isEmpty();
        assertThat(Scores.sharedTitleSuffix(titles.subList(0, 2))).as("two titles show nothing").isEmpty();
    }

    @Test
    void datesFollowHtmldatesRuleAndTheVariant() {
        assertThat(Scores.dateUpstream("2020-01-02", "2020-01-02")).isEqualTo(new Confusion(1, 0, 0, 0));
        assertThat(Scores.dateUpstream("2020-01-03", "2020-01-02")).isEqualTo(new Confusion(0, 1, 0, 0));
        assertThat(Scores.dateUpstream(null, "2020-01-02")).isEqualTo(new Confusion(0, 0, 1, 0));
        assertThat(Scores.dateUpstream(null, null)).as("upstream never scores TN").isEqualTo(new Confusion(0, 0, 1, 0));
        assertThat(Scores.dateUpstream("2020-01-02", null)).isEqualTo(new Confusion(0, 1, 0, 0));
        assertThat(Scores.dateVariant(null, null)).isEqualTo(new Confusion(0, 0, 0, 1));
        assertThat(Scores.dateVariant("2020-01-02", null)).isEqualTo(new Confusion(0, 1, 0, 0));
        assertThat(Scores.dateVariant(null, "2020-01-02")).isEqualTo(new Confusion(0, 0, 1, 0));
        // 2 right, 1 wrong, 1 missed, 1 undated page left undated: accuracy 2/5 upstream, 3/5 in the variant.
        String[][] pages = {{"2020-01-02", "2020-01-02"}, {"2021-05-06", "2021-05-06"}, {"2020-01-01", "2020-01-02"},
                {null, "2020-01-02"}, {null, null}};
        Confusion upstream = Confusion.ZERO, variant = Confusion.ZERO;
        for (String[] p : pages) {
            upstream = upstream.plus(Scores.dateUpstream(p[0], p[1]));
            variant = variant.plus(Scores.dateVariant(p[0], p[1]));
        }
        assertThat(upstream.accuracy()).isEqualTo(0.4);
        assertThat(upstream.precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(upstream.recall()).isEqualTo(0.5);
        assertThat(variant.accuracy()).isEqualTo(0.6);
    }

    @Test
    void tallyCountsRightAnswers() {
        Tally t = Tally.ZERO.add(true).add(false).add(true).add(true);
        assertThat(t).isEqualTo(new Tally(3, 4));
        assertThat(t.accuracy()).isEqualTo(0.75);
    }
}
