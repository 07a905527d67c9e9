// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylinesTest {

    @Test
    void readsSeveralAuthorsInEachLanguage() {
        assertThat(Bylines.fromByline("By Ada Pennock and Rui Salgado")).containsExactly("Ada Pennock", "Rui Salgado");
        assertThat(Bylines.fromByline("Par Jeanne Orsat, Paul Vidal et Anne Roy")).containsExactly("Jeanne Orsat", "Paul Vidal", "Anne Roy");
        assertThat(Bylines.fromByline("Von Anna Keller und Jonas Brandt")).containsExactly("Anna Keller", "Jonas Brandt");
        assertThat(Bylines.fromByline("Par: Claire Martin | 12.03.2025, 14:05")).containsExactly("Claire Martin");
    }

    @Test
    void desksAndAgenciesAreNotAuthors() {
        assertThat(Bylines.fromByline("Par La Rédaction")).isEmpty();
        assertThat(Bylines.fromByline("By Staff and AFP")).isEmpty();
    }

    @Test
    void readsSignatureLines() {
        assertThat(Bylines.fromSignature("Louise Fabre")).contains("Louise Fabre");
        assertThat(Bylines.fromSignature("— Louise Fabre")).contains("Louise Fabre");
        assertThat(Bylines.fromSignature("Louise Fabre, à Valbrune")).contains("Louise Fabre");
        assertThat(Bylines.fromSignature("Louise Fabre, envoyée spéciale à Valbrune")).contains("Louise Fabre");
        assertThat(Bylines.fromSignature("Ada Pennock, in Kestrelford")).contains("Ada Pennock");
        assertThat(Bylines.fromSignature("Ada Pennock (Kestrelford)")).contains("Ada Pennock");
    }

    @Test
    void attributionsAndSentencesAreNotSignatures() {
        assertThat(Bylines.fromSignature("Paul Aumont, 78, resident of the hamlet")).isEmpty();
        assertThat(Bylines.fromSignature("Plus d'articles")).isEmpty();
        assertThat(Bylines.fromSignature("La Rédaction")).isEmpty();
    }
}
