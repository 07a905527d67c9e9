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

    /** Tokens of {@code text} between {@code from} and {@code to}. */
    public List<Span> tokens(String text, int from, int to) {
        List<Span> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
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
