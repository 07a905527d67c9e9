// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lexicon on small dictd files written here, and on Debian's FreeDict packages when they are installed
 * (CI installs them: see .ci/run).
 */
class BilingualLexiconTest {

    private static final String MISSING = "FreeDict not installed in /usr/share/dictd (apt-get install dict-freedict-fra-eng"
            + " dict-freedict-deu-eng dict-freedict-spa-eng dict-freedict-eng-fra dict-freedict-eng-deu dict-freedict-eng-spa): skipped";

    private static BilingualLexicon installed;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadInstalled() {
        installed = BilingualLexicon.load(BilingualLexicon.DEBIAN_DICTD);
    }

    /** Writes NAME.index and NAME.dict.dz holding these definitions, each indexed under its key. */
    private void dictionary(String name, String... definitions) throws IOException {
        StringBuilder text = new StringBuilder();
        StringBuilder index = new StringBuilder("00databaseshort\tA\tB\n");
        for (String d : definitions) {
            int offset = text.toString().getBytes(StandardCharsets.UTF_8).length;
            int length = d.getBytes(StandardCharsets.UTF_8).length;
            index.append(FreeDictEntry.key(FreeDictEntry.head(d.lines().findFirst().orElseThrow()))).append('\t')
                    .append(base64(offset)).append('\t').append(base64(length)).append('\n');
            text.append(d);
        }
        Files.writeString(dir.resolve(name + ".index"), index);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(name + ".dict.dz")))) {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String base64(long n) {
        String digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        StringBuilder s = new StringBuilder();
        do {
            s.insert(0, digits.charAt((int) (n % 64)));
            n /= 64;
        } while (n > 0);
        return s.toString();
    }

    @Test
    void wordsAreLookedUpWithTheirAccentsThenFolded() throws IOException {
        dictionary("freedict-fra-eng", "pêche /pɛʃ/ <n, fem>\npeach\n", "péché /peʃe/ <n, masc>\nsin\n", "état /eta/ <n, masc>\n1. state\n2. condition\n");
        BilingualLexicon lexicon = BilingualLexicon.load(dir);
        assertThat(lexicon.languages()).containsExactly("fr");
        assertThat(lexicon.headwords("fr")).isEqualTo(3);
        assertThat(lexicon.translations("fr", "Pêche")).containsExactly("peach");
        assertThat(lexicon.translations("fr", "péché")).containsExactly("sin");
        assertThat(lexicon.translations("fr", "etat")).containsExactly("state", "condition");
        assertThat(lexicon.translations("fr", "inconnu")).isEmpty();
        assertThat(lexicon.translations("de", "Staat")).isEmpty();
    }

    @Test
    void reverseDictionariesAddTheirEnglishHeadwordsAfterTheForwardTranslations() throws IOException {
        dictionary("freedict-spa-eng", "gobierno /ɡoβˈjeɾno/\ngovernment\n");
        dictionary("freedict-eng-spa", "administration /ədministreiʃən/\ngobierno, administración\n", "country /kʌntriː/\npaís\n");
        BilingualLexicon lexicon = BilingualLexicon.load(dir);
        assertThat(lexicon.translations("es", "gobierno")).containsExactly("government", "administration");
        assertThat(lexicon.translations("es", "país")).containsExactly("country");
        assertThat(lexicon.translations("es", "administración")).containsExactly("administration");
    }

    @Test
    void aFolderWithoutDictionariesGivesAnEmptyLexicon() {
        BilingualLexicon lexicon = BilingualLexicon.load(dir.resolve("nowhere"));
        assertThat(lexicon.isEmpty()).isTrue();
        assertThat(lexicon.covers("fr")).isFalse();
        assertThat(lexicon.translations("fr", "état")).isEmpty();
        assertThat(BilingualLexicon.empty().isEmpty()).isTrue();
    }

    @Test
    void aDamagedDictionaryIsLeftOutAndNamed() throws IOException {
        dictionary("freedict-fra-eng", "état /eta/ <n, masc>\nstate\n");
        Files.write(dir.resolve("freedict-fra-eng.dict.dz"), new byte[] {1, 2, 3});
        BilingualLexicon lexicon = BilingualLexicon.load(dir);
        assertThat(lexicon.problems()).as("read on first use, not before").isEmpty();
        assertThat(lexicon.covers("fr")).isFalse();
        assertThat(lexicon.translations("fr", "état")).isEmpty();
        assertThat(lexicon.problems()).singleElement().asString().contains("freedict-fra-eng.dict.dz");
    }

    @Test
    void debianFrenchGermanAndSpanishTranslateNewsWords() {
        assumeTrue(!installed.isEmpty(), MISSING);
        assertThat(installed.languages()).contains("de", "es", "fr");
        assertThat(installed.translations("fr", "gouvernement")).contains("government");
        assertThat(installed.translations("fr", "abandonner")).startsWith("cede").contains("give up");
        assertThat(installed.translations("de", "Regierung")).contains("government");
        assertThat(installed.translations("de", "Bundeskanzlerin")).contains("chancellor");
        assertThat(installed.translations("es", "gobierno")).contains("government");
        assertThat(installed.translations("es", "pais")).contains("country"); // folded: país
        assertThat(installed.headwords("de")).isGreaterThan(100_000);
        assertThat(installed.problems()).isEmpty();
    }
}
