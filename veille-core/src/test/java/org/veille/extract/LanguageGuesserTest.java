// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    private final LanguageGuesser guesser = new LanguageGuesser();

    @Test
    void tellsTheLanguagesOfNews() {
        assertThat(guesser.guess("Le conseil municipal a voté la rénovation du pont, qui sera fermé pendant les travaux.", null)).isEqualTo("fr");
        assertThat(guesser.guess("The council voted for the bridge to be renovated, and it will be closed during the works.", null)).isEqualTo("en");
        assertThat(guesser.guess("Der Gemeinderat hat die Sanierung der Brücke beschlossen, die während der Arbeiten gesperrt wird.", null)).isEqualTo("de");
        assertThat(guesser.guess("El ayuntamiento votó la renovación del puente, que estará cerrado durante las obras.", null)).isEqualTo("es");
    }

    @Test
    void fallsBackWhenThereIsTooLittleEvidence() {
        assertThat(guesser.guess("NATO", "xx")).isEqualTo("xx");
    }

    @Test
    void knowsEachLanguagesFunctionWords() {
        assertThat(guesser.isFunctionWord("del", "es")).isTrue();
        assertThat(guesser.isFunctionWord("del", "fr")).isFalse();
        assertThat(guesser.isFunctionWord("pont", "fr")).isFalse();
    }
}
