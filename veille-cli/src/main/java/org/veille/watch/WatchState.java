// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the watcher knows of each source, kept in the store's folder ({@value #FILE}) and written whole and atomically
 * (a temporary file, synced, renamed over the old one, the folder synced), so a kill at any moment leaves the last
 * state or the new one: per source its validators (ETag, Last-Modified), first poll, last success, last error, pages
 * fetched, articles added, and the items already done (the last {@value #MAX_REMEMBERED}; older ones the store answers
 * for), each with when its feed said it changed and its page's validators, so that an edited article is fetched again,
 * conditionally, only when its feed says it changed. An item is marked done only after the store commit that holds its article. Thread-safe.
 */
public final class WatchState {

    public static final String FILE = "watch-state.json";
    /** Done addresses kept per source; one fallen out is still found in the store ({@code ArticleStore.hasSource}). */
    static final int MAX_REMEMBERED = 20_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One source's health, as {@code veille sources} shows it. Times may be null (never). */
    public record Health(String url, Instant firstPoll, Instant lastPoll, Instant lastSuccess, String lastError,
                         Instant lastErrorAt, long itemsFetched, long articles) {

        /** Articles added per day since the first poll (a day at least). */
        public double articlesPerDay(Instant now) {
            if (firstPoll == null) return 0;
            double days = Math.max(1.0, Duration.between(firstPoll, now).toSeconds() / 86_400.0);
            return articles / days;
        }
    }

    private static final class Source {
        String etag, lastModified, lastError;
        Instant firstPoll, lastPoll, lastSuccess, lastErrorAt;
        long itemsFetched, articles;
        /** Done items by address, the oldest first. */
        final Map<String, Item> done = new LinkedHashMap<>();
    }

    /**
     * What is known of an item done: when its feed said it last changed (as written there), and its page's validators
     * when it was fetched; each may be null.
     */
    record Item(String changed, String etag, String lastModified) {
        static final Item UNKNOWN = new Item(null, null, null);
    }

    private final Path file;
    private final Map<String, Source> sources = new LinkedHashMap<>();

    private WatchState(Path file) {
        this.file = file;
    }

    /**
     * The state kept in {@code storeDir}, or an empty one when there is none yet.
     *
     * @throws IOException when the file cannot be read or is not a state Veille wrote
     */
    public static WatchState load(Path storeDir) throws IOException {
        WatchState state = new WatchState(storeDir.resolve(FILE));
        Optional<JsonNode> read = AtomicFile.readJson(state.file, "a watch state");
        if (read.isEmpty()) return state;
        JsonNode list = read.get().get("sources");
        if (list == null || !list.isArray()) throw new IOException(state.file + ": not a watch state (no \"sources\" list)");
        for (JsonNode n : list) {
            Source s = new Source();
            s.etag = text(n, "etag");
            s.lastModified = text(n, "last_modified");
            s.lastError = text(n, "last_error");
            s.firstPoll = time(n, "first_poll");
            s.lastPoll = time(n, "last_poll");
            s.lastSuccess = time(n, "last_success");
            s.lastErrorAt = time(n, "last_error_at");
            s.itemsFetched = n.path("items_fetched").asLong();
            s.articles = n.path("articles").asLong();
            for (JsonNode d : n.path("done")) { // a plain address: a state written before items had dates
                if (d.isTextual()) s.done.put(d.asText(), Item.UNKNOWN);
                else s.done.put(d.path("url").asText(), new Item(text(d, "changed"), text(d, "etag"), text(d, "last_modified")));
            }
            state.sources.put(n.path("url").asText(), s);
        }
        return state;
    }

    /** Each source's health, in the order they were first polled. */
    public synchronized List<Health> health() {
        List<Health> all = new ArrayList<>();
        sources.forEach((url, s) -> all.add(new Health(url, s.firstPoll, s.lastPoll, s.lastSuccess, s.lastError,
                s.lastErrorAt, s.itemsFetched, s.articles)));
        return all;
    }

    /** The source's validators, ETag then Last-Modified, each null when unknown. */
    synchronized String[] validators(String url) {
        Source s = sources.get(url);
        return s == null ? new String[2] : new String[] {s.etag, s.lastModified};
    }

    /** What is known of a done item of the source, or null when it is not done. */
    synchronized Item done(String url, String item) {
        Source s = sources.get(url);
        return s == null ? null : s.done.get(item);
    }

    /** A poll of the source began. */
    synchronized void polling(String url, Instant at) {
        Source s = sources.computeIfAbsent(url, u -> new Source());
        if (s.firstPoll == null) s.firstPoll = at;
        s.lastPoll = at;
    }

    /** Items are done: fetched (or refused for good) and, when they gave articles, committed to the store. */
    synchronized void markDone(String url, Map<String, Item> items, int fetched, int articles) {
        Source s = sources.computeIfAbsent(url, u -> new Source());
        items.forEach((address, item) -> {
            s.done.remove(address);
            s.done.put(address, item); // the newest last
        });
        for (Iterator<String> oldest = s.done.keySet().iterator(); s.done.size() > MAX_REMEMBERED; ) {
            oldest.next();
            oldest.remove();
        }
        s.itemsFetched += fetched;
        s.articles += articles;
    }

    /** A poll ended well; the validators are kept when given (null: the ones before are kept). */
    synchronized void succeeded(String url, Instant at, String etag, String lastModified, boolean newValidators) {
        Source s = sources.computeIfAbsent(url, u -> new Source());
        s.lastSuccess = at;
        s.lastError = null;
        s.lastErrorAt = null;
        if (newValidators) {
            s.etag = etag;
            s.lastModified = lastModified;
        }
    }

    synchronized void failed(String url, Instant at, String reason) {
        Source s = sources.computeIfAbsent(url, u -> new Source());
        s.lastError = reason;
        s.lastErrorAt = at;
    }

    /** Writes the state: a temporary file, synced, renamed over the old one; then the folder synced. */
    synchronized void save() throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("sources");
        sources.forEach((url, s) -> {
            ObjectNode n = list.addObject();
            n.put("url", url);
            n.put("etag", s.etag);
            n.put("last_modified", s.lastModified);
            n.put("first_poll", string(s.firstPoll));
            n.put("last_poll", string(s.lastPoll));
            n.put("last_success", string(s.lastSuccess));
            n.put("last_error", s.lastError);
            n.put("last_error_at", string(s.lastErrorAt));
            n.put("items_fetched", s.itemsFetched);
            n.put("articles", s.articles);
            ArrayNode done = n.putArray("done");
            s.done.forEach((address, item) -> done.addObject().put("url", address).put("changed", item.changed())
                    .put("etag", item.etag()).put("last_modified", item.lastModified()));
        });
        AtomicFile.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Instant time(JsonNode n, String key) throws IOException {
        String t = text(n, key);
        try {
            return t == null ? null : Instant.parse(t);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IOException("not a watch state (bad time in \"" + key + "\")");
        }
    }

    private static String string(Instant t) {
        return t == null ? null : t.toString();
    }
}
