// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

/**
 * The last resort: the longest headline-shaped line of the head, before the first byline or caption if one is
 * there (captions follow the headline), before the article's first long line; a line printing a full date only
 * when no other line qualifies (it is more likely a caption: "…, le 9 juin 2020 à Richmond").
 */
final class LongestHeadline implements HeadlineRule {

    @Override
    public int headline(HeadlineEvidence capture) {
        int[] beforeMark = {-1, -1}; // by rank: undated lines first, then lines printing a date
        int[] anywhere = {-1, -1};
        for (int i : capture.candidates()) {
            if (i >= capture.firstProse()) break;
            int rank = capture.printsDate().contains(i) ? 1 : 0;
            int length = capture.text(i).length();
            if (anywhere[rank] < 0 || length > capture.text(anywhere[rank]).length()) anywhere[rank] = i;
            if (i < capture.firstMark() && (beforeMark[rank] < 0 || length > capture.text(beforeMark[rank]).length())) beforeMark[rank] = i;
        }
        for (int rank = 0; rank < 2; rank++) {
            if (beforeMark[rank] >= 0) return beforeMark[rank];
            if (anywhere[rank] >= 0) return anywhere[rank];
        }
        return -1;
    }
}
