// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import java.io.PrintWriter;

/**
 * Messages on stderr, one line per input, and a progress count only when a person is watching. Names and
 * reasons come from files and pages, so each is {@linkplain #escape escaped}: one message stays one line
 * and nothing in it can move the cursor, recolour the terminal or reorder the text.
 */
final class Terminal implements Pipeline.Report {

    /** Wide enough to blank the longest progress line. */
    private static final int PROGRESS_WIDTH = 40;

    private final PrintWriter err;
    private final boolean interactive;

    Terminal(PrintWriter err) {
        this.err = err;
        this.interactive = System.console() != null;
    }

    @Override
    public synchronized void failed(String source, String reason) {
        clearProgress();
        err.println("veille: " + escape(source) + ": " + escape(reason));
    }

    @Override
    public synchronized void warned(String source, String message) {
        clearProgress();
        err.println("veille: warning: " + escape(source) + ": " + escape(message));
    }

    @Override
    public synchronized void progress(int done, int read) {
        if (!interactive) return;
        // the input streams, so its size is unknown: the count of captures done out of those read so far
        err.print("\r" + done + "/" + read + " analyzed");
        err.flush();
    }

    /** The closing line; each input ends as one article or one failure, so together they count the inputs once. */
    synchronized void summary(Pipeline.Result result, String verb) {
        clearProgress();
        int ok = result.articles();
        int inputs = ok + result.failed();
        err.println("veille: " + verb + " " + count(ok, "article") + " from " + count(inputs, "input") + "; "
                + result.failed() + " failed");
    }

    /** {@code n} and the noun, in the plural unless there is one: "1 article", "0 articles", "2 articles". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * {@code text} with every character a terminal would act on written as an escape, the way
     * {@code ls -b} shows file names: backslash, control characters (C0, DEL, C1, so ESC and CSI), line
     * and paragraph separators, and bidirectional controls. {@code \n}, {@code \r} and {@code \t} keep
     * their short forms; the others become Java's escape, a backslash, {@code u} and four hex digits.
     */
    static String escape(String text) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> actsOnTerminal(c) ? String.format("\\u%04x", (int) c) : null;
            };
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                if (replacement != null) {
                    escaped.append(replacement);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    /** Captured text for a table cell: on one line, clipped to {@code width}, {@linkplain #escape escaped}; "-" for none. */
    static String cell(String text, int width) {
        if (text == null) return "-";
        String one = text.replaceAll("\\s+", " ");
        return escape(one.length() <= width ? one : one.substring(0, width - 1) + "…");
    }

    private static boolean actsOnTerminal(char c) {
        return Character.isISOControl(c)
                || c == '\u2028' || c == '\u2029'                           // line and paragraph separators
                || c == '\u061C' || c == '\u200E' || c == '\u200F'             // bidi marks
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069'; // bidi embeddings, isolates
    }

    private void clearProgress() {
        if (interactive) err.print("\r" + " ".repeat(PROGRESS_WIDTH) + "\r");
    }
}
