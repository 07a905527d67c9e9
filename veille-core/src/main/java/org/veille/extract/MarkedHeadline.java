// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

/**
 * The line right above the article's byline and date: a page prints them as one block under its headline ("Le pont
 * rouvre" over "Par Jeanne Martin" over "3 mars 2025"), while a subtitle, a picture's caption or a box of links may
 * stand between that block and the text, nearer the text than the headline. The block is the run of byline and date
 * lines nearest above the text; no answer when the line above it is not headline-shaped (the line under a date is as
 * often a kicker or a share button as a headline).
 */
final class MarkedHeadline implements HeadlineRule {

    /** Lines between the byline block and the text at most: a standfirst, a picture with its caption and credit. */
    static final int MAX_LINES_ABOVE_TEXT = 12;

    @Override
    public int headline(HeadlineEvidence capture) {
        int last = -1;
        for (int j = capture.bodyStart() - 1; j >= 0 && capture.bodyStart() - j <= MAX_LINES_ABOVE_TEXT; j--) {
            if (capture.marks().contains(j)) {
                last = j;
                break;
            }
        }
        if (last < 0) return -1;
        int first = last;
        while (first > 0 && capture.marks().contains(first - 1)) first--;
        return capture.undated().contains(first - 1) ? first - 1 : -1;
    }
}
