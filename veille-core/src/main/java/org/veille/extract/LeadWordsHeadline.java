// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The line whose words the article's first sentences share: a lead restates its headline ("Orages: 20 départements
 * en vigilance orange" over "Vingt départements ... sont placés vendredi en vigilance orange"), a teaser of another
 * article shares little with it. The line sharing the most distinct content words, when most of its own are in the
 * lead; no answer when another line shares as many.
 */
final class LeadWordsHeadline implements HeadlineRule {

    /** Share of the line's content words the lead must print: most of a headline's words are in its lead. */
    static final double MIN_SHARE = 0.5;
    /** Content words shared at least: a name and a word ("Crise Covid") is a section's tag as often as a headline. */
    static final int MIN_SHARED_WORDS = 3;

    @Override
    public int headline(HeadlineEvidence capture) {
        Set<String> lead = new HashSet<>(capture.words().of(capture.lead()));
        if (lead.isEmpty()) return -1;
        int best = -1;
        int bestShared = 0;
        int runnerUp = 0;
        for (int i : capture.undated()) {
            Set<String> words = new LinkedHashSet<>(capture.words().of(capture.text(i)));
            int shared = 0;
            for (String w : words) if (lead.contains(w)) shared++;
            if (shared < MIN_SHARED_WORDS || shared < MIN_SHARE * words.size()) continue;
            if (best >= 0 && capture.text(i).equals(capture.text(best))) {
                best = i; // the same headline printed again nearer the text
            } else if (shared > bestShared) {
                runnerUp = bestShared;
                best = i;
                bestShared = shared;
            } else {
                runnerUp = Math.max(runnerUp, shared);
            }
        }
        return best >= 0 && bestShared > runnerUp ? best : -1;
    }
}
