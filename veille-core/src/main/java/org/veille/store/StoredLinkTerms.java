// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.veille.link.LinkTerms;

/** The stored form of an article's {@link LinkTerms}: one small JSON object, so linking never re-reads texts. */
final class StoredLinkTerms {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory READER = JsonFactory.builder().disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build();

    private StoredLinkTerms() {}

    static String write(LinkTerms terms) {
        ObjectNode o = MAPPER.createObjectNode();
        if (terms.language() != null) o.put("l", terms.language());
        ObjectNode w = o.putObject("w");
        terms.words().forEach(w::put);
        ObjectNode i = o.putObject("i");
        terms.identities().forEach(i::put);
        ObjectNode english = o.putObject("e");
        terms.english().forEach((term, count) -> english.put(term, (float) count.doubleValue()));
        var m = o.putArray("m");
        for (int x : terms.shingles()) m.add(x);
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write link terms", e);
        }
    }

    /**
     * The terms, or null when the text is not what {@link #write} wrote. Read as a stream, field names not
     * canonicalized: the names are the terms, tens of thousands of distinct ones across a neighbourhood, and a
     * symbol table of them costs more than it saves.
     */
    static LinkTerms read(String text) {
        try (JsonParser p = READER.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return null;
            String language = null;
            Map<String, Integer> words = Map.of(), identities = Map.of();
            Map<String, Double> english = new HashMap<>(); // absent from a store written before projections were kept
            int[] shingles = new int[0];
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "l" -> language = value == JsonToken.VALUE_NULL ? null : p.getText();
                    case "w" -> words = terms(p, JsonParser::getIntValue);
                    case "i" -> identities = terms(p, JsonParser::getIntValue);
                    case "e" -> english = terms(p, JsonParser::getDoubleValue);
                    case "m" -> shingles = numbers(p);
                    default -> p.skipChildren();
                }
            }
            return new LinkTerms(language, words, identities, english, shingles);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The value a term maps to, read at the parser's current token. */
    private interface Value<V> {
        V read(JsonParser p) throws IOException;
    }

    /** An object of terms, each to its value. */
    private static <V> Map<String, V> terms(JsonParser p, Value<V> value) throws IOException {
        Map<String, V> out = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String term = p.currentName();
            p.nextToken();
            out.put(term, value.read(p));
        }
        return out;
    }

    private static int[] numbers(JsonParser p) throws IOException {
        int[] out = new int[16];
        int n = 0;
        while (p.nextToken() == JsonToken.VALUE_NUMBER_INT) {
            if (n == out.length) out = Arrays.copyOf(out, 2 * n);
            out[n++] = p.getIntValue();
        }
        return Arrays.copyOf(out, n);
    }
}
