// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veille.extract.HeadlineCaptures.capture;

import java.util.List;
import org.junit.jupiter.api.Test;

class LeadWordsHeadlineTest {

    @Test
    void theLineTheLeadRestatesOverALongerTeaser() {
        List<String> lines = List.of(
                "Le marché de Noël de Valbrune accueillera cette année plus de cent exposants venus de toute la région",
                "Le pont de Valbrune rouvre après les crues",
                "Les habitants de Valbrune ont retrouvé lundi leur pont, fermé depuis les crues du printemps, après dix-huit mois de travaux.");
        assertThat(new LeadWordsHeadline().headline(capture(lines, 2))).isEqualTo(1);
    }

    @Test
    void noAnswerWhenTwoLinesShareAsMuch() {
        List<String> lines = List.of(
                "Valbrune : le pont rouvre",
                "Valbrune : le pont rouvre enfin, les crues oubliées",
                "Le pont de Valbrune rouvre, les crues sont oubliées",
                "Les habitants de Valbrune ont vu leur pont rouvrir lundi, les crues du printemps oubliées.");
        assertThat(new LeadWordsHeadline().headline(capture(lines, 3))).isEqualTo(-1);
    }

    @Test
    void aSectionTagSharingANameIsNoHeadline() {
        List<String> lines = List.of(
                "Crise Covid",
                "Les écoles rouvrent lundi dans toute la région après le confinement lié au Covid.");
        assertThat(new LeadWordsHeadline().headline(capture(lines, 1))).isEqualTo(-1);
    }
}
