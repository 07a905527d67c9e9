// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.serve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Articles per day of a search, split by outlet or language (or not at all): the attention a subject got.
 *
 * @param by   "outlet", "language", or "all"
 * @param days each day that has articles, in order, with its counts per key (one key, "", when not split)
 */
record Attention(String by, SortedMap<LocalDate, Map<String, Integer>> days) {

    /** One day's row: {@code day, total, counts}. */
    List<Map<String, Object>> rows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        days.forEach((day, counts) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("day", day.toString());
            row.put("total", counts.values().stream().mapToInt(Integer::intValue).sum());
            if (!by.equals("all")) row.put("counts", counts);
            rows.add(row);
        });
        return rows;
    }

    /** The days' totals, keys added up. */
    static SortedMap<LocalDate, Integer> totals(SortedMap<LocalDate, Map<String, Integer>> days) {
        SortedMap<LocalDate, Integer> out = new TreeMap<>();
        days.forEach((day, counts) -> out.put(day, counts.values().stream().mapToInt(Integer::intValue).sum()));
        return out;
    }

    /** Day totals as rows {@code day, count}. */
    static List<Map<String, Object>> dayRows(SortedMap<LocalDate, Integer> days) {
        List<Map<String, Object>> rows = new ArrayList<>();
        days.forEach((day, n) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("day", day.toString());
            row.put("count", n);
            rows.add(row);
        });
        return rows;
    }
}
