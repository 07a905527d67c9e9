// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void aKeyDropsCaseAccentsApostrophesHyphensSpacesAndLeadingWords() {
        assertThat(Names.key("l’Alliance  atlantique")).isEqualTo(Names.key("Alliance Atlantique")).isEqualTo("alliance atlantique");
        assertThat(Names.key("M. Jean-Pierre\u00A0Dupont")).isEqualTo("jean pierre dupont");
        assertThat(Names.key("Le Monde")).isEqualTo("monde");
        assertThat(Names.key(" La ")).as("nothing but an article: kept").isEqualTo("la");
        assertThat(Names.key("Lemaire")).isEqualTo("lemaire");
    }

    /** The key as the patterns made it before the one-pass form: the reference the fast form must equal. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile(WordTokenizer.SPACES);
    private static final Pattern LEADING = Pattern.compile(
            "^(?:(?:le|la|les|the|der|die|das|den|dem|des|el|los|las|il|lo|gli)\\s+|l')?(?:(?:m|mme|mlle|mr|mrs|ms|dr|pr|herr|frau|sr|sra)\\.?\\s+)?");

    private static String byPatterns(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        s = s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʼ', '\'').replace('-', ' ');
        s = SPACES.matcher(s).replaceAll(" ").strip();
        String stripped = LEADING.matcher(s).replaceFirst("").strip();
        return stripped.isEmpty() ? s : stripped;
    }

    @Test
    void theOnePassKeyIsThePatternsKeyOnRandomNames() {
        String[] pieces = {"le", "La", "LES", "l'", "l’", "M.", "Mme", "mr", "Dr.", "the", "gli", "Lemaire", "Dupont", "É", "é", "ç",
                "-", "'", "ʼ", ".", " ", "  ", "\t", "\n", "\u00A0", "\u202F", "\u2009", "\u3000", "\u2028", "\u0085", "\u001C",
                "\u200B", "x", "İ", "ß", "\uD83D\uDE00", "\uD800", "e\u0301", "Ωμέγα", "l", "m", "mme.", "sra ", "herr"};
        Random random = new Random(20261207);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(7); k >= 0; k--) b.append(pieces[random.nextInt(pieces.length)]);
            String name = b.toString();
            assertThat(Names.key(name)).as("%s", name.codePoints().mapToObj(Integer::toHexString).toList()).isEqualTo(byPatterns(name));
        }
    }
}
