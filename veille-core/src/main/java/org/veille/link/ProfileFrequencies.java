// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * In how many articles of a collection each similarity feature (word, gram, identity) occurs, for inverse document frequencies: a word every
 * article has says nothing about two of them. Counted from the articles a caller compares (no labels, no
 * outside corpus). Immutable and thread-safe once built.
 */
public final class ProfileFrequencies {

    /** No collection: every feature weighs the same. */
    public static final ProfileFrequencies NONE = new ProfileFrequencies(Map.of(), 0);

    private final Map<String, Integer> counts;
    private final int articles;

    private ProfileFrequencies(Map<String, Integer> counts, int articles) {
        this.counts = counts;
        this.articles = articles;
    }

    /** Counts the features of a collection of article profiles. */
    public static ProfileFrequencies of(Iterable<ArticleSimilarity.Profile> profiles) {
        Map<String, Integer> counts = new HashMap<>();
        int n = 0;
        for (ArticleSimilarity.Profile p : profiles) {
            n++;
            Set<String> seen = new HashSet<>();
            for (TermBag bag : p.bags()) seen.addAll(bag.counts().keySet());
            for (String f : seen) counts.merge(f, 1, Integer::sum);
        }
        return new ProfileFrequencies(Map.copyOf(counts), n);
    }

    /** Smoothed inverse document frequency, {@code 1 + ln((n + 1) / (df + 1))}: 1 for a feature of every article, and without a collection. */
    double idf(String feature) {
        if (articles == 0) return 1;
        return 1 + Math.log((articles + 1.0) / (counts.getOrDefault(feature, 0) + 1.0));
    }

    /** How many articles were counted. */
    public int articles() {
        return articles;
    }
}
