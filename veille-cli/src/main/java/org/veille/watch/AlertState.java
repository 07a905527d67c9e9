// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the alert rules remember per topic ({@link TopicAlerts.Memory}) and each topic's latest alerts (its feed's
 * entries, the newest {@value #FEED_ENTRIES}), kept in the store's folder ({@value #FILE}), written whole and atomically.
 */
final class AlertState {

    static final String FILE = "alerts-state.json";
    /** Alerts a topic's feed holds. */
    static final int FEED_ENTRIES = 50;
    /** Statements and surges remembered per topic; an older one raised again is an old alert come back, rare. */
    static final int MAX_REMEMBERED = 20_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Map<String, TopicAlerts.Memory> memories = new LinkedHashMap<>();
    private final Map<String, List<Alert>> recent = new LinkedHashMap<>();

    private AlertState(Path file) {
        this.file = file;
    }

    static AlertState load(Path storeDir) throws IOException {
        AlertState state = new AlertState(storeDir.resolve(FILE));
        Optional<JsonNode> read = AtomicFile.readJson(state.file, "an alert state");
        if (read.isEmpty()) return state;
        JsonNode root = read.get();
        try {
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("topics").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> t = it.next();
                TopicAlerts.Memory m = state.memory(t.getKey());
                JsonNode n = t.getValue();
                m.started = n.path("started").asBoolean();
                n.path("outlets").fields().forEachRemaining(e -> e.getValue().forEach(v -> m.outlets.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).add(v.asText())));
                n.path("languages").fields().forEachRemaining(e -> e.getValue().forEach(v -> m.languages.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).add(v.asText())));
                n.path("statements").forEach(v -> m.statements.add(v.asText()));
                n.path("surges").forEach(v -> m.surges.add(v.asText()));
                List<Alert> alerts = state.recent(t.getKey());
                for (JsonNode a : n.path("recent")) alerts.add(alert(a));
            }
        } catch (RuntimeException e) {
            throw new IOException(state.file + ": not an alert state (" + e.getMessage() + ")");
        }
        return state;
    }

    TopicAlerts.Memory memory(String topic) {
        return memories.computeIfAbsent(topic, t -> new TopicAlerts.Memory());
    }

    /** The topic's latest alerts, the newest first. */
    List<Alert> recent(String topic) {
        return recent.computeIfAbsent(topic, t -> new ArrayList<>());
    }

    /** Adds new alerts to the topic's latest, the newest first, keeping {@value #FEED_ENTRIES}. */
    void raised(String topic, List<Alert> alerts) {
        List<Alert> list = recent(topic);
        list.addAll(0, alerts.reversed());
        while (list.size() > FEED_ENTRIES) list.removeLast();
    }

    void save() throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode topics = root.putObject("topics");
        memories.forEach((name, m) -> {
            ObjectNode n = topics.putObject(name);
            n.put("started", m.started);
            ObjectNode outlets = n.putObject("outlets");
            m.outlets.forEach((story, set) -> set.forEach(outlets.withArray(story)::add));
            ObjectNode languages = n.putObject("languages");
            m.languages.forEach((story, set) -> set.forEach(languages.withArray(story)::add));
            trim(m.statements);
            trim(m.surges);
            m.statements.forEach(n.putArray("statements")::add);
            m.surges.forEach(n.putArray("surges")::add);
            var list = n.putArray("recent");
            recent(name).forEach(a -> list.add(JSON.valueToTree(a.row())));
        });
        AtomicFile.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    private static void trim(Set<String> oldestFirst) {
        for (Iterator<String> it = oldestFirst.iterator(); oldestFirst.size() > MAX_REMEMBERED; ) {
            it.next();
            it.remove();
        }
    }

    private static Alert alert(JsonNode a) {
        List<Alert.Evidence> evidence = new ArrayList<>();
        for (JsonNode e : a.path("evidence")) {
            evidence.add(new Alert.Evidence(text(e, "article"), text(e, "url"), text(e, "outlet"), text(e, "language")));
        }
        return new Alert(text(a, "id"), Alert.Kind.of(text(a, "kind")), text(a, "topic"), Instant.parse(text(a, "at")),
                text(a, "title"), text(a, "story"), evidence);
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

}
