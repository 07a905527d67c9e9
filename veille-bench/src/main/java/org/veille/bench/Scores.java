// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The scoring rules of the shared sets' READMEs, as pure functions of one page's output and gold. */
final class Scores {

    /**
     * Python 3's {@code \s} on str: Java's Unicode white space plus U+001C..U+001F, which Python counts as
     * space (they are line and paragraph separators in Unicode's bidi classes) and Java does not.
     */
    private static final Pattern SPACES = Pattern.compile("[\\s\\x1C-\\x1F]+", Pattern.UNICODE_CHARACTER_CLASS);
    /** What separates words: anything but letters (with their combining marks) and digits. */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Scores() {
    }

    /** trafilatura's {@code re.sub(r"\s+", " ", t).strip()}; null reads as empty. */
    static String normalize(String text) {
        if (text == null) return "";
        String spaced = SPACES.matcher(text).replaceAll(" ");
        int start = spaced.startsWith(" ") ? 1 : 0;
        int end = spaced.endsWith(" ") && spaced.length() > start ? spaced.length() - 1 : spaced.length();
        return spaced.substring(start, end);
    }

    /**
     * One page under trafilatura's rule: TP = {@code with} snippets found in the output, FN = the others,
     * FP = {@code without} snippets found, TN = the others; a case-sensitive substring test after
     * {@link #normalize}. A null or empty output finds nothing.
     */
    static Confusion snippets(String output, List<String> with, List<String> without) {
        String text = normalize(output);
        long found = with.stream().filter(s -> text.contains(normalize(s))).count();
        long leaked = without.stream().filter(s -> text.contains(normalize(s))).count();
        if (text.isEmpty()) {
            found = 0;
            leaked = 0;
        }
        return new Confusion(found, leaked, with.size() - found, without.size() - leaked);
    }

    /** Where a site's name or tagline starts at the end of a {@code <title>}: " | ", " : ", " - ", " – ", " — ". */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s[|:\\-–—]\\s");

    /**
     * The site suffix that every one of a site's {@code <title>}s ends with ("… : actualité automobile"),
     * or "" when they share none: their longest common ending, cut back to where a title separator starts.
     * Fewer than three titles cannot show what is shared and give "".
     */
    static String sharedTitleSuffix(List<String> titles) {
        if (titles.size() < 3) return "";
        String common = normalize(titles.getFirst());
        for (String title : titles) {
            String t = normalize(title);
            int n = 0;
            while (n < common.length() && n < t.length()
                    && common.charAt(common.length() - 1 - n) == t.charAt(t.length() - 1 - n)) n++;
            common = common.substring(common.length() - n);
        }
        var separator = TITLE_SEPARATOR.matcher(common);
        return separator.find() ? common.substring(separator.start()) : "";
    }

    /** A {@code <title>} without its site's {@linkplain #sharedTitleSuffix shared suffix}. */
    static String withoutSuffix(String title, String suffix) {
        String t = normalize(title);
        return !suffix.isEmpty() && t.endsWith(suffix) && t.length() > suffix.length()
                ? t.substring(0, t.length() - suffix.length()) : t;
    }

    /** Whether two texts are equal once {@linkplain #normalize normalised}; null is never equal. */
    static boolean sameText(String found, String gold) {
        return found != null && gold != null && normalize(found).equals(normalize(gold));
    }

    /** The YYYY-MM-DD day an ISO date or date-time starts with, else null. */
    static String day(String iso) {
        if (iso == null || iso.length() < 10) return null;
        String day = iso.substring(0, 10);
        return ISO_DAY.matcher(day).matches() ? day : null;
    }

    /**
     * One page under htmldate's upstream rule: no date found is FN (even when the gold has no date), the gold
     * day is TP, any other day FP. TN never happens.
     */
    static Confusion dateUpstream(String found, String gold) {
        if (found == null) return new Confusion(0, 0, 1, 0);
        return found.equals(gold) ? new Confusion(1, 0, 0, 0) : new Confusion(0, 1, 0, 0);
    }

    /** {@link #dateUpstream}, except that no date found for a page without a gold date is right (TN). */
    static Confusion dateVariant(String found, String gold) {
        return found == null && gold == null ? new Confusion(0, 0, 0, 1) : dateUpstream(found, gold);
    }

    /** The words of a text with their counts: case-sensitive runs of letters and digits. */
    static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        if (text == null) return bag;
        for (String word : NON_WORD.split(text)) {
            if (!word.isEmpty()) bag.merge(word, 1, Integer::sum);
        }
        return bag;
    }
}
