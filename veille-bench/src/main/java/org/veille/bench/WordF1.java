// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One page under WCXB's rule (its {@code evaluate.py}): the words are {@code re.findall(r'\w+', text.lower())},
 * compared as multisets. A gold without words scores 1 against an output without words and 0 against any
 * other; an output without words against a gold with some scores 0. Sets report the mean over pages.
 */
record WordF1(double precision, double recall, double f1) {

    static final WordF1 PERFECT = new WordF1(1, 1, 1);
    static final WordF1 NONE = new WordF1(0, 0, 0);

    /**
     * Python 3's {@code \w} on str: letters (Lu, Ll, Lt, Lm, Lo), numbers (Nd, Nl, No) and the underscore.
     * Combining marks are not in it, so they split words as they do upstream.
     */
    private static final Pattern PYTHON_WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    static WordF1 of(String output, String gold) {
        List<String> found = words(output);
        List<String> wanted = words(gold);
        if (wanted.isEmpty()) return found.isEmpty() ? PERFECT : NONE;
        if (found.isEmpty()) return NONE;
        Map<String, Integer> goldCounts = new HashMap<>();
        wanted.forEach(w -> goldCounts.merge(w, 1, Integer::sum));
        int overlap = 0;
        for (String w : found) {
            Integer left = goldCounts.get(w);
            if (left != null && left > 0) {
                overlap++;
                goldCounts.put(w, left - 1);
            }
        }
        double precision = (double) overlap / found.size();
        double recall = (double) overlap / wanted.size();
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return new WordF1(precision, recall, f1);
    }

    /** The lower-cased {@code \w+} words of a text, in order; none for null. */
    static List<String> words(String text) {
        if (text == null || text.isEmpty()) return List.of();
        Matcher m = PYTHON_WORD.matcher(text.toLowerCase(Locale.ROOT));
        List<String> words = new ArrayList<>();
        while (m.find()) words.add(m.group());
        return words;
    }

    /**
     * WCXB's snippet rate of one page: the share of {@code snippets} found in the output, lower-cased
     * substrings with no other normalisation; 1 when there are no snippets (upstream's rule, also for the
     * {@code without} snippets, whose rate is then 1 on a page that lists none).
     */
    static double snippetRate(String output, List<String> snippets) {
        if (snippets.isEmpty()) return 1;
        String text = output == null ? "" : output.toLowerCase(Locale.ROOT);
        long found = snippets.stream().filter(s -> text.contains(s.toLowerCase(Locale.ROOT))).count();
        return (double) found / snippets.size();
    }
}
