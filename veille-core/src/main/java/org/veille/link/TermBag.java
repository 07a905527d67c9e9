// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.util.HashMap;
import java.util.Map;

/**
 * A bag of features with their counts (a count may be a fraction: a word translated by three English words
 * gives each a third). Immutable; compared by cosine of log-scaled counts times inverse document frequencies.
 */
final class TermBag {

    static final TermBag EMPTY = new TermBag(Map.of());

    private final Map<String, Double> counts;

    private TermBag(Map<String, Double> counts) {
        this.counts = counts;
    }

    /** Collects a bag; not thread-safe. */
    static final class Builder {
        private final Map<String, Double> counts = new HashMap<>();

        Builder add(String feature, double count) {
            if (count > 0) counts.merge(feature, count, Double::sum);
            return this;
        }

        Builder addAll(Iterable<String> features) {
            for (String f : features) add(f, 1);
            return this;
        }

        TermBag build() {
            return counts.isEmpty() ? EMPTY : new TermBag(Map.copyOf(counts));
        }
    }

    Map<String, Double> counts() {
        return counts;
    }

    boolean isEmpty() {
        return counts.isEmpty();
    }

    /** Cosine of the two bags weighted by {@code log(1 + count) × idf}: 0 when either is empty, 1 when they are alike. */
    double cosine(TermBag other, ProfileFrequencies df) {
        if (counts.isEmpty() || other.counts.isEmpty()) return 0;
        TermBag small = counts.size() <= other.counts.size() ? this : other;
        TermBag large = small == this ? other : this;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.counts.entrySet()) {
            Double c = large.counts.get(e.getKey());
            if (c != null) {
                double idf = df.idf(e.getKey());
                dot += Math.log1p(e.getValue()) * Math.log1p(c) * idf * idf;
            }
        }
        double norms = norm(df) * other.norm(df);
        return norms == 0 ? 0 : Math.min(1, dot / norms);
    }

    private double norm(ProfileFrequencies df) {
        double s = 0;
        for (Map.Entry<String, Double> e : counts.entrySet()) {
            double w = Math.log1p(e.getValue()) * df.idf(e.getKey());
            s += w * w;
        }
        return Math.sqrt(s);
    }
}
