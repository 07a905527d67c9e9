// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.read;

import java.util.Locale;
import java.util.Set;

/**
 * Refuses markup holding a tag name too long to be one: jsoup (1.24) takes time in the square of a tag
 * name's length (a 4 MB name costs 30 s, 20 MB would cost hours), in its HTML and XML parsers alike, so
 * such a page is refused before it is parsed here or by the extract stage. Stateless.
 */
final class TagNames {

    /** Far above real names: HTML's longest is 10 characters, custom elements and XML names a few dozen. */
    static final int MAX_LENGTH = 1024;

    /** Elements whose content jsoup reads as text, not markup (script data, raw text, RCDATA). */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "noembed", "noframes");

    private TagNames() {
    }

    /**
     * Fails when a tag name, as jsoup reads one (a {@code <} or {@code </} then an ASCII letter, up to white
     * space, {@code /} or {@code >}), runs over {@value #MAX_LENGTH} characters. The content of raw-text
     * elements ({@code script}, {@code style}...) is skipped up to their closing tag, as jsoup skips it:
     * minified code there ("i<n;i++){...}") holds no tags.
     */
    static void check(String markup) throws ReadFailure {
        int n = markup.length();
        int i = markup.indexOf('<');
        while (i >= 0) {
            boolean closing = i + 1 < n && markup.charAt(i + 1) == '/';
            int start = closing ? i + 2 : i + 1;
            if (start >= n || !isAsciiLetter(markup.charAt(start))) {
                i = markup.indexOf('<', i + 1);
                continue;
            }
            int end = start;
            while (end < n && !endsName(markup.charAt(end))) {
                if (++end - start > MAX_LENGTH) throw new ReadFailure("a tag name over " + MAX_LENGTH + " characters");
            }
            String name = markup.substring(start, end);
            int next = !closing && RAW_TEXT.contains(name.toLowerCase(Locale.ROOT)) ? closingTag(markup, name, end) : end;
            i = next < 0 ? -1 : markup.indexOf('<', next);
        }
    }

    /** Where {@code </name} starts after {@code from}, in any case, or -1. */
    private static int closingTag(String markup, String name, int from) {
        for (int j = markup.indexOf("</", from); j >= 0; j = markup.indexOf("</", j + 2)) {
            if (markup.regionMatches(true, j + 2, name, 0, name.length())) return j;
        }
        return -1;
    }

    private static boolean endsName(char c) {
        return Character.isWhitespace(c) || c == '>' || c == '/';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
