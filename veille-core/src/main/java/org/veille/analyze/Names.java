// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
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

    /** Every word {@link #LEADING} may drop ("l" of "l'"): a key that starts with none keeps its start. */
    private static final Set<String> LEADING_WORDS = Set.of("le", "la", "les", "the", "der", "die", "das", "den", "dem", "des", "el",
            "los", "las", "il", "lo", "gli", "l", "m", "mme", "mlle", "mr", "mrs", "ms", "dr", "pr", "herr", "frau", "sr", "sra");

    private Names() {
    }

    /** Lower case, no accents, straight apostrophes, hyphens as spaces, one space between words, no leading article or honorific. */
    public static String key(String name) {
        // the gazetteer scan keys every span of every article: plain ASCII needs no decomposition
        String s = isAscii(name) ? name : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        s = s.toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('ʼ', '\'').replace('-', ' ');
        s = oneSpaceBetweenWords(s).strip();
        // no article nor honorific first: the pattern would drop nothing (the gazetteer scan keys about three spans per token)
        if (!LEADING_WORDS.contains(firstLetters(s))) return s;
        String stripped = LEADING.matcher(s).replaceFirst("").strip();
        return stripped.isEmpty() ? s : stripped;
    }

    /** Each run of {@link WordTokenizer#SPACES} characters as one space, as that pattern replaced them, in one pass. */
    private static String oneSpaceBetweenWords(String s) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < s.length(); ) {
            if (!isSpace(s.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < s.length() && isSpace(s.charAt(end))) end++;
            if (end > i + 1 || s.charAt(i) != ' ') { // a lone plain space stays as it is
                if (out == null) out = new StringBuilder(s.length());
                out.append(s, copied, i).append(' ');
                copied = end;
            }
            i = end;
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /** What {@link WordTokenizer#SPACES} matches: ASCII white space ({@code \s}) and Unicode's separators ({@code \p{Z}}). */
    private static boolean isSpace(char c) {
        if (c <= 0x7f) return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
        int type = Character.getType(c);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** The key's first run of the letters a to z: an article or honorific {@link #LEADING} drops is such a run. */
    private static String firstLetters(String s) {
        int end = 0;
        while (end < s.length() && s.charAt(end) >= 'a' && s.charAt(end) <= 'z') end++;
        return s.substring(0, end);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }
}
