// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, for each article in date order, the earlier article whose text it repeats: a wire republished with
 * small edits, one site copying another. MinHash signatures cut in bands (locality-sensitive hashing): two
 * texts meet when one band of their signatures is equal, which near copies almost always have and unrelated
 * texts almost never, so the cost per article does not grow with the corpus. Articles older than
 * {@link #WINDOW_DAYS} before the newest are forgotten, so memory is bounded. Not thread-safe.
 */
final class NearDuplicates<T> {

    /** Rows per band: with 16 bands of 4, texts of Jaccard 0.7 meet with probability 0.99, of Jaccard 0.3 with 0.12. */
    static final int ROWS = 4;
    static final int BANDS = MinHash.SIZE / ROWS;
    /** Estimated Jaccard similarity of word sequences from which a text repeats another (edits, a paragraph added or cut). */
    static final double REPEAT = 0.6;
    /** Copies appear within days of their source; older texts are dropped from the index. */
    static final int WINDOW_DAYS = 30;

    /** An earlier article repeated, and how much (estimated Jaccard similarity of word sequences). */
    record Repeat<T>(T of, double similarity) {}

    private record Entry<T>(T key, long order, LocalDate day, int[] signature) {}

    private final Map<Long, List<Entry<T>>> buckets = new HashMap<>();
    /** Dated entries, oldest first; undated ones are never forgotten (and never block forgetting the others). */
    private final ArrayDeque<Entry<T>> byAge = new ArrayDeque<>();
    private long remembered;

    /**
     * The remembered article this text repeats best, if any (of equal ones, the first remembered). Articles
     * more than {@link #WINDOW_DAYS} older than {@code day} are forgotten first.
     */
    Repeat<T> find(LocalDate day, int[] signature) {
        forgetBefore(day);
        if (isEmpty(signature)) return null;
        Entry<T> best = null;
        double bestSimilarity = 0;
        for (int band = 0; band < BANDS; band++) {
            List<Entry<T>> bucket = buckets.get(key(signature, band));
            if (bucket == null) continue;
            for (Entry<T> other : bucket) {
                double similarity = MinHash.similarity(signature, other.signature);
                if (similarity >= REPEAT && (best == null || similarity > bestSimilarity
                        || similarity == bestSimilarity && other.order < best.order)) {
                    best = other;
                    bestSimilarity = similarity;
                }
            }
        }
        return best == null ? null : new Repeat<>(best.key, bestSimilarity);
    }

    /** Remembers an article, so later copies of it are found. */
    void remember(T key, LocalDate day, int[] signature) {
        if (isEmpty(signature)) return;
        Entry<T> entry = new Entry<>(key, remembered++, day, signature);
        for (int band = 0; band < BANDS; band++) buckets.computeIfAbsent(key(signature, band), k -> new ArrayList<>()).add(entry);
        if (day != null) byAge.add(entry);
    }

    /** A text without words repeats nothing and is repeated by nothing. */
    private static boolean isEmpty(int[] signature) {
        return signature[0] == Integer.MAX_VALUE;
    }

    private void forgetBefore(LocalDate day) {
        if (day == null) return;
        while (!byAge.isEmpty() && ChronoUnit.DAYS.between(byAge.peek().day, day) > WINDOW_DAYS) {
            Entry<T> old = byAge.poll();
            for (int band = 0; band < BANDS; band++) {
                long key = key(old.signature, band);
                List<Entry<T>> bucket = buckets.get(key);
                bucket.remove(old);
                if (bucket.isEmpty()) buckets.remove(key);
            }
        }
    }

    private static long key(int[] signature, int band) {
        long h = band;
        for (int r = 0; r < ROWS; r++) h = h * 0x9e3779b97f4a7c15L + signature[band * ROWS + r];
        return h;
    }
}
