// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.veille.analyze.AnalyzedArticle;
import org.veille.analyze.Entity;
import org.veille.analyze.Quotation;
import org.veille.extract.Article;
import org.veille.extract.PageType;
import org.veille.extract.Provenance;
import org.veille.link.StoryLinker;

/**
 * The JSON form of an analyzed article: a public contract that other tools read, so its field names, their
 * order and the way nulls are written do not change.
 *
 * <p>One object per line, fields in this order: {@code id, source, url, outlet, title, published, authors,
 * language, page_type, text, provenance, entities, quotes, story, thread, repeats, republication_of, fetched,
 * previous_version}. Every field is present,
 * null when unknown, except {@code title} and {@code language} inside a provenance entry, which are left out when null. Enum values are
 * written with their {@code jsonName()} ({@code translated_from}, {@code direct}); entity types as
 * {@code PER, ORG, LOC, MISC}. A line written before {@code page_type} existed reads as an article's; one written
 * before {@code fetched} and {@code previous_version} existed, as a first version read from a file.
 *
 * <p>Thread-safe: one instance can be shared by any number of threads; it holds one Jackson mapper that is
 * configured once and never changed.
 */
public final class ArticleJson {
    private final JsonMapper mapper = JsonMapper.builder().build();

    /** The article and its story as one line of JSON; it republishes nothing known. */
    public String toJson(AnalyzedArticle analyzed, String story) {
        return write(new StoredArticle(analyzed, story), List.of());
    }

    /** What the store keeps of an article as one line of JSON. */
    public String toJson(StoredArticle stored) {
        return write(stored, List.of());
    }

    /**
     * The article, its story and the statement of each of its quotations (in the order of
     * {@code analyzed.quotes()}; a missing or null entry is written as null) as one line of JSON.
     */
    public String toJson(AnalyzedArticle analyzed, String story, List<String> statements) {
        return toJson(new StoredArticle(analyzed, story), statements);
    }

    /** The article, where the link stage placed it, and the statement of each of its quotations, as one line of JSON. */
    public String toJson(StoredArticle stored, List<String> statements) {
        return write(stored, statements);
    }

    private String write(StoredArticle stored, List<String> statements) {
        AnalyzedArticle analyzed = stored.analyzed();
        Article a = analyzed.article();
        ObjectNode o = mapper.createObjectNode();
        o.put("id", a.id());
        o.put("source", a.source());
        o.put("url", a.url());
        o.put("outlet", a.outlet());
        o.put("title", a.title());
        o.put("published", a.published());
        ArrayNode authors = o.putArray("authors");
        a.authors().forEach(authors::add);
        o.put("language", a.language());
        o.put("page_type", a.pageType().jsonName());
        o.put("text", a.text());
        ArrayNode provenance = o.putArray("provenance");
        for (Provenance p : a.provenance()) {
            ObjectNode n = provenance.addObject();
            n.put("relation", p.relation().jsonName());
            n.put("name", p.name());
            if (p.title() != null) {
                n.put("title", p.title());
            }
            if (p.language() != null) {
                n.put("language", p.language());
            }
        }
        ArrayNode entities = o.putArray("entities");
        for (Entity e : analyzed.entities()) {
            ObjectNode n = entities.addObject();
            n.put("text", e.text());
            n.put("type", e.type().name());
            n.put("canonical", e.canonical());
            n.put("start", e.start());
            n.put("end", e.end());
        }
        ArrayNode quotes = o.putArray("quotes");
        for (int i = 0; i < analyzed.quotes().size(); i++) {
            Quotation q = analyzed.quotes().get(i);
            ObjectNode n = quotes.addObject();
            n.put("text", q.text());
            n.put("speaker", q.speaker());
            n.put("speaker_text", q.speakerText());
            n.put("kind", q.kind().jsonName());
            n.put("venue", q.venue());
            n.put("start", q.start());
            n.put("end", q.end());
            n.put("statement", i < statements.size() ? statements.get(i) : null);
        }
        o.put("story", stored.story());
        o.put("thread", stored.thread());
        if (stored.repeats() == null) {
            o.putNull("repeats");
        } else {
            o.putObject("repeats").put("of", stored.repeats().of()).put("similarity", Math.round(stored.repeats().similarity() * 100) / 100.0);
        }
        o.put("republication_of", stored.republicationOf());
        o.put("fetched", stored.fetched());
        o.put("previous_version", stored.previousVersion());
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write article " + a.id(), e);
        }
    }

    /**
     * Reads what {@link #toJson} wrote.
     *
     * @throws IllegalArgumentException when {@code json} is not an article in this form
     */
    public StoredArticle fromJson(String json) {
        JsonNode o;
        try {
            o = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (o == null || !o.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        try {
            Article article = new Article(
                    text(o, "id"), text(o, "source"), text(o, "url"), text(o, "outlet"), text(o, "title"),
                    text(o, "published"), list(o, "authors", JsonNode::textValue), text(o, "language"),
                    text(o, "text"), list(o, "provenance", p -> new Provenance(
                            Provenance.Relation.valueOf(upper(text(p, "relation"))),
                            text(p, "name"), text(p, "title"), text(p, "language"))),
                    o.hasNonNull("page_type") ? PageType.valueOf(upper(text(o, "page_type"))) : PageType.ARTICLE);
            List<Entity> entities = list(o, "entities", e -> new Entity(
                    text(e, "text"), Entity.Type.valueOf(text(e, "type")), text(e, "canonical"),
                    e.path("start").asInt(), e.path("end").asInt()));
            List<Quotation> quotes = list(o, "quotes", q -> new Quotation(
                    text(q, "text"), text(q, "speaker"), text(q, "speaker_text"),
                    Quotation.Kind.valueOf(upper(text(q, "kind"))),
                    q.path("start").asInt(), q.path("end").asInt(), text(q, "venue")));
            JsonNode repeats = o.path("repeats");
            return new StoredArticle(new AnalyzedArticle(article, entities, quotes), text(o, "story"), text(o, "thread"),
                    repeats.isObject() ? new StoryLinker.Repeat(text(repeats, "of"), repeats.path("similarity").asDouble()) : null,
                    text(o, "republication_of"), text(o, "fetched"), text(o, "previous_version"));
        } catch (NullPointerException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an article: " + e.getMessage(), e);
        }
    }

    /**
     * Where the link stage placed an article, read from its JSON without building the article.
     *
     * @param published as written, or null
     */
    public record Placement(String id, String published, String story, String thread) {}

    /**
     * Reads {@link Placement}'s fields of what {@link #toJson} wrote, skipping the text, entities and quotations
     * unread: linking a new article reads this for every stored article of its neighbourhood.
     *
     * @throws IllegalArgumentException when {@code json} is not a JSON object
     */
    public Placement placement(String json) {
        Map<String, String> v = scalars(json, PLACEMENT_FIELDS);
        return new Placement(v.get("id"), v.get("published"), v.get("story"), v.get("thread"));
    }

    private static final Set<String> PLACEMENT_FIELDS = Set.of("id", "published", "story", "thread");

    /** What a search hit shows of an article, read from its JSON without building the article. */
    public record Listed(String id, String title, String outlet, String published, String language, String text, String story) {}

    /**
     * Reads {@link Listed}'s fields of what {@link #toJson} wrote, skipping the entities, quotations and provenance
     * unread: a page of search hits reads this for each hit.
     *
     * @throws IllegalArgumentException when {@code json} is not a JSON object
     */
    public Listed listed(String json) {
        Map<String, String> v = scalars(json, LISTED_FIELDS);
        return new Listed(v.get("id"), v.get("title"), v.get("outlet"), v.get("published"), v.get("language"),
                v.getOrDefault("text", ""), v.get("story"));
    }

    private static final Set<String> LISTED_FIELDS = Set.of("id", "title", "outlet", "published", "language", "text", "story");

    /**
     * The wanted top-level text fields of what {@link #toJson} wrote, read as a stream: objects and arrays (entities,
     * quotations, provenance) are skipped unread, and a field that is null is left out.
     *
     * @throws IllegalArgumentException when {@code json} is not a JSON object
     */
    private Map<String, String> scalars(String json, Set<String> wanted) {
        Map<String, String> out = new HashMap<>();
        try (JsonParser p = mapper.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IllegalArgumentException("not a JSON object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    p.skipChildren();
                } else if (value != JsonToken.VALUE_NULL && wanted.contains(field)) {
                    out.put(field, p.getText());
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
        return out;
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private static <T> List<T> list(JsonNode o, String field, Function<JsonNode, T> read) {
        List<T> out = new ArrayList<>();
        o.path(field).forEach(n -> out.add(read.apply(n)));
        return out;
    }
}
