// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import java.io.IOException;
import java.io.PrintWriter;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "story", mixinStandardHelpOptions = true,
        description = "One story in detail: its summary (as stories prints it), its articles by date, who repeats, translates or credits whom, "
                + "and what each near copy added, cut or changed against its source, sentence by sentence.")
final class StoryCommand extends StoreQuery {

    /** The relation of an article to the earlier one whose text it repeats ({@link StoredArticle#repeats()}). */
    static final String REPEATS = "repeats";
    /** The relation of an article to the first stored one with the same text from elsewhere. */
    static final String REPUBLICATION_OF = "republication_of";

    @Parameters(paramLabel = "ID", description = "The story's id, as printed by stories or in an article's \"story\".")
    String id;

    @Option(names = "--format", description = "jsonl or table (default: ${DEFAULT-VALUE}).", defaultValue = "jsonl")
    OutputFormat format;

    private final TextChanges textChanges = new TextChanges();

    /**
     * One edge of the provenance graph: {@code from} relates to {@code to}, an article of the store, or to a
     * credited {@code name} (an outlet, agency or translator), or both when the credited outlet has an article in
     * the story.
     *
     * @param similarity for {@link #REPEATS}, the share of word sequences in common; else null
     */
    record Edge(String from, String relation, String to, String name, Double similarity) {}

    /** What a near copy changed against the article it repeats. */
    record Derived(String article, String source, TextChanges.Changes changes) {}

    @Override
    int query(ArticleStore articles) throws IOException {
        Optional<Story> found = articles.story(id);
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("veille: no story " + id + " in " + store.dir);
            return Main.Exit.NOTHING_PROCESSED.code;
        }
        Story story = found.get();
        StorySummary summary = StorySummary.of(story);
        List<Edge> edges = edges(story);
        List<Derived> derived = derived(story, articles);
        if (format == OutputFormat.jsonl) {
            printJson(summary, story, edges, derived);
        } else {
            printTable(spec.commandLine().getOut(), summary, story, edges, derived);
        }
        return Main.Exit.OK.code;
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
    static String creditedArticle(Provenance credit, StoredArticle crediting, Story story) {
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
    private List<Derived> derived(Story story, ArticleStore articles) {
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

    private void printJson(StorySummary summary, Story story, List<Edge> edges, List<Derived> derived) throws IOException {
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
            m.put("kept", d.changes().kept());
            m.put("added", d.changes().added());
            m.put("cut", d.changes().cut());
            List<Map<String, Object>> changed = new ArrayList<>();
            for (TextChanges.Change c : d.changes().changed()) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("from", c.from());
                cm.put("to", c.to());
                cm.put("inserted", c.inserted());
                cm.put("removed", c.removed());
                changed.add(cm);
            }
            m.put("changed", changed);
            changes.add(m);
        }
        row.put("changes", changes);
        println(row);
    }

    private static void printTable(PrintWriter out, StorySummary summary, Story story, List<Edge> edges, List<Derived> derived) {
        StoriesCommand.printTable(out, summary);
        out.println();
        out.println("TIMELINE");
        for (StoredArticle a : story.articles()) {
            Article ar = a.analyzed().article();
            String day = ar.publishedDay() == null ? "----------" : ar.publishedDay().toString();
            out.printf("  %s  %s  %-2s  %-20s %s%n", day, a.id(), ar.language() == null ? "-" : ar.language(),
                    StoriesCommand.cell(ar.outlet(), 20), StoriesCommand.cell(ar.title(), 80));
        }
        out.println();
        out.println("PROVENANCE");
        out.printf("  %s first report%n", summary.firstReport());
        for (Edge e : edges) {
            String target = e.to() == null ? StoriesCommand.cell(e.name(), 60)
                    : e.name() == null ? e.to() : e.to() + " (" + StoriesCommand.cell(e.name(), 40) + ")";
            out.printf("  %s %s %s%s%n", e.from(), e.relation(), target,
                    e.similarity() == null ? "" : String.format(Locale.ROOT, " %.2f", e.similarity()));
        }
        for (Derived d : derived) {
            TextChanges.Changes c = d.changes();
            out.println();
            out.printf("CHANGES %s against %s: %d kept, %d added, %d cut, %d changed%n", d.article(), d.source(),
                    c.kept(), c.added().size(), c.cut().size(), c.changed().size());
            for (String s : c.added()) out.println("  + " + Terminal.escape(s));
            for (String s : c.cut()) out.println("  - " + Terminal.escape(s));
            for (TextChanges.Change ch : c.changed()) {
                out.println("  ~ " + Terminal.escape(ch.to()));
                for (String w : ch.inserted()) out.println("      + " + Terminal.escape(w));
                for (String w : ch.removed()) out.println("      - " + Terminal.escape(w));
            }
        }
    }
}
