// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.util.Arrays;

/**
 * The words of an article that can say which subject (thread) it belongs to: its content words without the rare
 * ones. A word printed in fewer than one article in {@link #RARE_SHARE} (a defendant's name, a village, a
 * product) names one event: it ties the reports of a story together, which the story rule already does, but between
 * two stories of one subject it is almost never shared, and in a thread's whole-text profile it drowns the words
 * a subject's stories do share ("municipales", "pandémie", "statue"). Immutable.
 */
final class TopicalWords {

    /**
     * A word in fewer than one article in this many names an event rather than a subject. On the labelled week
     * (657 articles weighed with OrangeSum's background frequencies), with {@link StoryLinker#THREAD}'s threshold,
     * cuts of one in 150, 250 and 400 articles give thread F1 at best 0.54, 0.53 and 0.53 (thresholds 0.12 to
     * 0.16), against 0.50 with all words.
     */
    static final double RARE_SHARE = 150;
    /** The inverse document frequency ({@link DocumentFrequencies#smoothedIdf}) above which a word is rare. */
    static final double MAX_IDF = Math.log(RARE_SHARE);

    private TopicalWords() {}

    /** The counts of the words of {@code counts} that are not rare by {@code frequencies}. */
    static SparseVector of(SparseVector counts, DocumentFrequencies frequencies) {
        int[] ids = new int[counts.size()];
        float[] values = new float[counts.size()];
        int kept = 0;
        for (int k = 0; k < counts.size(); k++) {
            if (frequencies.idf(counts.ids()[k]) > MAX_IDF) continue;
            ids[kept] = counts.ids()[k];
            values[kept++] = counts.values()[k];
        }
        return new SparseVector(Arrays.copyOf(ids, kept), Arrays.copyOf(values, kept));
    }
}
