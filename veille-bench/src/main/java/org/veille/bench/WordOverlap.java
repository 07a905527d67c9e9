// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.util.Map;

/**
 * Bag-of-words agreement between extracted and gold texts, summed over pages (micro-average): the overlap
 * of one page is the sum over its words of min(count in extracted, count in gold). Word order and
 * whitespace are ignored, which suits gold bodies whose paragraphs were glued together without a space.
 */
record WordOverlap(long overlap, long extracted, long gold) {

    static final WordOverlap ZERO = new WordOverlap(0, 0, 0);

    WordOverlap {
        if (overlap < 0 || overlap > Math.min(extracted, gold)) {
            throw new IllegalArgumentException("overlap must be in 0..min(extracted, gold): " + overlap);
        }
    }

    /** The overlap of one page's extracted text with its gold text, both cut by {@link Scores#bag}. */
    static WordOverlap of(String extracted, String gold) {
        Map<String, Integer> found = Scores.bag(extracted);
        Map<String, Integer> wanted = Scores.bag(gold);
        long overlap = 0;
        for (Map.Entry<String, Integer> e : found.entrySet()) {
            overlap += Math.min(e.getValue(), wanted.getOrDefault(e.getKey(), 0));
        }
        return new WordOverlap(overlap, sum(found), sum(wanted));
    }

    WordOverlap plus(WordOverlap other) {
        return new WordOverlap(overlap + other.overlap, extracted + other.extracted, gold + other.gold);
    }

    double precision() {
        return Confusion.ratio(overlap, extracted);
    }

    double recall() {
        return Confusion.ratio(overlap, gold);
    }

    /** 2 overlap / (extracted + gold), the harmonic mean of precision and recall. */
    double f1() {
        return Confusion.ratio(2 * overlap, extracted + gold);
    }

    private static long sum(Map<String, Integer> bag) {
        return bag.values().stream().mapToLong(Integer::longValue).sum();
    }
}
