// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** WCXB's scoring rule on tiny invented pages whose answers are known by hand. */
class WordF1Test {

    @Test
    void wordsArePythonsLowerCasedWordRuns() {
        assertThat(WordF1.words("L'été 2020, snake_case: C++ ÉCOLE")).containsExactly("l", "été", "2020", "snake_case", "c", "école");
        assertThat(WordF1.words("-- ... --")).isEmpty();
        assertThat(WordF1.words(null)).isEmpty();
    }

    @Test
    void wordsAreCountedAsMultisets() {
        // output: the cat the cat sat (5 words); gold: the cat sat on the mat (6); overlap the×2, cat, sat = 4
        WordF1 page = WordF1.of("The cat, the cat sat.", "the cat sat on the mat");
        assertThat(page.precision()).isCloseTo(4 / 5.0, within(1e-12));
        assertThat(page.recall()).isCloseTo(4 / 6.0, within(1e-12));
        assertThat(page.f1()).isCloseTo(2 * 0.8 * (4 / 6.0) / (0.8 + 4 / 6.0), within(1e-12));
    }

    @Test
    void emptyGoldScoresOneOnlyAgainstEmptyOutput() {
        assertThat(WordF1.of("", "")).isEqualTo(WordF1.PERFECT);
        assertThat(WordF1.of("— …", null)).as("no words is empty").isEqualTo(WordF1.PERFECT);
        assertThat(WordF1.of("Menu", "")).isEqualTo(WordF1.NONE);
        assertThat(WordF1.of("", "Some text")).isEqualTo(WordF1.NONE);
        assertThat(WordF1.of("other words", "some text")).isEqualTo(WordF1.NONE);
    }

    @Test
    void snippetRateIsTheShareFoundCaseInsensitively() {
        assertThat(WordF1.snippetRate("Buy NOW. Free shipping", List.of("buy now", "free  shipping", "Returns"))).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(WordF1.snippetRate("anything", List.of())).as("upstream: no snippet is a full rate").isEqualTo(1.0);
        assertThat(WordF1.snippetRate(null, List.of("a"))).isZero();
    }

    @Test
    void authorsMatchWhenEveryNameIsInTheGoldField() {
        assertThat(WcxbSet.sameAuthors(List.of("Dylan Bailey"), "Dylan Bailey, MS, RD, FAND")).isTrue();
        assertThat(WcxbSet.sameAuthors(List.of("Donna Enzmann", "natalie nguyen"), "Danielle DeSiato, Donna Enzmann, and Natalie Nguyen")).isTrue();
        assertThat(WcxbSet.sameAuthors(List.of("Dylan Bailey", "Staff"), "Dylan Bailey")).isFalse();
        assertThat(WcxbSet.sameAuthors(List.of(), "Dylan Bailey")).isFalse();
    }
}
