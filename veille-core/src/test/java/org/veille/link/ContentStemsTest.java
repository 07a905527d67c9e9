// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the link stage cuts a text into terms. */
class ContentStemsTest {

    private final ContentStems stems = new ContentStems(BilingualLexicon.empty());

    @Test
    void aNarrowNoBreakSpaceInsideGuillemetsSeparatesWords() {
        // French typography: « prioritaires » with U+202F; the tokenizer alone made one term "\u202Fprioritaires\u202F"
        assertThat(stems.stems("seraient «\u202Fprioritaires\u202F» l'an prochain", "fr")).contains("prioritair");
        assertThat(stems.english("« c'est\u202Ftoute une saison »", "fr").keySet()).noneMatch(k -> k.contains("\u202F") || k.contains(" "));
    }

    @Test
    void everySpaceCharacterBecomesAPlainSpace() {
        assertThat(ContentStems.spaced("a\u202Fb\u00A0c\u2009d e")).isEqualTo("a b c d e");
        String plain = "rien à changer";
        assertThat(ContentStems.spaced(plain)).isSameAs(plain);
    }
}
