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
    /** A leading article or honorific, as a whole word ("le ", "the ", "M. "), or an elided article ("l'"). */
    private static final Pattern LEADING = Pattern.compile(
            "^(?:(?:le|la|les|the|der|die|das|den|dem|des|el|los|las|il|lo|gli)\\s+|l')?(?:(?:m|mme|mlle|mr|mrs|ms|dr|pr|herr|frau|sr|sra)\\.?\\s+)?");

    private Names() {
    }

    /** Lower case, no accents, straight apostrophes, hyphens as spaces, one space between words, no leading article or honorific. */
    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('ʼ', '\'').replace('-', ' ').replace('\u00a0', ' ')
                .replaceAll("[\\s]+", " ").strip();
        String stripped = LEADING.matcher(s).replaceFirst("").strip();
        return stripped.isEmpty() ? s : stripped;
    }
}
