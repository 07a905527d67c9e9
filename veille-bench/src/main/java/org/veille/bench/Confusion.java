// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

/**
 * Counts of a binary decision summed over pages (micro-average), and the usual ratios over them. A ratio
 * whose denominator is zero is NaN: there was nothing to measure.
 */
record Confusion(long tp, long fp, long fn, long tn) {

    static final Confusion ZERO = new Confusion(0, 0, 0, 0);

    Confusion {
        if (tp < 0 || fp < 0 || fn < 0 || tn < 0) {
            throw new IllegalArgumentException("counts must not be negative: " + tp + ", " + fp + ", " + fn + ", " + tn);
        }
    }

    Confusion plus(Confusion other) {
        return new Confusion(tp + other.tp, fp + other.fp, fn + other.fn, tn + other.tn);
    }

    long total() {
        return tp + fp + fn + tn;
    }

    /** TP / (TP + FP). */
    double precision() {
        return ratio(tp, tp + fp);
    }

    /** TP / (TP + FN). */
    double recall() {
        return ratio(tp, tp + fn);
    }

    /** 2TP / (2TP + FP + FN), the harmonic mean of precision and recall. */
    double f1() {
        return ratio(2 * tp, 2 * tp + fp + fn);
    }

    /** (TP + TN) / all. */
    double accuracy() {
        return ratio(tp + tn, total());
    }

    static double ratio(long part, long whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
