// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.util.Arrays;

/**
 * How much a match with a group owes to topic vectors ({@link TopicSpace}): two stories of one subject (two car
 * launches, two obituaries, two media deals) share no name and few words, but point the same way in the topic space.
 * The match is the named evidence (words, identities) and the topic cosine mixed by {@link #weight}; when the item
 * or the group has no topic vector (a language without a space), the match is the named evidence alone. Immutable.
 *
 * @param weight the share of the match given by the topic cosine (a cosine under zero counts as zero)
 * @param keys   the strongest signed dimensions of a topic vector that index its group, so a group that shares no
 *               word with the item is still found (0: topics find no group)
 */
record TopicMatch(double weight, int keys) {

    /** Topics play no part (stories: one event is told by its names and words). */
    static final TopicMatch NONE = new TopicMatch(0, 0);

    TopicMatch {
        if (weight < 0 || weight > 1 || keys < 0) throw new IllegalArgumentException("weight in 0..1, keys >= 0: " + weight + ", " + keys);
    }

    /** The match from the named evidence and the topic cosine ({@code Double.NaN} when either side has no vector). */
    double combine(double named, double cosine) {
        if (weight == 0 || Double.isNaN(cosine)) return named;
        return (1 - weight) * named + weight * Math.max(0, cosine);
    }

    /**
     * The index keys of a topic vector: its {@link #keys} dimensions of largest absolute value, each with its sign, as
     * negative numbers (never a word's or an identity's number), strongest first; none for a missing vector.
     */
    int[] keysOf(float[] topic) {
        if (topic == null || keys == 0) return new int[0];
        int n = Math.min(keys, topic.length);
        int[] best = new int[n];
        Arrays.fill(best, -1);
        for (int d = 0; d < topic.length; d++) {
            for (int k = 0; k < n; k++) {
                if (best[k] < 0 || Math.abs(topic[d]) > Math.abs(topic[best[k]])) {
                    System.arraycopy(best, k, best, k + 1, n - k - 1);
                    best[k] = d;
                    break;
                }
            }
        }
        int[] out = new int[n];
        for (int k = 0; k < n; k++) out[k] = -1 - (2 * best[k] + (topic[best[k]] < 0 ? 1 : 0));
        return out;
    }
}
