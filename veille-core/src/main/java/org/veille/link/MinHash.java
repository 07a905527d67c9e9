// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.text.Normalizer;
import java.util.Locale;

/**
 * MinHash signatures of a text's word sequences (Broder 1997): the share of equal positions in two signatures
 * estimates the Jaccard similarity of their sets of {@link #SHINGLE_WORDS}-word sequences, so near copies are
 * found without comparing texts.
 */
final class MinHash {

    /** Word sequences of this length: short enough to survive small edits, long enough to be specific to a text. */
    static final int SHINGLE_WORDS = 4;
    /** Positions in a signature: the estimate's standard error is about 1/sqrt(64) = 0.125 at Jaccard 0.5, less near 1. */
    static final int SIZE = 64;

    private static final long[] SEEDS = seeds();

    private MinHash() {}

    static int[] signature(String text) {
        String[] words = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        int[] min = new int[SIZE];
        java.util.Arrays.fill(min, Integer.MAX_VALUE);
        int start = words.length > 0 && words[0].isEmpty() ? 1 : 0;
        int count = words.length - start;
        if (count == 0) return min;
        int shingles = Math.max(1, count - SHINGLE_WORDS + 1);
        for (int s = 0; s < shingles; s++) {
            long h = 0xcbf29ce484222325L; // FNV-1a over the shingle's words
            for (int w = start + s; w < Math.min(words.length, start + s + SHINGLE_WORDS); w++) {
                String word = words[w];
                for (int c = 0; c < word.length(); c++) h = (h ^ word.charAt(c)) * 0x100000001b3L;
                h = (h ^ ' ') * 0x100000001b3L;
            }
            for (int i = 0; i < SIZE; i++) {
                int v = (int) (mix(h ^ SEEDS[i]) >>> 33);
                if (v < min[i]) min[i] = v;
            }
        }
        return min;
    }

    /** The share of positions where two signatures agree: an estimate of the Jaccard similarity of the texts' shingles. */
    static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) if (a[i] == b[i]) same++;
        return (double) same / SIZE;
    }

    /** The finalizer of SplitMix64: a cheap bijection that spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[SIZE];
        long x = 0x9e3779b97f4a7c15L;
        for (int i = 0; i < SIZE; i++) seeds[i] = mix(x += 0x9e3779b97f4a7c15L);
        return seeds;
    }
}
