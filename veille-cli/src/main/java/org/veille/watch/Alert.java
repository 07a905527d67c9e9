// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.watch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Something that moved in a topic, with the articles that show it.
 *
 * @param id       stable across runs: the same event is one alert ({@link TopicAlerts} never raises an id twice)
 * @param kind     what moved
 * @param topic    the topic's name
 * @param at       when it was raised
 * @param title    one line saying what moved (captured text inside: escape it where it is shown)
 * @param story    the story concerned, or null
 * @param evidence the articles that show it
 */
public record Alert(String id, Kind kind, String topic, Instant at, String title, String story, List<Evidence> evidence) {

    /** What an alert tells. */
    public enum Kind {
        /** A story's coverage grows fast against its own baseline: outlets per hour. */
        SURGE("surge"),
        /** A watched person said something the topic had not printed before. */
        STATEMENT("statement"),
        /** An outlet the story had not had picks it up. */
        NEW_OUTLET("new_outlet"),
        /** A language the story had not been told in picks it up. */
        NEW_LANGUAGE("new_language"),
        /** A watched person's statement printed again with a number replaced or its negation dropped or added. */
        MEANING_CHANGED("meaning_changed");

        public final String jsonName;

        Kind(String jsonName) {
            this.jsonName = jsonName;
        }

        static Kind of(String jsonName) {
            for (Kind k : values()) if (k.jsonName.equals(jsonName)) return k;
            throw new IllegalArgumentException("no alert kind " + jsonName);
        }
    }

    /** One article an alert rests on. */
    public record Evidence(String article, String url, String outlet, String language) {}

    public Alert {
        evidence = List.copyOf(evidence);
    }

    /** The alert as JSON fields: {@code id, kind, topic, at, title, story, evidence} ({@code article, url, outlet, language}). */
    public Map<String, Object> row() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("kind", kind.jsonName);
        row.put("topic", topic);
        row.put("at", at.toString());
        row.put("title", title);
        row.put("story", story);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Evidence e : evidence) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("article", e.article());
            m.put("url", e.url());
            m.put("outlet", e.outlet());
            m.put("language", e.language());
            list.add(m);
        }
        row.put("evidence", list);
        return row;
    }
}
