// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    private static final String PHRASES = "cookies?\\b|tout (accepter|refuser)|©|\\(\\d+ avis\\)|[àa] lire|(\\p{L}+ )?provision|x\\|y";

    @Test
    void splitsOnlyTopLevelAlternatives() {
        assertThat(Vocabulary.alternatives(PHRASES))
                .containsExactly("cookies?\\b", "tout (accepter|refuser)", "©", "\\(\\d+ avis\\)", "[àa] lire", "(\\p{L}+ )?provision", "x\\|y");
        assertThat(Vocabulary.alternatives("[|a]|b")).containsExactly("[|a]", "b");
    }

    @Test
    void findsPhrasesOnlyWhereAWordStarts() {
        Vocabulary v = Vocabulary.of(PHRASES);
        assertThat(v.foundIn("nous utilisons des cookies.")).isTrue();
        assertThat(v.foundIn("des biscookies au beurre")).isFalse();
        assertThat(v.foundIn("à lire ce soir")).isTrue();
        assertThat(v.foundIn("(12 avis)")).isTrue();
        assertThat(v.foundIn("eine provision")).isTrue();
        assertThat(v.foundIn("提成 provision")).as("a phrase opening on a letter class starts on any script").isTrue();
        assertThat(v.foundIn("rien à voir")).isFalse();
    }

    @Test
    void countsWithoutOverlapAndStopsAtEnough() {
        Vocabulary v = Vocabulary.of(PHRASES);
        assertThat(v.count("cookies, tout accepter, tout refuser ©", 10)).isEqualTo(4);
        assertThat(v.count("cookies, tout accepter, tout refuser ©", 2)).isEqualTo(2);
    }

    @Test
    void agreesWithOneExpressionTriedAtEveryWordStart() {
        Pattern naive = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + PHRASES + ")");
        for (String line : List.of("Tout accepter", "tout accepter ou tout refuser", "cookie", "(3 avis) et © 2024",
                "a lire aussi", "x|y", "xy", "une provision et deux provisions", "")) {
            String lower = line.toLowerCase(java.util.Locale.ROOT);
            assertThat(Vocabulary.of(PHRASES).count(lower, 100)).as(line).isEqualTo((int) naive.matcher(lower).results().count());
        }
    }

    @Test
    void oneVocabularyAnswersAlikeFromManyThreadsAsItsListsAreFirstWorkedOut() {
        Pattern naive = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + PHRASES + ")");
        List<String> lines = List.of("tout accepter ou tout refuser", "cookies et © 2024", "(3 avis) à lire", "une provision", "xy x|y");
        Vocabulary shared = Vocabulary.of(PHRASES); // its per-character lists are built by whichever thread needs them first
        List<Integer> counts = IntStream.range(0, 64).parallel()
                .mapToObj(i -> shared.count(lines.get(i % lines.size()), 100)).toList();
        for (int i = 0; i < counts.size(); i++) {
            String line = lines.get(i % lines.size());
            assertThat(counts.get(i)).as(line).isEqualTo((int) naive.matcher(line).results().count());
        }
    }
}
