// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineTextTest {

    @Test
    void aPicturesLabelGluedToEitherEndIsLeftOut() {
        assertThat(HeadlineText.of("[6s8YFWciac] Le pont de Valbrune rouvre", null)).isEqualTo("Le pont de Valbrune rouvre");
        assertThat(HeadlineText.of("Le pont de Valbrune rouvre [pont_1260x350]", null)).isEqualTo("Le pont de Valbrune rouvre");
    }

    @Test
    void wordsInBracketsAreTheHeadlines() {
        assertThat(HeadlineText.of("Best Audiobook Subscriptions in 2025 [Tried 11 Services]", null)).isEqualTo("Best Audiobook Subscriptions in 2025 [Tried 11 Services]");
    }

    @Test
    void theLastStepOfABreadcrumb() {
        assertThat(HeadlineText.of("Accueil / Région / 2025 / Le pont de Valbrune rouvre", null)).isEqualTo("Le pont de Valbrune rouvre");
        assertThat(HeadlineText.of("Forum>Verkehr>Die Brücke von Valbrune ist wieder offen", null)).isEqualTo("Die Brücke von Valbrune ist wieder offen");
        assertThat(HeadlineText.of("Vous êtes ici : Accueil » Actualités » Le pont de Valbrune rouvre", null)).isEqualTo("Le pont de Valbrune rouvre");
    }

    @Test
    void aHeadlinesOwnSlashesStay() {
        assertThat(HeadlineText.of("Neue Hochzeitslokation in Rödermark/ Hessen", null)).isEqualTo("Neue Hochzeitslokation in Rödermark/ Hessen");
        assertThat(HeadlineText.of("Open 24/7: the Valbrune bakery keeps its doors open all week", null)).isEqualTo("Open 24/7: the Valbrune bakery keeps its doors open all week");
        assertThat(HeadlineText.of("Valbrune council minutes 12/19/2025", null)).isEqualTo("Valbrune council minutes 12/19/2025");
        assertThat(HeadlineText.of("AC/DC and the Valbrune festival: the 2025 line-up, day by day / with prices", null)).isEqualTo("AC/DC and the Valbrune festival: the 2025 line-up, day by day / with prices");
    }

    @Test
    void theSitesNameAfterABarOrDashWhenTheAddressNamesIt() {
        assertThat(HeadlineText.of("Le pont de Valbrune rouvre – Valbrune Infos", "https://infos.valbrune.fr/2025/pont")).isEqualTo("Le pont de Valbrune rouvre");
        assertThat(HeadlineText.of("Le pont de Valbrune rouvre | LEJOURNAL.FR", "https://www.lejournal.fr/pont")).isEqualTo("Le pont de Valbrune rouvre");
        assertThat(HeadlineText.of("Le pont rouvre - Lejournal", "https://www.lejournal.fr/pont")).isEqualTo("Le pont rouvre");
    }

    @Test
    void aLastPartTheAddressDoesNotNameIsTheHeadlines() {
        assertThat(HeadlineText.of("Le pont de Valbrune rouvre – ce qui change", "https://infos.valbrune.fr/pont")).isEqualTo("Le pont de Valbrune rouvre – ce qui change");
        assertThat(HeadlineText.of("Le pont de Valbrune rouvre – Valbrune Infos", null)).isEqualTo("Le pont de Valbrune rouvre – Valbrune Infos");
    }
}
