// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdHalfTest {

    @Test
    void aPageIsInTheHalfItsIdsLastDigitSays() {
        assertThat(IdHalf.EVEN.keeps("0042")).isTrue();
        assertThat(IdHalf.ODD.keeps("0042")).isFalse();
        assertThat(IdHalf.ODD.keeps("1497")).isTrue();
        assertThat(IdHalf.EVEN.keeps("page-a")).isFalse();
        assertThat(IdHalf.ODD.keeps("")).isFalse();
    }
}
