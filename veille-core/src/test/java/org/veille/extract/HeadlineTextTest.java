// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineTextTest {

    @Test
    void aPicturesLabelGluedToEitherEndIsLeftOut() {
        assertThat(HeadlineText.of("[6s8YFWciac] Le pont de Valbrune rouvre")).isEqualTo("Le pont de Valbrune rouvre");
        assertThat(HeadlineText.of("Le pont de Valbrune rouvre [pont_1260x350]")).isEqualTo("Le pont de Valbrune rouvre");
    }

    @Test
    void wordsInBracketsAreTheHeadlines() {
        assertThat(HeadlineText.of("Best Audiobook Subscriptions in 2025 [Tried 11 Services]")).isEqualTo("Best Audiobook Subscriptions in 2025 [Tried 11 Services]");
    }

    @Test
    void theLastStepOfABreadcrumb() {
        assertThat(HeadlineText.of("Accueil / Région / 2025 / Le pont de Valbrune rouvre")).isEqualTo("Le pont de Valbrune rouvre");
        assertThat(HeadlineText.of("Forum>Verkehr>Die Brücke von Valbrune ist wieder offen")).isEqualTo("Die Brücke von Valbrune ist wieder offen");
        assertThat(HeadlineText.of("Vous êtes ici : Accueil » Actualités » Le pont de Valbrune rouvre")).isEqualTo("Le pont de Valbrune rouvre");
    }

    @Test
    void aHeadlinesOwnSlashesStay() {
        assertThat(HeadlineText.of("Neue Hochzeitslokation in Rödermark/ Hessen")).isEqualTo("Neue Hochzeitslokation in Rödermark/ Hessen");
        assertThat(HeadlineText.of("Open 24/7: the Valbrune bakery keeps its doors open all week")).isEqualTo("Open 24/7: the Valbrune bakery keeps its doors open all week");
        assertThat(HeadlineText.of("Valbrune council minutes 12/19/2025")).isEqualTo("Valbrune council minutes 12/19/2025");
        assertThat(HeadlineText.of("AC/DC and the Valbrune festival: the 2025 line-up, day by day / with prices")).isEqualTo("AC/DC and the Valbrune festival: the 2025 line-up, day by day / with prices");
    }
}
