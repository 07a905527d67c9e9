// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request's query-string parameters, percent-decoded, each with all its values in order ({@code outlet=A&outlet=B}),
 * and their checked readings: a bad value is a {@link Refusal} with status 400 that says what is expected.
 */
final class Params {

    /** The longest query string read: a long boolean query fits, a request meant to exhaust memory does not. */
    static final int MAX_QUERY_CHARS = 16_384;
    /** The most items a list answers at once; {@code limit} asks for fewer. */
    static final int MAX_LIMIT = 1_000;
    /** The deepest page: results past it are reached by narrowing the search, not by paging through everything. */
    static final int MAX_OFFSET = 10_000;

    private final Map<String, List<String>> values;

    private Params(Map<String, List<String>> values) {
        this.values = values;
    }

    /** The parameters of a raw (still percent-encoded) query string; null or empty for none. */
    static Params parse(String raw) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) return new Params(params);
        if (raw.length() > MAX_QUERY_CHARS) throw new Refusal(414, "the query string is too long");
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            try {
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException e) {
                throw new Refusal(400, "the query string is not percent-encoded correctly");
            }
        }
        return new Params(params);
    }

    /** The first value of {@code name}, or null. */
    String first(String name) {
        List<String> v = values.get(name);
        return v == null ? null : v.getFirst();
    }

    /** The first value of {@code name}, or {@code otherwise}. */
    String first(String name, String otherwise) {
        String v = first(name);
        return v == null ? otherwise : v;
    }

    /** Every non-blank value of {@code name}, in order. */
    List<String> all(String name) {
        return values.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).toList();
    }

    /** {@code limit=}: from 1 to {@link #MAX_LIMIT}, {@code otherwise} when absent. */
    int limit(int otherwise) {
        return number("limit", otherwise, 1, MAX_LIMIT);
    }

    /** {@code offset=}: from 0 to {@link #MAX_OFFSET}, 0 when absent. */
    int offset() {
        return number("offset", 0, 0, MAX_OFFSET);
    }

    private int number(String name, int otherwise, int min, int max) {
        String value = first(name);
        if (value == null || value.isBlank()) return otherwise;
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // told below
        }
        throw new Refusal(400, name + " must be a whole number from " + min + " to " + max);
    }

    /** A day ({@code 2020-07-01}), or null when absent. */
    LocalDate day(String name) {
        String value = first(name);
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new Refusal(400, name + " must be a day written 2020-07-01");
        }
    }

    /** One of {@code allowed} (the first is the default), compared ignoring case. */
    String choice(String name, String... allowed) {
        String value = first(name);
        if (value == null || value.isBlank()) return allowed[0];
        for (String a : allowed) if (a.equalsIgnoreCase(value.trim())) return a;
        throw new Refusal(400, name + " must be one of " + String.join(", ", allowed));
    }
}
