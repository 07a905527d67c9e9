// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veille.extract.HeadlineCaptures.capture;

import java.util.List;
import org.junit.jupiter.api.Test;

class BreadcrumbHeadlineTest {

    private static final String LEAD = "Les habitants du Val ont retrouvé lundi leur pont, fermé depuis les crues du printemps dernier.";

    @Test
    void theLastStepOfTheBreadcrumb() {
        List<String> lines = List.of("Le marché de Noël ouvre samedi", "Accueil > Ville > Le pont de Valbrune rouvre",
                "Le pont de Valbrune rouvre", "La fanfare recrute ses musiciens", LEAD);
        assertThat(new BreadcrumbHeadline().headline(capture(lines, 4))).isEqualTo(2);
        List<String> slashes = List.of("Ville/Travaux/Le pont de Valbrune rouvre", "Le pont de Valbrune rouvre", "La fanfare recrute", LEAD);
        assertThat(new BreadcrumbHeadline().headline(capture(slashes, 3))).isEqualTo(1);
    }

    @Test
    void theFirstPartOfTheTitleLine() {
        List<String> lines = List.of("Le pont de Valbrune rouvre | Ville | Le Courrier du Val", "Le marché de Noël ouvre samedi",
                "Le pont de Valbrune rouvre", "La fanfare recrute ses musiciens", LEAD);
        assertThat(new BreadcrumbHeadline().headline(capture(lines, 4))).isEqualTo(2);
    }

    @Test
    void neitherASiteNameAfterAPipeNorAHeadlinesOwnRestNorAListedPagesBreadcrumb() {
        List<String> lines = List.of("Pingback: La fanfare recrute | Le Blog du Val", "Le Blog du Val",
                "Le pont rouvre – les riverains soulagés", "Le pont rouvre", "□ Ville -> Travaux -> Les berges du Val", "Les berges du Val", LEAD);
        assertThat(new BreadcrumbHeadline().headline(capture(lines, 6))).isEqualTo(-1);
    }
}
