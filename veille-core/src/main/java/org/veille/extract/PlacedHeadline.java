// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

/**
 * The line placed where a headline stands: right before the article's byline or date, or right before its
 * lead, with nothing headline-shaped between them (pictures, captions, credits, share buttons and "read also"
 * boxes do not count).
 */
final class PlacedHeadline implements HeadlineRule {

    /** Lines a headline stands above the text at most: a picture with caption and credit, a box of links, a byline. */
    static final int MAX_LINES_ABOVE_TEXT = 12;
    /** With no byline or date between them, the headline is the lead's next line but one at most. */
    static final int MAX_LINES_ABOVE_LEAD = 2;

    @Override
    public int headline(HeadlineEvidence capture) {
        int nearest = -1;
        for (int i : capture.undated()) if (i < capture.bodyStart()) nearest = i;
        if (nearest < 0 || capture.bodyStart() - nearest > MAX_LINES_ABOVE_TEXT) return -1;
        if (capture.bodyStart() - nearest <= MAX_LINES_ABOVE_LEAD) return nearest;
        for (int j = nearest + 1; j < capture.bodyStart(); j++) if (capture.marks().contains(j)) return nearest;
        return -1;
    }
}
