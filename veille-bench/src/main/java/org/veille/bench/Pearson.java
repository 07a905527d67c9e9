// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

/** Pearson's correlation coefficient, accumulated one pair of values at a time. Not thread-safe. */
final class Pearson {

    private long n;
    private double sumX;
    private double sumY;
    private double sumXX;
    private double sumYY;
    private double sumXY;

    void add(double x, double y) {
        n++;
        sumX += x;
        sumY += y;
        sumXX += x * x;
        sumYY += y * y;
        sumXY += x * y;
    }

    long count() {
        return n;
    }

    /** The coefficient, NaN with fewer than two pairs or when either side does not vary. */
    double value() {
        if (n < 2) return Double.NaN;
        double cov = sumXY - sumX * sumY / n;
        double varX = sumXX - sumX * sumX / n;
        double varY = sumYY - sumY * sumY / n;
        if (varX <= 0 || varY <= 0) return Double.NaN;
        return cov / Math.sqrt(varX * varY);
    }
}
