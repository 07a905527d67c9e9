// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static final String GLUED = "Il vivait à l'époque des faits à quelques kilomètres de l'hôtel où l'enfant avait "
            + "disparu.Dans cette rocambolesque affaire, il est soupçonné du meurtre. Il a été entendu, selon le parquet.\"Je "
            + "ne peux pas, pour l'instant, vous révéler les informations exactes\", a ajouté ce porte-parole.";

    private final SentenceSplitter splitter = SentenceSplitter.cuttingGluedParagraphs();

    private List<String> sentences(String text) {
        return splitter.split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void abbreviationsAndInitialsDoNotEndASentence() {
        assertThat(sentences("M. Dupont a parlé à J. Smith, etc. puis il est parti. Le soir tombait."))
                .containsExactly("M. Dupont a parlé à J. Smith, etc. puis il est parti.", "Le soir tombait.");
    }

    /** OrangeSum 821 (17 June 2020) lost its paragraph breaks: each paragraph's last sentence is glued to the next. */
    @Test
    void paragraphsACaptureGluedTogetherAreCutApart() {
        assertThat(sentences(GLUED)).containsExactly("Il vivait à l'époque des faits à quelques kilomètres de l'hôtel où l'enfant avait disparu.",
                        "Dans cette rocambolesque affaire, il est soupçonné du meurtre.",
                        "Il a été entendu, selon le parquet.",
                        "\"Je ne peux pas, pour l'instant, vous révéler les informations exactes\", a ajouté ce porte-parole.");
    }

    @Test
    void theAnalyzeStagesSplitterLeavesGluedParagraphsWhole() {
        assertThat(new SentenceSplitter().split(GLUED)).hasSize(2);
    }

    @Test
    void initialsAbbreviationsAndNamesWithoutSpacesAreNotGluedParagraphs() {
        assertThat(sentences("Il a écrit à J.Smith aux U.S.A et sur le site veille.fr hier.")).hasSize(1);
    }
}
