// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veille.extract.HeadlineCaptures.capture;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarkedHeadlineTest {

    @Test
    void theLineRightAboveTheBylineBlockOverASubtitleAndACaption() {
        List<String> lines = List.of(
                "Le marché de Noël de Valbrune accueillera cent exposants",
                "Le pont de Valbrune rouvre après dix-huit mois",
                "Par Jeanne Martin",
                "3 mars 2025",
                "Les riverains avaient dû faire un détour de douze kilomètres",
                "Le pont, lundi matin, sous la pluie",
                "Les habitants du Val ont retrouvé lundi leur pont, fermé depuis les crues du printemps dernier.");
        assertThat(new MarkedHeadline().headline(capture(lines, 6, null, Set.of(2, 3), Set.of()))).isEqualTo(1);
    }

    @Test
    void noAnswerWhenTheLineAboveTheBlockIsNoHeadline() {
        List<String> lines = List.of(
                "Le pont de Valbrune rouvre après dix-huit mois",
                "Partager",
                "Par Jeanne Martin",
                "Les habitants du Val ont retrouvé lundi leur pont, fermé depuis les crues du printemps dernier.");
        assertThat(new MarkedHeadline().headline(capture(lines, 3, null, Set.of(2), Set.of(1)))).isEqualTo(-1);
    }

    @Test
    void noAnswerWithoutABylineNearTheText() {
        List<String> lines = List.of("Le pont de Valbrune rouvre après dix-huit mois",
                "Les habitants du Val ont retrouvé lundi leur pont, fermé depuis les crues du printemps dernier.");
        assertThat(new MarkedHeadline().headline(capture(lines, 1))).isEqualTo(-1);
    }
}
