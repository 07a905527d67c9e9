// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A list the API answers, as CSV: one column per key its rows hold (in the order they first appear), a list of plain
 * values as one cell joined by "; ", anything nested as its JSON.
 */
final class Export {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Export() {}

    static String csv(List<Map<String, Object>> rows) {
        Set<String> columns = new LinkedHashSet<>();
        for (Map<String, Object> row : rows) columns.addAll(row.keySet());
        List<List<String>> lines = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            List<String> line = new ArrayList<>();
            for (String c : columns) line.add(cell(row.get(c)));
            lines.add(line);
        }
        return Csv.write(List.copyOf(columns), lines);
    }

    private static String cell(Object value) {
        if (value == null) return "";
        if (value instanceof Collection<?> list && list.stream().allMatch(v -> v instanceof String || v instanceof Number)) {
            return list.stream().map(String::valueOf).collect(Collectors.joining("; "));
        }
        if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
            try {
                return JSON.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        return value.toString();
    }
}
