// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veille.link.LinkTerms;

/** The stored form of link terms keeps the language and the English projection; an older form reads without them. */
class StoredLinkTermsTest {

    @Test
    void languageAndEnglishProjectionSurviveTheStore() {
        LinkTerms terms = new LinkTerms("fr", Map.of("otan", 2), Map.of("@donald trump", 1), Map.of("~troop", 1.0, "~withdraw", 0.5), new int[] {7, 9});
        LinkTerms read = StoredLinkTerms.read(StoredLinkTerms.write(terms));
        assertThat(read.language()).isEqualTo("fr");
        assertThat(read.words()).isEqualTo(terms.words());
        assertThat(read.identities()).isEqualTo(terms.identities());
        assertThat(read.english()).isEqualTo(terms.english());
        assertThat(read.shingles()).containsExactly(7, 9);
    }

    @Test
    void termsStoredBeforeProjectionsReadWithoutThem() {
        LinkTerms read = StoredLinkTerms.read("{\"w\":{\"otan\":2},\"i\":{},\"m\":[1]}");
        assertThat(read.language()).isNull();
        assertThat(read.english()).isEmpty();
        assertThat(read.words()).containsEntry("otan", 2);
    }

    @Test
    void whatIsNotStoredTermsReadsAsNothing() {
        assertThat(StoredLinkTerms.read("[]")).isNull();
        assertThat(StoredLinkTerms.read("{\"w\":{\"otan\":")).isNull();
        assertThat(StoredLinkTerms.read("not json")).isNull();
    }
}
