// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reading the sets' JSON gold files: null, missing and list values read leniently. */
final class Gold {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Gold() {
    }

    /** Whether {@code dir} holds an {@code eval.json} and a {@code pages/} folder, as the upstream-derived sets do. */
    static boolean isEvalSet(Path dir) {
        return Files.isRegularFile(dir.resolve("eval.json")) && Files.isDirectory(dir.resolve("pages"));
    }

    /** The first {@code limit} entries (all when 0) of the object in {@code dir/eval.json}, sorted by name. */
    static List<Map.Entry<String, JsonNode>> evalEntries(Path dir, int limit) {
        Path file = dir.resolve("eval.json");
        try {
            Map<String, JsonNode> entries = new TreeMap<>();
            JSON.readTree(file.toFile()).properties().forEach(e -> entries.put(e.getKey(), e.getValue()));
            return first(List.copyOf(entries.entrySet()), limit);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** One JSON line as a tree. */
    static JsonNode line(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("bad JSON line", e);
        }
    }

    /** A text field, or null when missing or null; a list of texts is joined with "; ". */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return null;
        if (value.isArray()) return String.join("; ", strings(node, field));
        return value.asText();
    }

    /** A text field that is present and not blank, else null. */
    static String nonBlank(JsonNode node, String field) {
        String text = text(node, field);
        return text == null || text.isBlank() ? null : text;
    }

    /** A list of texts, empty when missing. */
    static List<String> strings(JsonNode node, String field) {
        List<String> list = new ArrayList<>();
        JsonNode value = node.get(field);
        if (value != null && value.isArray()) value.forEach(v -> list.add(v.asText()));
        return list;
    }

    /** The first {@code limit} entries (all when limit is 0 or less). */
    static <T> List<T> first(List<T> list, int limit) {
        return limit > 0 && limit < list.size() ? list.subList(0, limit) : list;
    }
}
