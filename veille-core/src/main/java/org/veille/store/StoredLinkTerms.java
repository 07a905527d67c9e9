// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import org.veille.link.LinkTerms;

/** The stored form of an article's {@link LinkTerms}: one small JSON object, so linking never re-reads texts. */
final class StoredLinkTerms {
    private static final ObjectMapper MAPPER = new ObjectMapper();

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

    /** The terms, or null when the text is not what {@link #write} wrote. */
    static LinkTerms read(String text) {
        try {
            JsonNode o = MAPPER.readTree(text);
            int[] shingles = new int[o.path("m").size()];
            for (int k = 0; k < shingles.length; k++) shingles[k] = o.path("m").get(k).asInt();
            Map<String, Double> english = new HashMap<>(); // absent from a store written before projections were kept
            o.path("e").fields().forEachRemaining(e -> english.put(e.getKey(), e.getValue().asDouble()));
            return new LinkTerms(o.path("l").asText(null), counts(o.path("w")), counts(o.path("i")), english, shingles);
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }

    private static Map<String, Integer> counts(JsonNode node) {
        Map<String, Integer> out = new HashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asInt()));
        return out;
    }
}
