// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

/**
 * The line the page prints twice near its article: the headline above the text, and again as the page's title
 * line or its picture's text ("Orages: 20 départements en vigilance orange" over "Réagir" over the same line
 * again, or "Headline© Photographer"). Lists of other articles repeat their teasers too, but further up the page:
 * the repeat must reach within a few lines of the article's text.
 */
final class RepeatedHeadline implements HeadlineRule {

    /** Lines between the repeat and the article's text at most: the headline, a picture and its caption, a byline. */
    static final int MAX_LINES_ABOVE_TEXT = 12;

    @Override
    public int headline(HeadlineEvidence capture) {
        int best = -1;
        for (int i : capture.undated()) {
            String text = capture.text(i);
            int last = -1;
            int copies = 0;
            for (int j = 0; j < capture.bodyStart() && j < capture.lines().size(); j++) {
                if (repeats(capture.text(j), text)) {
                    copies++;
                    last = j;
                }
            }
            if (copies >= 2 && capture.bodyStart() - last <= MAX_LINES_ABOVE_TEXT) best = i; // the later, nearer the text
        }
        return best;
    }

    /** The line is the text, or the text followed by something else than a word's rest ("Headline© Photographer"). */
    static boolean repeats(String line, String text) {
        return line.startsWith(text) && (line.length() == text.length() || !Character.isLetterOrDigit(line.codePointAt(text.length())));
    }
}
