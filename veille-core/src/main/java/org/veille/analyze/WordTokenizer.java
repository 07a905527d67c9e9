// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts text into words and punctuation with their offsets, splitting French elisions ("l’OTAN" →
 * "l’" + "OTAN") so that names stand alone. Written by hand because model tokenizers differ by
 * language and are heavy; recognizers and the gazetteer need the same simple cut. Thread-safe, stateless.
 */
public final class WordTokenizer {

    private static final Set<String> ELISIONS = Set.of("l", "d", "qu", "n", "s", "j", "c", "m", "t", "jusqu", "lorsqu", "puisqu", "quoiqu");

    /**
     * A space in the text: ASCII and line whitespace, and the no-break spaces French typography puts before « » : ; ? !
     * (U+00A0, U+202F), which {@link Character#isWhitespace} leaves out.
     */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** A run of spaces as {@link #isSpace} reads them, for patterns (Java's {@code \\s} leaves no-break spaces out). */
    static final String SPACES = "[\\s\\p{Z}]+";

    /** {@code s} without the spaces, no-break ones included, at either end ({@link String#strip} keeps those). */
    static String strip(String s) {
        int a = 0, b = s.length();
        while (a < b && isSpace(s.charAt(a))) a++;
        while (b > a && isSpace(s.charAt(b - 1))) b--;
        return s.substring(a, b);
    }

    /** Tokens of {@code text} between {@code from} and {@code to}. */
    public List<Span> tokens(String text, int from, int to) {
        List<Span> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < to && (Character.isLetterOrDigit(text.charAt(i)) || joinsWord(text, i, to))) {
                    char ch = text.charAt(i);
                    if (isApostrophe(ch) && ELISIONS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                        i++; // the elided article ends with its apostrophe
                        break;
                    }
                    i++;
                }
                tokens.add(new Span(start, i));
            } else {
                tokens.add(new Span(i, i + 1));
                i++;
            }
        }
        return tokens;
    }

    /** Hyphens, apostrophes and dots inside a word ("Jean-Claude", "aujourd'hui", "D.C.") keep it whole. */
    private static boolean joinsWord(String text, int i, int to) {
        char c = text.charAt(i);
        boolean inner = i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1));
        return inner && (c == '-' || isApostrophe(c) || c == '.' && i > 0 && Character.isUpperCase(text.charAt(i - 1)) && Character.isUpperCase(text.charAt(i + 1)));
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ';
    }
}
