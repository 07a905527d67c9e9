// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

/** How many answers were right out of how many were checked. */
record Tally(int correct, int total) {

    static final Tally ZERO = new Tally(0, 0);

    Tally {
        if (correct < 0 || correct > total) {
            throw new IllegalArgumentException("correct must be in 0.." + total + ": " + correct);
        }
    }

    /** This tally with one more answer, right or wrong. */
    Tally add(boolean right) {
        return new Tally(correct + (right ? 1 : 0), total + 1);
    }

    /** correct / total, NaN when nothing was checked. */
    double accuracy() {
        return Confusion.ratio(correct, total);
    }
}
