// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The shipped gazetteer's roles: hand-kept ones and those mined from French news (roles-mined-fr.tsv). */
class GazetteerTest {

    private static final Gazetteer GAZETTEER = Gazetteer.standard();

    @Test
    void aMinedRoleResolvesToItsHolderAtADate() {
        assertThat(GAZETTEER.holder("ministre de l'Intérieur", LocalDate.of(2019, 6, 1))).contains("Christophe Castaner");
        assertThat(GAZETTEER.holder("le ministre de l'Interieur", LocalDate.of(2020, 8, 1))).contains("Gérald Darmanin");
    }

    @Test
    void aMinedTermEndsSoonAfterTheCorpus() {
        assertThat(GAZETTEER.holder("ministre de l'Intérieur", LocalDate.of(2024, 1, 1))).isEmpty();
        assertThat(GAZETTEER.holders("ministre de l'Intérieur")).allSatisfy(r -> assertThat(r.to()).isNotNull());
    }

    @Test
    void theHandKeptGazetteerHasNoMinedRole() {
        assertThat(Gazetteer.handKept().isRole("ministre de l'Intérieur")).isFalse();
        assertThat(Gazetteer.handKept().isRole("président américain")).isTrue();
    }

    @Test
    void aWordingRolesTsvKeepsIsNotOverriddenByAMinedRow() {
        assertThat(GAZETTEER.holders("président américain")).isEqualTo(Gazetteer.handKept().holders("président américain"));
    }
}
