// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.util.Arrays;

/**
 * Document counts of a run's link features, added one article at a time, so the frequencies of a collection can
 * be known without holding its articles. Not thread-safe.
 */
public final class FeatureCounts {

    private int[] counts = new int[1024];
    private int documents;

    /** Counts each feature of an article once. */
    public void add(LinkFeatures f) {
        documents++;
        for (SparseVector v : new SparseVector[] {f.words(), f.identities(), f.english()}) {
            for (int id : v.ids()) {
                if (id >= counts.length) counts = Arrays.copyOf(counts, Math.max(id + 1, counts.length * 2));
                counts[id]++;
            }
        }
    }

    /** The frequencies over the articles counted, for features numbered by {@code vocabulary}. */
    public DocumentFrequencies frequencies(LinkVocabulary vocabulary) {
        int[] counted = counts;
        return DocumentFrequencies.counted(documents, id -> id < counted.length ? counted[id] : 0, vocabulary);
    }
}
