// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.util.Random;

/**
 * The strongest left singular vectors of a sparse matrix given by its columns, by randomized SVD (Halko, Martinsson
 * and Tropp, SIAM Review 2011): the matrix times a few random vectors spans nearly the same space as its strongest
 * singular vectors; power iterations sharpen it; the small problem left is solved exactly (Jacobi). The cost is a
 * few passes over the non-zero entries, never a dense matrix of the full size. Reproducible: the random vectors come
 * from a fixed seed.
 */
final class TruncatedSvd {

    /** Random vectors beyond the rank asked for: the spare ones catch what the first miss. */
    static final int OVERSAMPLING = 16;
    /** Passes that sharpen the random space toward the strongest vectors (news words decay slowly in strength). */
    static final int POWER_ITERATIONS = 3;
    /** The seed of the random vectors, fixed so a build gives the same file twice. */
    static final long SEED = 20261207L;
    /** Jacobi sweeps stop when the off-diagonal mass falls under this share of the whole. */
    private static final double JACOBI_TOLERANCE = 1e-12;
    private static final int MAX_SWEEPS = 100;

    /** A column of the matrix: row numbers and their values. */
    record Column(int[] rows, float[] values) {}

    private TruncatedSvd() {}

    /**
     * The {@code rank} strongest left singular vectors of the {@code rows}-row matrix whose columns are given, each
     * scaled by nothing (unit length): {@code result[row][k]}, strongest first.
     */
    static double[][] leftVectors(Column[] columns, int rows, int rank) {
        int width = Math.min(rank + OVERSAMPLING, Math.min(rows, columns.length));
        Random random = new Random(SEED);
        double[][] omega = new double[columns.length][width];
        for (double[] row : omega) for (int k = 0; k < width; k++) row[k] = random.nextGaussian();
        double[][] q = orthonormal(times(columns, rows, omega));
        for (int i = 0; i < POWER_ITERATIONS; i++) q = orthonormal(times(columns, rows, orthonormal(transposeTimes(columns, q))));
        double[][] z = transposeTimes(columns, q); // B^T, columns x width
        double[][] gram = new double[width][width]; // B B^T
        for (double[] row : z) {
            for (int a = 0; a < width; a++) {
                if (row[a] == 0) continue;
                for (int b = a; b < width; b++) gram[a][b] += row[a] * row[b];
            }
        }
        for (int a = 0; a < width; a++) for (int b = 0; b < a; b++) gram[a][b] = gram[b][a];
        double[][] eigenvectors = new double[width][width];
        double[] eigenvalues = jacobi(gram, eigenvectors);
        Integer[] order = new Integer[width];
        for (int k = 0; k < width; k++) order[k] = k;
        java.util.Arrays.sort(order, (x, y) -> Double.compare(eigenvalues[y], eigenvalues[x]));
        int kept = Math.min(rank, width);
        double[][] out = new double[rows][kept];
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < kept; k++) {
                double s = 0;
                for (int j = 0; j < width; j++) s += q[r][j] * eigenvectors[j][order[k]];
                out[r][k] = s;
            }
        }
        return out;
    }

    /** The matrix times a dense one ({@code columns.length} x width): rows x width. */
    private static double[][] times(Column[] columns, int rows, double[][] dense) {
        int width = dense[0].length;
        double[][] out = new double[rows][width];
        for (int c = 0; c < columns.length; c++) {
            Column col = columns[c];
            double[] d = dense[c];
            for (int k = 0; k < col.rows().length; k++) {
                double[] target = out[col.rows()[k]];
                double v = col.values()[k];
                for (int j = 0; j < width; j++) target[j] += v * d[j];
            }
        }
        return out;
    }

    /** The matrix transposed times a dense one (rows x width): {@code columns.length} x width. */
    private static double[][] transposeTimes(Column[] columns, double[][] dense) {
        int width = dense[0].length;
        double[][] out = new double[columns.length][width];
        for (int c = 0; c < columns.length; c++) {
            Column col = columns[c];
            double[] target = out[c];
            for (int k = 0; k < col.rows().length; k++) {
                double[] d = dense[col.rows()[k]];
                double v = col.values()[k];
                for (int j = 0; j < width; j++) target[j] += v * d[j];
            }
        }
        return out;
    }

    /** The columns of a tall matrix made orthonormal in place (Gram-Schmidt, twice over for round-off); returns it. */
    static double[][] orthonormal(double[][] m) {
        int width = m[0].length;
        for (int k = 0; k < width; k++) {
            for (int pass = 0; pass < 2; pass++) {
                for (int j = 0; j < k; j++) {
                    double dot = 0;
                    for (double[] row : m) dot += row[k] * row[j];
                    for (double[] row : m) row[k] -= dot * row[j];
                }
            }
            double norm = 0;
            for (double[] row : m) norm += row[k] * row[k];
            norm = Math.sqrt(norm);
            for (double[] row : m) row[k] = norm == 0 ? 0 : row[k] / norm;
        }
        return m;
    }

    /**
     * Eigenvalues of a symmetric matrix (destroyed) by cyclic Jacobi rotations; {@code vectors} receives the
     * eigenvectors as columns.
     */
    static double[] jacobi(double[][] a, double[][] vectors) {
        int n = a.length;
        for (int i = 0; i < n; i++) vectors[i][i] = 1;
        double total = 0;
        for (double[] row : a) for (double x : row) total += x * x;
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double off = 0;
            for (int p = 0; p < n; p++) for (int q = p + 1; q < n; q++) off += a[p][q] * a[p][q];
            if (off <= JACOBI_TOLERANCE * total) break;
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (a[p][q] == 0) continue;
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = vectors[k][p];
                        double vkq = vectors[k][q];
                        vectors[k][p] = c * vkp - s * vkq;
                        vectors[k][q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) values[i] = a[i][i];
        return values;
    }
}
