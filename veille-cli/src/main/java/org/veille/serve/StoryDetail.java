// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.veille.extract.Article;
import org.veille.extract.ArticleIdentity;
import org.veille.extract.Provenance;
import org.veille.link.StoryLinker;
import org.veille.link.TextChanges;
import org.veille.store.ArticleStore;
import org.veille.store.Story;
import org.veille.store.StoredArticle;

/**
 * One story in detail, as {@code story ID} prints it and {@code /api/stories/ID} answers: its summary, its
 * articles by date, the provenance graph (who repeats, translates or credits whom) and what each near copy
 * added, cut or changed against its source.
 *
 * @param summary the story's summary ({@code stories} prints the same)
 * @param story   the story with its articles, oldest first
 * @param edges   the provenance graph
 * @param derived each near copy with its changes
 */
public record StoryDetail(StorySummary summary, Story story, List<Edge> edges, List<Derived> derived) {

    /** The relation of an article to the earlier one whose text it repeats ({@link StoredArticle#repeats()}). */
    public static final String REPEATS = "repeats";
    /** The relation of an article to the first stored one with the same text from elsewhere. */
    public static final String REPUBLICATION_OF = "republication_of";

    /**
     * One edge of the provenance graph: {@code from} relates to {@code to}, an article of the store, or to a
     * credited {@code name} (an outlet, agency or translator), or both when the credited outlet has an article in
     * the story.
     *
     * @param similarity for {@link #REPEATS}, the share of word sequences in common; else null
     */
    public record Edge(String from, String relation, String to, String name, Double similarity) {}

    /** What a near copy changed against the article it repeats. */
    public record Derived(String article, String source, TextChanges.Changes changes) {}

    /** The detail of a story; sources of near copies outside the story are read from {@code articles}. */
    public static StoryDetail of(Story story, ArticleStore articles, TextChanges textChanges) {
        return new StoryDetail(StorySummary.of(story), story, edges(story), derived(story, articles, textChanges));
    }

    /**
     * The provenance graph: each near copy to what it repeats, each copy of a text to its first stored copy, and
     * each credit the extract stage read (translated from, translated by, republished from, source, cites) to the
     * name it credits and, when the story holds it, that article.
     */
    private static List<Edge> edges(Story story) {
        List<Edge> edges = new ArrayList<>();
        for (StoredArticle a : story.articles()) {
            StoryLinker.Repeat repeat = a.repeats();
            if (repeat != null) edges.add(new Edge(a.id(), REPEATS, repeat.of(), null, repeat.similarity()));
            if (a.republicationOf() != null) edges.add(new Edge(a.id(), REPUBLICATION_OF, a.republicationOf(), null, null));
            for (Provenance p : a.analyzed().article().provenance()) {
                String to = p.relation() == Provenance.Relation.TRANSLATED_BY ? null : creditedArticle(p, a, story);
                edges.add(new Edge(a.id(), p.relation().jsonName(), to, p.name(), null));
            }
        }
        return edges;
    }

    /**
     * The story's article a credit names: the oldest other one with the credited title, else the oldest other one
     * from the credited outlet (both compared ignoring case and spacing); null when the story holds none.
     */
    public static String creditedArticle(Provenance credit, StoredArticle crediting, Story story) {
        String byTitle = oldestOther(story, crediting, credit.title(), Article::title);
        return byTitle != null ? byTitle : oldestOther(story, crediting, credit.name(), Article::outlet);
    }

    /** The oldest article of the story but {@code crediting} whose field reads {@code wanted}, or null. */
    private static String oldestOther(Story story, StoredArticle crediting, String wanted, Function<Article, String> field) {
        if (wanted == null) return null;
        for (StoredArticle other : story.articles()) {
            String value = field.apply(other.analyzed().article());
            if (other != crediting && value != null && sameWords(value, wanted)) return other.id();
        }
        return null;
    }

    private static boolean sameWords(String a, String b) {
        return ArticleIdentity.normalize(a).toLowerCase(Locale.ROOT).equals(ArticleIdentity.normalize(b).toLowerCase(Locale.ROOT));
    }

    /** Each near copy of the story with what it changed against its source (read from the store when elsewhere). */
    private static List<Derived> derived(Story story, ArticleStore articles, TextChanges textChanges) {
        Map<String, StoredArticle> byId = new HashMap<>();
        for (StoredArticle a : story.articles()) byId.put(a.id(), a);
        List<Derived> derived = new ArrayList<>();
        for (StoredArticle a : story.articles()) {
            if (a.repeats() == null) continue;
            String sourceId = a.repeats().of();
            Optional<StoredArticle> source = Optional.ofNullable(byId.get(sourceId)).or(() -> articles.get(sourceId));
            source.ifPresent(s -> derived.add(new Derived(a.id(), sourceId,
                    textChanges.compare(s.analyzed().article().text(), a.analyzed().article().text()))));
        }
        return derived;
    }

    /** The story as one JSON object: the summary's fields, {@code timeline}, {@code provenance} and {@code changes}. */
    public Map<String, Object> row() {
        Map<String, Object> row = summary.row();
        row.remove("articles"); // the timeline lists them
        List<Map<String, Object>> timeline = new ArrayList<>();
        for (StoredArticle a : story.articles()) {
            Article ar = a.analyzed().article();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id());
            m.put("published", ar.published());
            m.put("outlet", ar.outlet());
            m.put("language", ar.language());
            m.put("title", ar.title());
            timeline.add(m);
        }
        row.put("timeline", timeline);
        List<Map<String, Object>> graph = new ArrayList<>();
        for (Edge e : edges) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", e.from());
            m.put("relation", e.relation());
            m.put("to", e.to());
            m.put("name", e.name());
            m.put("similarity", e.similarity());
            graph.add(m);
        }
        row.put("provenance", graph);
        List<Map<String, Object>> changes = new ArrayList<>();
        for (Derived d : derived) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("article", d.article());
            m.put("source", d.source());
            m.putAll(ChangeRows.of(d.changes()));
            changes.add(m);
        }
        row.put("changes", changes);
        return row;
    }
}
