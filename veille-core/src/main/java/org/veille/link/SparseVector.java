// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.util.Arrays;
import java.util.Map;

/**
 * A sparse vector of numbered features: the numbers ascending, and their values. Compact (two arrays) because
 * a corpus holds one per article.
 */
public record SparseVector(int[] ids, float[] values) {

    public static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    public SparseVector {
        if (ids.length != values.length) throw new IllegalArgumentException("ids and values differ in length");
    }

    public static SparseVector of(Map<Integer, ? extends Number> features) {
        int[] ids = features.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        float[] values = new float[ids.length];
        for (int i = 0; i < ids.length; i++) values[i] = features.get(ids[i]).floatValue();
        return new SparseVector(ids, values);
    }

    public int size() {
        return ids.length;
    }

    public double norm() {
        double s = 0;
        for (float x : values) s += (double) x * x;
        return Math.sqrt(s);
    }

    public double dot(SparseVector other) {
        double dot = 0;
        for (int i = 0, j = 0; i < ids.length && j < other.ids.length; ) {
            if (ids[i] == other.ids[j]) dot += (double) values[i++] * other.values[j++];
            else if (ids[i] < other.ids[j]) i++;
            else j++;
        }
        return dot;
    }

    public double cosine(SparseVector other) {
        double na = norm();
        double nb = other.norm();
        return na == 0 || nb == 0 ? 0 : dot(other) / (na * nb);
    }

    /**
     * The ids of the {@code limit} features of highest value, highest first; ties go to the lower id, so the choice is
     * stable. Kept by insertion into the few places wanted rather than by sorting the whole vector: the link stage asks
     * this of every article a dozen times for ten features out of a few hundred.
     */
    public int[] strongest(int limit) {
        int wanted = Math.max(0, Math.min(limit, ids.length));
        int[] best = new int[wanted]; // positions into ids and values, best first
        int held = 0;
        for (int i = 0; i < ids.length && wanted > 0; i++) {
            if (held == wanted && !ranksBefore(i, best[held - 1])) continue;
            int at = held < wanted ? held++ : held - 1;
            while (at > 0 && ranksBefore(i, best[at - 1])) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = i;
        }
        int[] top = new int[held];
        for (int k = 0; k < held; k++) top[k] = ids[best[k]];
        return top;
    }

    /** Whether the feature at position {@code x} ranks before the one at {@code y}: higher value, else lower id. */
    private boolean ranksBefore(int x, int y) {
        return values[x] != values[y] ? Float.compare(values[y], values[x]) < 0 : ids[x] < ids[y];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SparseVector v && Arrays.equals(ids, v.ids) && Arrays.equals(values, v.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(ids) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < ids.length; i++) b.append(i == 0 ? "" : ", ").append(ids[i]).append('=').append(values[i]);
        return b.append('}').toString();
    }
}
