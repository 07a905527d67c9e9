// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LongestHeadlineTest {

    private static final List<String> LINES = List.of(
            "Le Journal du Val",
            "Le pont de Valbrune rouvre après dix-huit mois",
            "Par Jeanne Martin",
            "Le maire, lundi 3 mars 2025, devant le pont rouvert à la circulation",
            "Les habitants du Val ont retrouvé lundi leur pont, fermé depuis les crues du printemps dernier.");

    @Test
    void theLongestLineBeforeTheBylineAndNoDatedOne() {
        HeadlineEvidence capture = new HeadlineEvidence(LINES, List.of(0, 1, 3), Set.of(), Set.of(3), 4, 2, 4, Set.of(2), "", "", null,
                HeadlineCaptures.WORDS);
        assertThat(new LongestHeadline().headline(capture)).isEqualTo(1);
    }

    @Test
    void aDatedLineOnlyWhenNothingElse() {
        HeadlineEvidence capture = new HeadlineEvidence(LINES, List.of(3), Set.of(), Set.of(3), 4, 2, 4, Set.of(2), "", "", null,
                HeadlineCaptures.WORDS);
        assertThat(new LongestHeadline().headline(capture)).isEqualTo(3);
    }
}
