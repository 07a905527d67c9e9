// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * When no single evidence named the headline, the line the most evidence points to: its words come back in the
 * article's opening paragraphs, the page's address spells some of them, it stands near the text, it is as long as a
 * headline, the page prints it again. A share button, a logo's label, a picture's caption or a teaser of another
 * article scores low on the first two even when it stands right above the text ("Seite ausdrucken", "Photo by Jane
 * Doe on Unsplash"). Ties go to the line nearer the text.
 */
final class ScoredHeadline implements HeadlineRule {

    /** Weight of the share of the line's words the article's opening prints: a headline announces what the text tells. */
    static final double TEXT_WEIGHT = 1.0;
    /** Weight of the share of the line's words the address spells (any of its path's segments). */
    static final double ADDRESS_WEIGHT = 1.0;
    /** Weight of nearness to the text: 1 for the nearest line above it, 1/2 for the next, and so on. */
    static final double NEAR_WEIGHT = 0.5;
    /** Words added to a line's count before sharing: one word of a two-word line ("Jetzt vergleichen") is weak evidence. */
    static final double SMOOTHING = 1.0;
    /** Weight of the line's length up to {@link #FULL_WORDS}: a headline says something, a button names an action. */
    static final double LENGTH_WEIGHT = 0.5;
    /** Words from which a line is as long as a headline needs ("Dark Mode Go Top" is four, "Jaa artikkeli Twitterissä" three). */
    static final int FULL_WORDS = 7;
    /** Weight of the line's being printed again above the text (the page's title line, a picture's text). */
    static final double REPEAT_WEIGHT = 0.25;
    /** Letters a word is compared by: inflected forms share them ("Waffensysteme", "Waffensystemen"; "Hydrangeas", "hydrangea"). */
    static final int STEM_LETTERS = 5;

    @Override
    public int headline(HeadlineEvidence capture) {
        List<Integer> lines = capture.undated();
        if (lines.isEmpty()) return -1;
        Set<String> text = stems(capture.words().of(capture.text()));
        Set<String> address = stems(SlugHeadline.addressWords(capture.url(), capture.words()));
        int best = -1;
        double bestScore = -1;
        for (int rank = 0; rank < lines.size(); rank++) {
            int i = lines.get(lines.size() - 1 - rank); // from the text upwards
            List<String> all = capture.words().of(capture.text(i));
            Set<String> words = stems(all);
            double score = TEXT_WEIGHT * shared(words, text) + ADDRESS_WEIGHT * shared(words, address) + NEAR_WEIGHT / (1 + rank)
                    + LENGTH_WEIGHT * Math.min(all.size(), FULL_WORDS) / FULL_WORDS + (isRepeated(capture, i) ? REPEAT_WEIGHT : 0);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    private static Set<String> stems(List<String> words) {
        Set<String> stems = new LinkedHashSet<>();
        for (String w : words) stems.add(w.length() > STEM_LETTERS ? w.substring(0, STEM_LETTERS) : w);
        return stems;
    }

    /** Whether another line above the text prints the line again, alone or with more after it ("Headline© Photographer"). */
    private static boolean isRepeated(HeadlineEvidence capture, int line) {
        for (int j = 0; j < capture.bodyStart(); j++) if (j != line && repeats(capture.text(j), capture.text(line))) return true;
        return false;
    }

    /** The line is the text, or the text followed by something else than a word's rest ("Headline© Photographer"). */
    static boolean repeats(String line, String text) {
        return line.startsWith(text) && (line.length() == text.length() || !Character.isLetterOrDigit(line.codePointAt(text.length())));
    }

    /** The share of {@code words} in {@code among}, smoothed ({@link #SMOOTHING}). */
    private static double shared(Set<String> words, Set<String> among) {
        int found = 0;
        for (String w : words) if (among.contains(w)) found++;
        return found / (words.size() + SMOOTHING);
    }
}
