// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
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

    /** Ids already in stores must not move: the streamed digest is the digest of the normalized string's UTF-8 bytes. */
    @Test
    void theStreamedDigestIsTheDigestOfTheNormalizedBytes() throws Exception {
        java.util.Random random = new java.util.Random(17);
        String alphabet = "ab é\u0301\n\t\u00A0\u2009\u001F\uD83D\uDE00\uD800\uDC00x\u3000";
        for (int trial = 0; trial < 200; trial++) {
            StringBuilder text = new StringBuilder();
            int length = trial < 190 ? random.nextInt(40) : 40_000 + random.nextInt(10_000); // some past the encoding buffer
            for (int i = 0; i < length; i++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = text.toString();
            byte[] bytes = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(referenceNormalize(s).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(ArticleIdentity.textDigest(s)).as("trial %d", trial)
                    .isEqualTo(java.util.HexFormat.of().formatHex(java.util.Arrays.copyOf(bytes, ArticleIdentity.KEPT_BYTES)));
            assertThat(ArticleIdentity.normalize(s)).isEqualTo(referenceNormalize(s));
        }
    }

    /** The definition the ids were first made with: NFC, Unicode white-space runs as one space, then strip. */
    private static String referenceNormalize(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC)
                .replaceAll("(?U)\\s+", " ").strip();
    }

    /** The digest is SHA-256 of the normalized text's UTF-8 bytes as String.getBytes writes them, whatever the text holds. */
    @Test
    void digestsTheNormalizedTextsUtf8BytesWhateverItHolds() throws Exception {
        String alphabet = "ab \t\n\u00A0\u2007\u202F\u001C\u001F\u0085é\u0301e\u20AC\uD83D\uDE00\uD800\uDC00\uDFFFx";
        Random random = new Random(20261207);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(round % 100 == 0 ? 40_000 : 24);
            for (int i = 0; i < length; i++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = text.toString();
            byte[] expected = MessageDigest.getInstance("SHA-256").digest(ArticleIdentity.normalize(s).getBytes(StandardCharsets.UTF_8));
            assertThat(ArticleIdentity.textDigest(s)).as("%s", s.codePoints().boxed().toList())
                    .isEqualTo(HexFormat.of().formatHex(Arrays.copyOf(expected, ArticleIdentity.KEPT_BYTES)));
        }
    }
}
