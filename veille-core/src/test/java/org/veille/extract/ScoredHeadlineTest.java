// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veille.extract.HeadlineCaptures.capture;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoredHeadlineTest {

    private static final String TEXT = "Les habitants du Val ont retrouvé lundi leur pont, fermé depuis les crues. Les travaux du pont de Valbrune"
            + " ont duré huit mois.";

    @Test
    void theLineWhoseWordsTheTextTellsOverAButtonRightAboveIt() {
        List<String> lines = List.of("Le pont de Valbrune rouvre aux habitants", "Partager sur Twitter", TEXT);
        assertThat(new ScoredHeadline().headline(capture(lines, 2))).isEqualTo(0);
    }

    @Test
    void theLineTheAddressSpellsInPart() {
        List<String> lines = List.of("Enfin une bonne nouvelle pour le Val", "Notre sélection du jour en images", "Un texte sans rapport avec eux.");
        assertThat(new ScoredHeadline().headline(capture(lines, 2, "https://example.org/val/nouvelle-bonne-2025", Set.of(), Set.of())))
                .isEqualTo(0);
    }

    @Test
    void inflectedFormsShareTheirStem() {
        List<String> lines = List.of("Autonome Waffensysteme verbieten", "Jetzt spenden und helfen", "Über Waffensystemen, die autonom töten.");
        assertThat(new ScoredHeadline().headline(capture(lines, 2))).isEqualTo(0);
    }

    @Test
    void withNothingElseTheNearerAndLongerLine() {
        List<String> lines = List.of("Menu Accueil", "Un matin ordinaire sur la place du marché", "Il faisait beau.");
        assertThat(new ScoredHeadline().headline(capture(lines, 2))).isEqualTo(1);
    }

    @Test
    void aLinePrintedAgainWithItsPictureCredit() {
        List<String> lines = List.of("Un matin ordinaire sur la place", "Quartier calme", "Un matin ordinaire sur la place© Jean Morel",
                "Il faisait beau.");
        assertThat(new ScoredHeadline().headline(capture(lines, 3, null, Set.of(), Set.of(2)))).isEqualTo(0);
        assertThat(ScoredHeadline.repeats("Un matin ordinaire sur la place© Jean Morel", "Un matin ordinaire sur la place")).isTrue();
        assertThat(ScoredHeadline.repeats("Un matin ordinaire sur la placette", "Un matin ordinaire sur la place")).isFalse();
    }

    @Test
    void noAnswerWithoutAHeadlineShapedLineAboveTheText() {
        assertThat(new ScoredHeadline().headline(capture(List.of("Il faisait beau."), 0))).isEqualTo(-1);
    }
}
