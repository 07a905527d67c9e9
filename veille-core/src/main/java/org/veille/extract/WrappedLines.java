// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Rejoins the lines of a paragraph that a text browser wrapped ({@code w3m -dump}, {@code lynx -dump} break lines
 * at about 80 columns), so that a paragraph is one line again, as in a graphical browser's copy. The evidence is
 * the capture's own:
 * <ol>
 *   <li>a wrap width: many lines end just short of one same column, and hardly any go past it (a capture
 *       whose lines are paragraphs has no such column, and is left as it is); columns are characters (w3m) or
 *       UTF-8 bytes (lynx counts those), whichever measure the lines' ends crowd closer under;</li>
 *   <li>a line is wrapped when it reaches near that width and the next line's first word would not have fit
 *       after it, the next line following without a blank line and not starting left of it;</li>
 *   <li>and the next line continues it: it starts in lower case, or the line does not end a sentence.</li>
 * </ol>
 * Thread-safe: stateless.
 */
final class WrappedLines {

    /**
     * Wrapped lines end this many columns short of the width at most: the next word did not fit, and few words
     * are longer than 20 letters.
     */
    static final int MAX_SLACK = 20;
    /** Lines that must end near the width for it to be one: a short capture wrapped nowhere has a longest line too. */
    static final int MIN_WRAPPED_LINES = 5;
    /** At most one line in this many may pass the width (an address or a word too long to break). */
    static final int LINES_PER_OVERFLOW = 10;
    /** Text browsers are set between these widths; narrower lines are a menu's, wider ones no terminal's. */
    static final int MIN_WIDTH = 40;
    static final int MAX_WIDTH = 200;

    /** Lines ending this close under the width show how tightly a measure fits the browser's wrapping. */
    static final int CLOSE_TO_WIDTH = 6;

    /** How a browser counts a line's columns. */
    enum Measure {
        CHARACTERS, UTF8_BYTES;

        int columns(String line) {
            if (this == CHARACTERS) return line.codePointCount(0, line.length());
            int bytes = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
            }
            return bytes;
        }
    }

    /** A wrap width and the measure it is in. */
    record Width(int columns, Measure measure) {
    }

    /** Spaces that pad a table's cells to their column: a browser lays tables out wider than it wraps text. */
    private static final String CELL_PADDING = "   ";

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;»\"”)\\]]$");

    private WrappedLines() {
    }

    /** The content with wrapped paragraphs on one line each; unchanged when no wrap width shows. */
    static String rejoin(String content) {
        List<String> lines = content.lines().map(String::stripTrailing).toList();
        Width width = width(lines);
        if (width == null) return content;
        StringBuilder out = new StringBuilder(content.length());
        boolean continues = false; // the line goes on the one before: its indentation goes
        for (int i = 0; i < lines.size(); i++) {
            out.append(continues ? lines.get(i).strip() : lines.get(i));
            continues = i + 1 < lines.size() && wrapped(lines.get(i), lines.get(i + 1), width);
            out.append(continues ? ' ' : '\n');
        }
        return out.toString();
    }

    /** The width the capture is wrapped at, in the measure whose lines crowd closest under it, or null. */
    static Width width(List<String> lines) {
        Width best = null;
        int bestClose = 0;
        for (Measure measure : Measure.values()) {
            int[] count = new int[MAX_WIDTH + 1];
            int w = width(lines, measure, count);
            if (w < 0) continue;
            int close = 0;
            for (int n = w - CLOSE_TO_WIDTH; n <= w; n++) close += count[n];
            if (close > bestClose) {
                best = new Width(w, measure);
                bestClose = close;
            }
        }
        return best;
    }

    /**
     * The column the capture is wrapped at in one measure, or -1: the column most lines were broken under (a line
     * is broken under a column it ends at most {@link #MAX_SLACK} short of when the next line's first word would
     * have passed it), at least {@link #MIN_WRAPPED_LINES} of them, while at most one line in
     * {@link #LINES_PER_OVERFLOW} of those passes it. Lines no browser breaks do not count as passing: a table's row
     * (its cells padded with spaces) and one unbroken word (a picture's file name, an address). {@code count}
     * receives how many lines have each length.
     */
    private static int width(List<String> lines, Measure measure, int[] count) {
        int[] brokenFrom = new int[MAX_WIDTH + 2]; // a difference array: lines broken under each column
        int[] passing = new int[MAX_WIDTH + 2]; // lines a browser would have broken, by length
        int over = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            int n = measure.columns(line);
            if (n > MAX_WIDTH) {
                if (breakable(line)) over++;
                continue;
            }
            count[n]++;
            if (breakable(line)) passing[n]++;
            if (i + 1 < lines.size() && !lines.get(i + 1).isBlank()) {
                int reach = n + 1 + measure.columns(firstWord(lines.get(i + 1).strip()));
                brokenFrom[n]++;
                brokenFrom[Math.min(MAX_WIDTH + 1, Math.min(reach, n + MAX_SLACK + 1))]--;
            }
        }
        int[] broken = new int[MAX_WIDTH + 1];
        for (int w = 0, running = 0; w <= MAX_WIDTH; w++) broken[w] = running += brokenFrom[w];
        int best = -1;
        int longer = over;
        for (int w = MAX_WIDTH; w >= MIN_WIDTH; w--) {
            if (broken[w] >= MIN_WRAPPED_LINES && longer * LINES_PER_OVERFLOW <= broken[w] && (best < 0 || broken[w] > broken[best])) {
                best = w;
            }
            longer += passing[w];
        }
        return best;
    }

    /** Whether a browser breaks a line that passes its width: not a table's row nor a single word. */
    private static boolean breakable(String line) {
        String text = line.strip();
        return text.indexOf(' ') > 0 && !text.contains(CELL_PADDING);
    }

    private static String firstWord(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }

    /** Whether {@code next} is the rest of {@code line}, which the browser broke at {@code width}. */
    static boolean wrapped(String line, String next, Width width) {
        if (line.isBlank() || next.isBlank()) return false;
        Measure measure = width.measure();
        int length = measure.columns(line);
        if (length < width.columns() - MAX_SLACK || indent(next) < indent(line)) return false;
        String rest = next.strip();
        if (length + 1 + measure.columns(firstWord(rest)) <= width.columns()) {
            return false; // it would have fit: a break of the page's own
        }
        return Character.isLowerCase(rest.codePointAt(0)) || !SENTENCE_END.matcher(line).find();
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') i++;
        return i;
    }

}
