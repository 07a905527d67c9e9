// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import com.carrotsearch.hppc.IntFloatHashMap;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * A group's profile (a story's, a thread's): the sum of its members' weighted words, identities and English
 * projections, the languages of its members, and the days it spans. An article is compared with the whole profile, never with one member, so one strong pair
 * cannot bridge two groups. Not thread-safe.
 */
final class Profile {
    final int number;
    /*
     * Summed features as primitive maps: a thread's profile lives for years and sums every member's features, so
     * boxed map entries (about 80 bytes each) made the profiles most of a long run's memory.
     */
    private final IntFloatHashMap words = new IntFloatHashMap();
    private final IntFloatHashMap identities = new IntFloatHashMap();
    private final IntFloatHashMap english = new IntFloatHashMap();
    /** The summed topic vectors of the members that have one; null until one has (stories never do). */
    private double[] topic;
    private final Map<String, Integer> languages = new HashMap<>();
    private double wordSquares;
    private double identitySquares;
    private double englishSquares;
    private int size;
    private LocalDate first;
    private LocalDate last;

    Profile(int number) {
        this.number = number;
    }

    void add(LocalDate day, ProfileClusterer.Item item) {
        wordSquares = accumulate(words, item.words(), wordSquares);
        identitySquares = accumulate(identities, item.identities(), identitySquares);
        englishSquares = accumulate(english, item.english(), englishSquares);
        if (item.topic() != null) {
            if (topic == null) topic = new double[item.topic().length];
            for (int d = 0; d < topic.length; d++) topic[d] += item.topic()[d];
        }
        if (item.language() != null) languages.merge(item.language(), 1, Integer::sum);
        size++;
        if (day != null) {
            if (first == null || day.isBefore(first)) first = day;
            if (last == null || day.isAfter(last)) last = day;
        }
    }

    /** Cosine of the vectors with this profile's words and identities. */
    double wordCosine(SparseVector w) {
        return cosine(words, wordSquares, w);
    }

    double identityCosine(SparseVector i) {
        return cosine(identities, identitySquares, i);
    }

    double englishCosine(SparseVector e) {
        return cosine(english, englishSquares, e);
    }

    /** Cosine of a topic vector with the members' summed ones: NaN when either is missing (no evidence, not none). */
    double topicCosine(float[] t) {
        if (topic == null || t == null) return Double.NaN;
        double dot = 0;
        double squares = 0;
        double norm = 0;
        for (int d = 0; d < topic.length; d++) {
            dot += topic[d] * t[d];
            squares += topic[d] * topic[d];
            norm += (double) t[d] * t[d];
        }
        return squares == 0 || norm == 0 ? Double.NaN : dot / Math.sqrt(squares * norm);
    }

    /** Whether a member of this language belongs to the group. */
    boolean holds(String language) {
        return languages.containsKey(language);
    }

    /** Whether the language of some member is known. */
    boolean hasLanguages() {
        return !languages.isEmpty();
    }

    int size() {
        return size;
    }

    LocalDate first() {
        return first;
    }

    LocalDate last() {
        return last;
    }

    private static double accumulate(IntFloatHashMap sum, SparseVector v, double squares) {
        for (int k = 0; k < v.size(); k++) {
            float old = sum.getOrDefault(v.ids()[k], 0f);
            float now = old + v.values()[k];
            sum.put(v.ids()[k], now);
            squares += (double) now * now - (double) old * old;
        }
        return squares;
    }

    private static double cosine(IntFloatHashMap sum, double squares, SparseVector v) {
        double norm = v.norm();
        if (norm == 0 || squares <= 0) return 0;
        double dot = 0;
        for (int k = 0; k < v.size(); k++) dot += sum.getOrDefault(v.ids()[k], 0f) * v.values()[k];
        return dot / (Math.sqrt(squares) * norm);
    }
}
