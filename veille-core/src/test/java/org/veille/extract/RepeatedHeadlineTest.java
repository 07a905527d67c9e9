// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veille.extract.HeadlineCaptures.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RepeatedHeadlineTest {

    @Test
    void theLinePrintedAgainAboveTheText() {
        List<String> lines = List.of(
                "Le pont de Valbrune rouvre",
                "Le marché de Noël ouvre samedi",
                "Réagir",
                "Le pont de Valbrune rouvre© Jean Morel",
                "Les habitants du Val ont retrouvé lundi leur pont, fermé depuis les crues du printemps dernier.");
        assertThat(new RepeatedHeadline().headline(capture(lines, 4, null, Set.of(), Set.of(2, 3)))).isEqualTo(0);
    }

    @Test
    void aTeaserRepeatedFarAboveTheTextIsNot() {
        List<String> lines = new ArrayList<>(List.of("Le marché de Noël ouvre samedi", "Actualités", "Le marché de Noël ouvre samedi"));
        for (int i = 0; i < RepeatedHeadline.MAX_LINES_ABOVE_TEXT; i++) lines.add("Rubrique " + i);
        lines.add("Le pont de Valbrune rouvre");
        lines.add("Les habitants du Val ont retrouvé lundi leur pont, fermé depuis les crues du printemps dernier.");
        assertThat(new RepeatedHeadline().headline(capture(lines, lines.size() - 1))).isEqualTo(-1);
    }
}
