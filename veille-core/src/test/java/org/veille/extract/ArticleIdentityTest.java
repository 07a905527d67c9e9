// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 17: ids nobody can forge, and republications told apart from duplicates. */
public class ArticleIdentityTest {
    public static final String REAL = "Olivier Véran annonce 400 millions d'euros supplémentaires pour mieux rémunérer "
            + "les soignants, a-t-il déclaré mercredi à l'issue du Ségur de la santé.";
    /** 900 instead of 400, and four Latin letters replaced by Cyrillic look-alikes (а, е, о, р). */
    public static final String FORGED = REAL.replace("400", "900").replaceFirst("a", "\u0430").replaceFirst("e", "\u0435")
            .replaceFirst("o", "\u043e").replaceFirst("p", "\u0440");
    static final String URL = "https://actu.example.org/sante/veran-soignants";

    @Test
    void aForgedLookAlikeGetsAnotherId() {
        assertThat(FORGED).isNotEqualTo(REAL).hasSameSizeAs(REAL);
        assertThat(ArticleIdentity.id(FORGED, URL)).isNotEqualTo(ArticleIdentity.id(REAL, URL));
        assertThat(ArticleIdentity.textDigest(FORGED)).isNotEqualTo(ArticleIdentity.textDigest(REAL));
    }

    @Test
    void whiteSpaceIsUnicodesAsRegularExpressionsKnowIt() {
        java.util.regex.Pattern unicode = java.util.regex.Pattern.compile("\\s", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(ArticleIdentity.isWhiteSpace(c)).as("U+%04X", (int) c).isEqualTo(unicode.matcher(String.valueOf(c)).matches());
        }
    }

    @Test
    void normalizingCollapsesWhiteSpaceRunsAndTrims() {
        assertThat(ArticleIdentity.normalize(" \u00A0Le\u2009 maire\n\n a dit\u001F ")).isEqualTo("Le maire a dit");
        assertThat(ArticleIdentity.normalize("e\u0301t\u00e9")).isEqualTo("\u00e9t\u00e9"); // NFC
        assertThat(ArticleIdentity.normalize("")).isEmpty();
    }

    @Test
    void idsAreHexOf128BitsAtLeast() {
        assertThat(ArticleIdentity.id(REAL, URL)).matches("[0-9a-f]{32}");
    }

    @Test
    void theSameTextFromAnotherPlaceIsAnotherArticleWithTheSameTextDigest() {
        assertThat(ArticleIdentity.id(REAL, URL)).isEqualTo(ArticleIdentity.id(REAL, URL))
                .isNotEqualTo(ArticleIdentity.id(REAL, "https://other.example.com/veran"));
        assertThat(ArticleIdentity.textDigest(REAL)).isEqualTo(ArticleIdentity.textDigest(REAL + "\n"));
    }

    @Test
    void normalizationKeepsTheIdOfAReencodedOrRewrappedCopy() {
        String decomposed = REAL.replace("é", "e\u0301");
        String rewrapped = REAL.replace(" ", "\n  ").replace("mercredi", "mercredi\u00a0");
        assertThat(ArticleIdentity.id(decomposed, URL)).isEqualTo(ArticleIdentity.id(REAL, URL));
        assertThat(ArticleIdentity.id(rewrapped, URL)).isEqualTo(ArticleIdentity.id(REAL, URL));
    }

    @Test
    void placeAndContentCannotBeShiftedIntoEachOther() {
        assertThat(ArticleIdentity.id("bc", "a")).isNotEqualTo(ArticleIdentity.id("c", "ab"));
    }
}
