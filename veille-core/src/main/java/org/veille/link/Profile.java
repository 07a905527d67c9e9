// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import com.carrotsearch.hppc.IntFloatHashMap;
import com.carrotsearch.hppc.cursors.IntFloatCursor;
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
    /** How many members brought a topic vector. */
    private int topicCount;
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
            topicCount++;
        }
        if (item.language() != null) languages.merge(item.language(), 1, Integer::sum);
        size++;
        if (day != null) {
            if (first == null || day.isBefore(first)) first = day;
            if (last == null || day.isAfter(last)) last = day;
        }
    }

    /** Takes in another group's profile: this one then sums the members of both. */
    void absorb(Profile other) {
        wordSquares = accumulate(words, other.words, wordSquares);
        identitySquares = accumulate(identities, other.identities, identitySquares);
        englishSquares = accumulate(english, other.english, englishSquares);
        if (other.topic != null) {
            if (topic == null) topic = new double[other.topic.length];
            for (int d = 0; d < topic.length; d++) topic[d] += other.topic[d];
            topicCount += other.topicCount;
        }
        other.languages.forEach((language, count) -> languages.merge(language, count, Integer::sum));
        size += other.size;
        if (other.first != null && (first == null || other.first.isBefore(first))) first = other.first;
        if (other.last != null && (last == null || other.last.isAfter(last))) last = other.last;
    }

    /** How close two groups' words, identities and topics are, each by one measure (topic NaN when either has none). */
    record Closeness(double words, double identities, double topic) {}

    /**
     * Two groups compared two ways: the cosines of their centres (summed vectors), and the mean cosine of a member of
     * one with a member of the other (average link: since every member's vectors are at unit length, the summed
     * vectors' dot product over the two sizes). The centres of a heap are near every subject, its members are not,
     * so the mean cosine stays low for a group whose members point many ways.
     */
    record Comparison(Closeness centres, Closeness members) {}

    Comparison compare(Profile other) {
        double wordDot = dot(words, other.words);
        double identityDot = dot(identities, other.identities);
        double topicCentres = Double.NaN;
        double topicMembers = Double.NaN;
        if (topic != null && other.topic != null) {
            double dot = 0;
            double squares = 0;
            double otherSquares = 0;
            for (int d = 0; d < topic.length; d++) {
                dot += topic[d] * other.topic[d];
                squares += topic[d] * topic[d];
                otherSquares += other.topic[d] * other.topic[d];
            }
            topicCentres = squares == 0 || otherSquares == 0 ? Double.NaN : dot / Math.sqrt(squares * otherSquares);
            topicMembers = dot / ((double) topicCount * other.topicCount);
        }
        double pairs = (double) size * other.size;
        return new Comparison(
                new Closeness(ratio(wordDot, Math.sqrt(wordSquares * other.wordSquares)),
                        ratio(identityDot, Math.sqrt(identitySquares * other.identitySquares)), topicCentres),
                new Closeness(ratio(wordDot, pairs), ratio(identityDot, pairs), topicMembers));
    }

    private static double ratio(double dot, double norms) {
        return norms > 0 ? dot / norms : 0;
    }

    /** Whether the two groups have a member language in common, or either has no known language. */
    boolean sharesLanguage(Profile other) {
        if (languages.isEmpty() || other.languages.isEmpty()) return true;
        for (String language : languages.keySet()) if (other.languages.containsKey(language)) return true;
        return false;
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

    private static double dot(IntFloatHashMap a, IntFloatHashMap b) {
        if (a.size() > b.size()) return dot(b, a); // the smaller one is walked
        double dot = 0;
        for (IntFloatCursor c : a) dot += c.value * b.getOrDefault(c.key, 0f);
        return dot;
    }

    private static double accumulate(IntFloatHashMap sum, IntFloatHashMap v, double squares) {
        for (IntFloatCursor c : v) {
            float old = sum.getOrDefault(c.key, 0f);
            float now = old + c.value;
            sum.put(c.key, now);
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
