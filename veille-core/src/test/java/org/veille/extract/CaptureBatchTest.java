// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Captures of one invented outlet share a menu, a slogan and a footer that no vocabulary knows. */
class CaptureBatchTest {

    private static final String HEADER = """
            Gazette des Trois Vallées
            Vallées Montagne Terroir Patrimoine Randonnées
            """;
    private static final String FOOTER = """
            Une équipe de bénévoles raconte depuis 1998 la vie des trois vallées, de leurs villages et de leurs habitants.
            Nos lecteurs nous font vivre : pensez à renouveler votre adhésion à l'association des amis de la Gazette des Trois Vallées.
            """;
    private static final String[][] ARTICLES = {
            {"La fête du fromage attire les foules à Saint-Clair",
                    "La fête du fromage de Saint-Clair a attiré plus de trois mille visiteurs dimanche, un record depuis sa création il y a vingt ans.",
                    "Les producteurs de la vallée ont vendu la totalité de leurs tommes avant la fin de l'après-midi, selon les organisateurs."},
            {"Le refuge du Col Blanc rouvre après l'incendie",
                    "Le refuge du Col Blanc a rouvert samedi, deux ans après l'incendie qui avait détruit sa charpente et une partie des dortoirs.",
                    "Les gardiens attendent de nombreux randonneurs dès les premiers beaux jours, et les réservations sont déjà nombreuses."},
            {"Une nouvelle ligne de car relie les trois vallées",
                    "Une ligne de car relie désormais les trois vallées plusieurs fois par jour, une demande ancienne des habitants sans voiture.",
                    "Le département finance l'essentiel du service, qui sera évalué à la fin de l'année selon sa fréquentation."}};

    private static List<String> captures() {
        List<String> captures = new ArrayList<>();
        for (String[] a : ARTICLES) captures.add(HEADER + a[0] + "\n" + a[1] + "\n" + a[2] + "\n" + FOOTER);
        return captures;
    }

    @Test
    void learnsTheLinesSharedByThreeCapturesOfTheOutlet() {
        Set<String> recurring = CaptureBatch.recurringLines(captures());
        assertThat(recurring).contains(CaptureBatch.normalise("Gazette des Trois Vallées"),
                CaptureBatch.normalise("Vallées Montagne Terroir Patrimoine Randonnées"));
        assertThat(recurring).hasSize(4);
    }

    @Test
    void recurringLinesAreFurnitureOfEachCapture() {
        List<String> captures = captures();
        Set<String> recurring = CaptureBatch.recurringLines(captures);
        TextCaptureExtractor extractor = new TextCaptureExtractor();
        TextCaptureExtractor.Result alone = extractor.extract(captures.get(0));
        TextCaptureExtractor.Result inBatch = extractor.extract(captures.get(0), recurring, null);
        assertThat(alone.text()).contains("bénévoles");
        assertThat(inBatch.text()).startsWith("La fête du fromage de Saint-Clair").endsWith("selon les organisateurs.")
                .doesNotContain("bénévoles", "adhésion");
        assertThat(inBatch.title()).isEqualTo("La fête du fromage attire les foules à Saint-Clair");
        assertThat(inBatch.outlet()).isEqualTo("Gazette des Trois Vallées");
    }

    @Test
    void copiesOfOneArticleDoNotMakeItsLinesFurniture() {
        String copy = captures().get(0);
        assertThat(CaptureBatch.recurringLines(List.of(copy, copy, copy, copy.replace("Gazette", "Courrier")))).isEmpty();
    }

    @Test
    void normalisesSpacingCaseAndNumbers() {
        assertThat(CaptureBatch.normalise("©\u00a02024  La Gazette")).isEqualTo(CaptureBatch.normalise("© 2025 la gazette"));
    }
}
