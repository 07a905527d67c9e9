// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a batch of text captures teaches about each of them: lines that recur across many captures are the
 * site's furniture (its menu, footer, newsletter box, slogan), whatever words they use, so no vocabulary is
 * needed to drop them. Learn once per batch with {@link #recurringLines}, then give that set to the
 * extraction of each capture of the batch. Thread-safe: stateless.
 */
public final class CaptureBatch {

    /** A line must recur in this many different articles to be furniture. */
    public static final int MIN_CAPTURES = 3;

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]+");
    private static final Pattern DIGITS = Pattern.compile("\\p{N}+");

    private CaptureBatch() {
    }

    /**
     * The normalised lines ({@link #normalise}) found in at least {@link #MIN_CAPTURES} of the captures.
     * Copies of one article (the same capture twice, or one wire story in three outlets) count once, so
     * the article's own lines never become furniture: a capture's article is keyed by its longest line.
     * Linear in the total number of lines.
     */
    public static Set<String> recurringLines(List<String> contents) {
        Map<String, Set<String>> articlesOfLine = new HashMap<>();
        for (String content : contents) {
            Set<String> lines = new HashSet<>();
            String article = "";
            for (String line : TextCaptureExtractor.lines(content)) {
                String normalised = normalise(line);
                lines.add(normalised);
                if (normalised.length() > article.length()) article = normalised;
            }
            for (String line : lines) articlesOfLine.computeIfAbsent(line, k -> new HashSet<>()).add(article);
        }
        Set<String> recurring = new HashSet<>();
        articlesOfLine.forEach((line, articles) -> { if (articles.size() >= MIN_CAPTURES) recurring.add(line); });
        return Set.copyOf(recurring);
    }

    /** Case, spacing and numbers aside ("© 2024" and "© 2025" footers are one line). */
    public static String normalise(String line) {
        String spaced = SPACES.matcher(line.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        return DIGITS.matcher(spaced).replaceAll("0");
    }
}
