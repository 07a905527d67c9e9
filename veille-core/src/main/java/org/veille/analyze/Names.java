// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The comparison key of a name: what stays the same across accents, case, apostrophes, hyphens,
 * leading articles and honorifics ("l’Alliance atlantique" = "Alliance Atlantique"; "M. Dupont" = "Dupont").
 */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile(WordTokenizer.SPACES);
    /** A leading article or honorific, as a whole word ("le ", "the ", "M. "), or an elided article ("l'"). */
    private static final Pattern LEADING = Pattern.compile(
            "^(?:(?:le|la|les|the|der|die|das|den|dem|des|el|los|las|il|lo|gli)\\s+|l')?(?:(?:m|mme|mlle|mr|mrs|ms|dr|pr|herr|frau|sr|sra)\\.?\\s+)?");

    private Names() {
    }

    /** Lower case, no accents, straight apostrophes, hyphens as spaces, one space between words, no leading article or honorific. */
    public static String key(String name) {
        // the gazetteer scan keys every span of every article: plain ASCII needs no decomposition
        String s = isAscii(name) ? name : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        s = s.toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('ʼ', '\'').replace('-', ' ');
        s = SPACES.matcher(s).replaceAll(" ").strip();
        String stripped = LEADING.matcher(s).replaceFirst("").strip();
        return stripped.isEmpty() ? s : stripped;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }
}
