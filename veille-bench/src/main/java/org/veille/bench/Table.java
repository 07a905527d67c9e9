// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A plain-text table: the first column left-aligned, the others right-aligned, two spaces between. */
final class Table {

    private final List<String[]> rows = new ArrayList<>();

    Table(String... header) {
        rows.add(header);
    }

    Table row(Object... cells) {
        rows.add(Arrays.stream(cells).map(String::valueOf).toArray(String[]::new));
        return this;
    }

    void print(PrintWriter out) {
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) widths[i] = Math.max(widths[i], row[i].length());
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                if (i > 0) line.append("  ");
                String pad = " ".repeat(widths[i] - row[i].length());
                line.append(i == 0 ? row[i] + pad : pad + row[i]);
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }

    /** A ratio with 3 decimals, "n/a" when undefined. */
    static String ratio(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    /** A speed without decimals, "-" when not measured. */
    static String speed(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.0f", value);
    }

    /** correct/total and the accuracy. */
    static String tally(Tally t) {
        return t.correct() + "/" + t.total() + " " + ratio(t.accuracy());
    }
}
