// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veille.extract.HeadlineCaptures.capture;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlacedHeadlineTest {

    @Test
    void theLineBeforeTheBylineAndDate() {
        List<String> lines = List.of(
                "Le marché de Noël de Valbrune accueillera cent exposants venus de toute la région",
                "Le pont rouvre",
                "Photo : le pont, lundi",
                "© Jean Morel",
                "Par Jeanne Martin",
                "3 mars 2025",
                "Les habitants du Val ont retrouvé lundi leur pont, fermé depuis les crues du printemps dernier.");
        assertThat(new PlacedHeadline().headline(capture(lines, 6, null, Set.of(4, 5), Set.of(2, 3)))).isEqualTo(1);
    }

    @Test
    void theLineRightAboveTheLead() {
        List<String> lines = List.of("Accueil Sport Culture", "Le pont rouvre", "Les habitants du Val ont retrouvé leur pont.");
        assertThat(new PlacedHeadline().headline(capture(lines, 2, null, Set.of(), Set.of(0)))).isEqualTo(1);
    }

    @Test
    void noAnswerForALineFarAboveWithNoBylineBetween() {
        List<String> lines = List.of("Le pont rouvre", "Réagir", "Partager", "Imprimer", "Les habitants du Val ont retrouvé leur pont.");
        assertThat(new PlacedHeadline().headline(capture(lines, 4, null, Set.of(), Set.of(1, 2, 3)))).isEqualTo(-1);
    }
}
