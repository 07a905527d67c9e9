// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTokenizerTest {

    private final WordTokenizer tokenizer = new WordTokenizer();

    private List<String> tokens(String text) {
        return tokenizer.tokens(text, 0, text.length()).stream().map(s -> s.of(text)).toList();
    }

    /** French typography puts a no-break space (U+00A0) or a narrow one (U+202F) inside « » and before : ; ? !. */
    @Test
    void noBreakSpacesSeparateWordsAndAreNoTokens() {
        assertThat(tokens("«\u00a0Non\u202f!\u00a0» a-t-elle dit\u00a0: Mme\u00a0Dupont"))
                .containsExactly("«", "Non", "!", "»", "a-t-elle", "dit", ":", "Mme", "Dupont");
    }

    @Test
    void elisionsAreCutAndInnerHyphensKept() {
        assertThat(tokens("l’OTAN et Jean-Claude aujourd'hui")).containsExactly("l’", "OTAN", "et", "Jean-Claude", "aujourd'hui");
    }

    @Test
    void stripRemovesNoBreakSpacesAtEitherEnd() {
        assertThat(WordTokenizer.strip("\u00a0 mot\u202f")).isEqualTo("mot");
        assertThat(WordTokenizer.strip("\u00a0")).isEmpty();
    }
}
