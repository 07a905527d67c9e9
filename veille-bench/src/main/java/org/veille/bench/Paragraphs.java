// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A set's text as the extract stage hands a plain text to the analyzer: each line stripped, empty lines
 * dropped, lines joined by a blank line (the paragraph separator of {@code Article.text}); with the way
 * back from an offset in that body to the same character of the set's text, where the gold offsets point.
 * Immutable.
 */
final class Paragraphs {

    private static final Pattern LINE = Pattern.compile("[^\\r\\n\\u0085\\u2028\\u2029]+");
    private static final String SEPARATOR = "\n\n";

    private final String body;
    /** Each kept line's start in the body, and in the set's text; and its length. */
    private final int[] bodyStarts;
    private final int[] textStarts;
    private final int[] lengths;

    Paragraphs(String text) {
        StringBuilder body = new StringBuilder();
        List<int[]> lines = new ArrayList<>();
        Matcher m = LINE.matcher(text);
        while (m.find()) {
            int start = m.start(), end = m.end();
            while (start < end && Character.isWhitespace(text.charAt(start))) start++;
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
            if (start == end) continue;
            if (!body.isEmpty()) body.append(SEPARATOR);
            lines.add(new int[] {body.length(), start, end - start});
            body.append(text, start, end);
        }
        this.body = body.toString();
        this.bodyStarts = lines.stream().mapToInt(l -> l[0]).toArray();
        this.textStarts = lines.stream().mapToInt(l -> l[1]).toArray();
        this.lengths = lines.stream().mapToInt(l -> l[2]).toArray();
    }

    /** The article body. */
    String body() {
        return body;
    }

    /** The offset in the set's text of body offset {@code offset}; inside a separator, the end of the line before. */
    int toText(int offset) {
        int i = Arrays.binarySearch(bodyStarts, offset);
        if (i < 0) i = -i - 2;
        if (i < 0) return textStarts.length == 0 ? 0 : textStarts[0];
        return textStarts[i] + Math.min(offset - bodyStarts[i], lengths[i]);
    }
}
