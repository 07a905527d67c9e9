// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.serve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.veille.analyze.Entity;
import org.veille.analyze.Quotation;
import org.veille.extract.Article;
import org.veille.link.TextChanges;
import org.veille.store.ArticleStore;
import org.veille.store.FacetCount;
import org.veille.store.QuoteHit;
import org.veille.store.SearchHit;
import org.veille.store.SearchResults;
import org.veille.store.Story;
import org.veille.store.StoredArticle;
import org.veille.store.WebDomain;

/**
 * The web pages, drawn on the server from the store: home (latest articles, largest stories, the attention of the
 * last days), search with facets, an article (its text with the names marked, its quotations and its story), a story
 * (articles per day by outlet, timeline, provenance, what each copy changed), an identity and an outlet. No script:
 * links, forms and SVG only. Every captured string goes through {@link Html#text}.
 */
final class Pages {

    /** Stories and latest articles on the home page: the day's large ones fit on a screen. */
    static final int HOME_STORIES = 10, HOME_LATEST = 10;
    /** Days of the home page's attention chart. */
    static final int HOME_DAYS = 30;

    private Pages() {}

    /** What the home page shows. */
    record Home(int articles, ArticleStore.Largest largest, List<SearchHit> latest, SortedMap<LocalDate, Map<String, Integer>> attention) {}

    static String home(Home home) {
        Html h = head("Veille", "");
        h.raw("<p class=\"meta\">").text(home.articles() + " articles, " + home.largest().total() + " stories").raw("</p>");
        Chart.bars(h, "Articles per day by language, the last " + HOME_DAYS + " days", home.attention());
        h.raw("<div class=\"columns\"><section><h2>Latest articles</h2>");
        hits(h, home.latest());
        h.raw("</section><section><h2>Largest stories</h2><table><thead><tr><th>articles</th><th>days</th><th>first report</th></tr></thead><tbody>");
        for (Story s : home.largest().stories()) {
            StorySummary sum = StorySummary.of(s);
            h.raw("<tr><td class=\"n\">").text(Integer.toString(sum.size())).raw("</td><td>").text(days(sum)).raw("</td><td>")
                    .link("/stories/", sum.story(), orNone(sum.title()));
            if (!sum.outlets().isEmpty()) h.raw("<div class=\"meta\">").text(names(sum.outlets())).raw("</div>");
            h.raw("</td></tr>");
        }
        return foot(h.raw("</tbody></table></section></div>"));
    }

    static String search(Params p, SearchResults results, Map<String, List<FacetCount>> facets) {
        String q = p.first("q", "");
        Html h = head(q.isBlank() ? "Browse" : "Search: " + q, q);
        Map<String, List<String>> kept = new LinkedHashMap<>();
        if (!q.isBlank()) kept.put("q", List.of(q));
        kept.putAll(SearchQuery.filters(p));
        if (!p.first("sort", "").isBlank()) kept.put("sort", List.of(p.first("sort")));
        if (p.first("from") != null) kept.put("from", List.of(p.first("from")));
        if (p.first("to") != null) kept.put("to", List.of(p.first("to")));
        h.raw("<div class=\"columns search\"><aside class=\"facets\">");
        facets.forEach((name, counts) -> {
            if (counts.isEmpty()) return;
            h.raw("<h3>").text(name.replace('_', ' ')).raw("</h3><ul>");
            for (FacetCount c : counts) {
                boolean on = p.all(name).contains(c.value());
                Map<String, List<String>> link = new LinkedHashMap<>(kept);
                List<String> values = new ArrayList<>(link.getOrDefault(name, List.of()));
                if (on) values.remove(c.value()); else values.add(c.value());
                link.put(name, values);
                h.raw(on ? "<li class=\"on\">" : "<li>").link("/search", link, c.value()).raw(" <span class=\"n\">")
                        .text(Integer.toString(c.count())).raw("</span></li>");
            }
            h.raw("</ul>");
        });
        h.raw("</aside><section>");
        if (results.cut()) {
            h.raw("<p class=\"note\">").text("The query is too long: its first " + results.wordsSearched() + " of "
                    + results.wordsAsked() + " words were searched.").raw("</p>");
        }
        h.raw("<p class=\"meta\">").text(articles(results.total())).raw(" · sort: ");
        Map<String, List<String>> byRelevance = new LinkedHashMap<>(kept), byDate = new LinkedHashMap<>(kept);
        byRelevance.remove("sort");
        byDate.put("sort", List.of("date"));
        h.link("/search", byRelevance, "relevance").raw(" | ").link("/search", byDate, "newest first").raw(" · ")
                .link("/api/search", withFormat(kept, "csv"), "export CSV").raw(" · ").link("/api/search", withFormat(kept, "json"), "JSON")
                .raw("</p>");
        if (results.hits().isEmpty()) h.raw("<p>Nothing found.</p>");
        int offset = p.offset();
        h.raw("<ol class=\"hits\" start=\"").text(Integer.toString(offset + 1)).raw("\">");
        for (SearchHit hit : results.hits()) {
            h.raw("<li><a href=\"/articles/").text(Html.segment(hit.id())).raw("\">");
            highlighted(h, orNone(hit.title()), hit.title() == null ? List.of() : hit.titleHighlights());
            h.raw("</a><div class=\"meta\">")
                    .text(String.join(" · ", present(hit.outlet(), hit.published(), hit.language()))).raw("</div><p>");
            highlighted(h, hit.snippet(), hit.highlights());
            h.raw("</p></li>");
        }
        h.raw("</ol>");
        int shown = results.hits().size();
        if (offset > 0 || offset + shown < results.total()) {
            h.raw("<p class=\"pages\">");
            if (offset > 0) h.link("/search", page(kept, Math.max(0, offset - p.limit(SEARCH_PAGE))), "← previous");
            if (offset + shown < results.total() && offset + shown <= Params.MAX_OFFSET) {
                h.raw(" ").link("/search", page(kept, offset + shown), "next →");
            }
            h.raw("</p>");
        }
        return foot(h.raw("</section></div>"));
    }

    /** Hits on a search page. */
    static final int SEARCH_PAGE = 20;

    private static Map<String, List<String>> page(Map<String, List<String>> kept, int offset) {
        Map<String, List<String>> link = new LinkedHashMap<>(kept);
        if (offset > 0) link.put("offset", List.of(Integer.toString(offset)));
        return link;
    }

    private static Map<String, List<String>> withFormat(Map<String, List<String>> kept, String format) {
        Map<String, List<String>> link = new LinkedHashMap<>(kept);
        link.put("format", List.of(format));
        link.put("limit", List.of(Integer.toString(Params.MAX_LIMIT)));
        return link;
    }

    /** A title or snippet with its matched words in {@code mark}. */
    private static void highlighted(Html h, String s, List<SearchHit.Span> highlights) {
        int at = 0;
        for (SearchHit.Span span : highlights) {
            if (span.start() < at || span.end() > s.length()) continue;
            h.text(s.substring(at, span.start())).raw("<mark>").text(s.substring(span.start(), span.end())).raw("</mark>");
            at = span.end();
        }
        h.text(s.substring(at));
    }

    private static void hits(Html h, List<SearchHit> hits) {
        h.raw("<ul class=\"latest\">");
        for (SearchHit hit : hits) {
            h.raw("<li>").link("/articles/", hit.id(), orNone(hit.title())).raw("<div class=\"meta\">");
            if (hit.outlet() != null) h.link("/outlets/", hit.outlet(), hit.outlet()).raw(" · ");
            h.text(String.join(" · ", present(hit.published(), hit.language()))).raw("</div></li>");
        }
        h.raw("</ul>");
    }

    /** @param history the page's versions ({@link VersionHistory}); a section of their changes when there are several */
    static String article(StoredArticle stored, Story story, VersionHistory history, OutletLabels labels) {
        Article a = stored.analyzed().article();
        Html h = head(orNone(a.title()), "");
        h.raw("<h2>").text(orNone(a.title())).raw("</h2><p class=\"meta\">");
        if (a.outlet() != null) h.link("/outlets/", a.outlet(), a.outlet()).raw(" · ");
        h.text(String.join(" · ", present(a.outlet() == null ? WebDomain.of(a.url()) : null, a.published(), a.language(),
                String.join(", ", a.authors())))).raw("</p>");
        label(h, labels.of(WebDomain.of(a.url())).orElse(null));
        if (a.url() != null) h.raw("<p class=\"meta\">").text(a.url()).raw("</p>"); // shown, not linked: a capture's URL may be anything
        if (!a.provenance().isEmpty()) {
            h.raw("<p class=\"meta\">");
            a.provenance().forEach(pv -> h.text(pv.relation().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " "
                    + String.join(" ", present(pv.name(), pv.title() == null ? null : "« " + pv.title() + " »")) + ". "));
            h.raw("</p>");
        }
        h.raw("<article>");
        markedText(h, a.text(), stored.analyzed().entities(), stored.analyzed().quotes());
        h.raw("</article>");
        versions(h, history);
        List<Quotation> quotes = stored.analyzed().quotes().stream().filter(q -> q.kind() != Quotation.Kind.SCARE).toList();
        if (!quotes.isEmpty()) {
            h.raw("<h3>Who said what</h3><table><thead><tr><th>speaker</th><th>kind</th><th>words</th></tr></thead><tbody>");
            for (Quotation q : quotes) {
                h.raw("<tr><td>");
                if (q.speaker() != null) h.link("/entities/", q.speaker(), q.speaker());
                else h.text(speaker(q));
                h.raw("</td><td>").text(q.kind().jsonName()).raw("</td><td>").text(q.text()).raw("</td></tr>");
            }
            h.raw("</tbody></table>");
        }
        if (story != null) {
            h.raw("<h3>Its story: ").link("/stories/", story.id(), orNone(story.firstReport().analyzed().article().title()))
                    .raw("</h3>");
            if (story.articles().size() == 1) h.raw("<p class=\"meta\">No other article tells it yet.</p>");
            else h.raw("<ul>");
            for (StoredArticle other : story.articles()) {
                if (other.id().equals(stored.id())) continue;
                Article o = other.analyzed().article();
                h.raw("<li>").link("/articles/", other.id(), orNone(o.title())).raw(" <span class=\"meta\">")
                        .text(String.join(" · ", present(publisher(o), o.published()))).raw("</span></li>");
            }
            if (story.articles().size() > 1) h.raw("</ul>");
        }
        return foot(h);
    }

    static String story(StoryDetail detail, StatementVariants statements, OutletLabels labels) {
        StorySummary sum = detail.summary();
        Html h = head(orNone(sum.title()), "");
        h.raw("<h2>").text(orNone(sum.title())).raw("</h2><p class=\"meta\">")
                .text(articles(sum.size()) + " · " + days(sum) + " · " + names(sum.languages())).raw("</p>");
        Chart.bars(h, "Articles per day by outlet", perDayByPublisher(detail.story()));
        h.raw("<h3>Outlets</h3><ul class=\"outlets\">");
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, OutletLabels.Label> publisherLabels = new HashMap<>();
        for (StoredArticle s : detail.story().articles()) {
            Article a = s.analyzed().article();
            counts.merge(publisher(a), 1, Integer::sum);
            labels.of(WebDomain.of(a.url())).ifPresent(l -> publisherLabels.putIfAbsent(publisher(a), l));
        }
        counts.forEach((publisher, n) -> {
            h.raw("<li>");
            if (sum.outlets().containsKey(publisher)) h.link("/outlets/", publisher, publisher);
            else h.text(publisher);
            h.text(" (" + n + ")");
            OutletLabels.Label l = publisherLabels.get(publisher);
            if (l != null) h.raw(" <span class=\"label note").text(Integer.toString(l.note())).raw("\">").text(l.meaning()).raw("</span>");
            h.raw("</li>");
        });
        h.raw("</ul><p>Named: ");
        sum.identities().forEach((name, n) -> h.link("/entities/", name, name).text(" (" + n + ") "));
        h.raw("</p><h3>Timeline</h3><table><thead><tr><th>published</th><th>outlet</th><th>title</th></tr></thead><tbody>");
        for (StoredArticle s : detail.story().articles()) {
            Article a = s.analyzed().article();
            h.raw("<tr><td>").text(a.published() == null ? "undated" : a.published()).raw("</td><td>")
                    .text(publisher(a)).raw("</td><td>")
                    .link("/articles/", s.id(), orNone(a.title())).raw(" <span class=\"meta\">").text(shortId(s.id())).raw("</span></td></tr>");
        }
        h.raw("</tbody></table>");
        if (!detail.edges().isEmpty()) {
            Map<String, String> titles = new HashMap<>();
            // copies often keep their source's title: the short id tells them apart, as in the timeline
            detail.story().articles().forEach(s -> titles.put(s.id(), orNone(s.analyzed().article().title()) + " · " + shortId(s.id())));
            h.raw("<h3>Who copied, translated or credited whom</h3>");
            ProvenanceGraph.draw(h, detail);
            h.raw("<ul class=\"graph\">");
            for (StoryDetail.Edge e : detail.edges()) {
                h.raw("<li>").link("/articles/", e.from(), titles.getOrDefault(e.from(), e.from())).raw(" <strong>")
                        .text(e.relation().replace('_', ' ')).raw("</strong> ");
                if (e.to() != null) h.link("/articles/", e.to(), titles.getOrDefault(e.to(), e.to()));
                if (e.name() != null) h.raw(" ").text("(" + e.name() + ")");
                if (e.similarity() != null) h.text(String.format(Locale.ROOT, " %.0f%% alike", 100 * e.similarity()));
                h.raw("</li>");
            }
            h.raw("</ul>");
        }
        if (!statements.statements().isEmpty()) {
            h.raw("<h3>The same words, as each article printed them</h3>");
            for (StatementVariants.Statement st : statements.statements()) {
                h.raw("<h4>");
                if (st.speaker() != null) h.link("/entities/", st.speaker(), st.speaker());
                else h.text("Unattributed");
                h.raw("</h4><table class=\"variants\"><thead><tr><th>first printed</th><th>as printed by</th></tr></thead><tbody>");
                StatementVariants.Variant first = st.variants().getFirst();
                for (StatementVariants.Variant v : st.variants().subList(1, st.variants().size())) {
                    h.raw("<tr><td>");
                    marked(h, first.text(), v.dropped(), "del");
                    h.raw("<div class=\"meta\">").link("/articles/", first.article().id(), publisher(first.article().analyzed().article()))
                            .raw("</div></td><td>");
                    marked(h, v.text(), v.added(), "ins");
                    h.raw("<div class=\"meta\">").link("/articles/", v.article().id(), publisher(v.article().analyzed().article()))
                            .raw("</div></td></tr>");
                }
                h.raw("</tbody></table>");
            }
        }
        for (StoryDetail.Derived d : detail.derived()) {
            TextChanges.Changes c = d.changes();
            h.raw("<h3>What ").link("/articles/", d.article(), d.article()).raw(" changed against ")
                    .link("/articles/", d.source(), d.source()).raw("</h3>");
            changes(h, c);
        }
        return foot(h);
    }

    /** A count of sentences kept, added, cut and changed, then each: added, cut, and reworded with the words marked. */
    private static void changes(Html h, TextChanges.Changes c) {
        h.raw("<p class=\"meta\">").text(c.kept() + " sentences kept, " + c.added().size() + " added, " + c.cut().size() + " cut, "
                + c.changed().size() + " changed").raw("</p><ul class=\"changes\">");
        for (String s : c.added()) h.raw("<li class=\"added\">+ ").text(s).raw("</li>");
        for (String s : c.cut()) h.raw("<li class=\"cut\">− ").text(s).raw("</li>");
        for (TextChanges.Change ch : c.changed()) {
            h.raw("<li class=\"changed\">~ ");
            marked(h, ch.from(), ch.removed(), "del");
            h.raw(" → ");
            marked(h, ch.to(), ch.inserted(), "ins");
            h.raw("</li>");
        }
        h.raw("</ul>");
    }

    /** A page's versions, when it has more than one: when each was fetched, its headline, and what each edit changed. */
    private static void versions(Html h, VersionHistory history) {
        if (history.versions().size() < 2) return;
        h.raw("<h3>Versions of this page</h3><ol class=\"versions\">");
        for (StoredArticle v : history.versions()) {
            Article a = v.analyzed().article();
            h.raw("<li>").link("/articles/", v.id(), orNone(a.title())).raw(" <span class=\"meta\">")
                    .text(String.join(" · ", present(v.fetched() == null ? null : "fetched " + v.fetched(), a.published())))
                    .raw("</span></li>");
        }
        h.raw("</ol>");
        for (int i = 0; i < history.changes().size(); i++) {
            Article before = history.versions().get(i).analyzed().article(), after = history.versions().get(i + 1).analyzed().article();
            h.raw("<h4>Version ").text(String.valueOf(i + 2)).raw(" against version ").text(String.valueOf(i + 1)).raw("</h4>");
            if (!java.util.Objects.equals(before.title(), after.title())) {
                h.raw("<p>Headline: <del>").text(orNone(before.title())).raw("</del> → <ins>").text(orNone(after.title())).raw("</ins></p>");
            }
            changes(h, history.changes().get(i));
        }
    }

    /** Text with each run, found in order, in a {@code tag} element ({@code ins}, {@code del}); a run not found is left. */
    private static void marked(Html h, String text, List<String> runs, String tag) {
        int at = 0;
        for (String run : runs) {
            int found = run.isEmpty() ? -1 : text.indexOf(run, at);
            if (found < 0) continue;
            h.text(text.substring(at, found)).raw("<" + tag + ">").text(run).raw("</" + tag + ">");
            at = found + run.length();
        }
        h.text(text.substring(at));
    }

    /** A story's dated articles per day and publisher. */
    static SortedMap<LocalDate, Map<String, Integer>> perDayByPublisher(Story story) {
        SortedMap<LocalDate, Map<String, Integer>> days = new TreeMap<>();
        for (StoredArticle s : story.articles()) {
            Article a = s.analyzed().article();
            if (a.publishedDay() != null) days.computeIfAbsent(a.publishedDay(), d -> new HashMap<>()).merge(publisher(a), 1, Integer::sum);
        }
        return days;
    }

    /** Who published an article: its outlet, else its URL's web domain, else "unknown". */
    static String publisher(Article a) {
        if (a.outlet() != null) return a.outlet();
        String domain = WebDomain.of(a.url());
        return domain != null ? domain : "unknown";
    }

    /** The first characters of an id: enough to tell a story's articles apart. */
    private static String shortId(String id) {
        return id.length() <= SHORT_ID ? id : id.substring(0, SHORT_ID);
    }

    /** Characters of an id shown beside a title. */
    private static final int SHORT_ID = 8;

    static String entity(EntityView e) {
        Html h = head(e.name(), "");
        h.raw("<h2>").text(e.name()).raw("</h2><p class=\"meta\">").text(articles(e.articles()) + (e.articles() == 1 ? " mentions" : " mention") + " it · ")
                .link("/search", Map.of("entity", List.of(e.name())), "search them").raw("</p>");
        SortedMap<LocalDate, Map<String, Integer>> days = new TreeMap<>();
        e.perDay().forEach((d, n) -> days.put(d, Map.of("", n)));
        Chart.bars(h, "Articles mentioning " + e.name() + " per day", days);
        h.raw("<div class=\"columns\"><section><h3>Named with it</h3><ul>");
        for (FacetCount c : e.coOccurring()) h.raw("<li>").link("/entities/", c.value(), c.value()).text(" (" + c.count() + ")").raw("</li>");
        h.raw("</ul></section><section><h3>Latest articles</h3>");
        hits(h, e.latest());
        h.raw("</section></div>");
        if (!e.statements().isEmpty()) {
            h.raw("<h3>What it said</h3><table><thead><tr><th>kind</th><th>words</th><th>article</th></tr></thead><tbody>");
            for (QuoteHit q : e.statements()) {
                h.raw("<tr><td>").text(q.quote().kind().jsonName()).raw("</td><td>").text(q.quote().text()).raw("</td><td>")
                        .link("/articles/", q.articleId(), orNone(q.title())).raw("</td></tr>");
            }
            h.raw("</tbody></table>");
        }
        return foot(h);
    }

    static String outlet(OutletView o) {
        Html h = head(o.name(), "");
        h.raw("<h2>").text(o.name()).raw("</h2><p class=\"meta\">").text(articles(o.articles()) + " · ")
                .text(o.languages().stream().map(c -> c.value() + " (" + c.count() + ")").reduce((x, y) -> x + ", " + y).orElse("—"))
                .raw(" · ").link("/search", Map.of("outlet", List.of(o.name())), "search them").raw("</p>");
        h.raw("<ul class=\"outlets\">");
        for (OutletView.Domain d : o.domains()) {
            h.raw("<li>").text(d.domain() + " (" + d.articles() + ")");
            if (d.label() != null) label(h, d.label());
            else h.raw(" <span class=\"meta\">no label</span>");
            h.raw("</li>");
        }
        h.raw("</ul>");
        SortedMap<LocalDate, Map<String, Integer>> days = new TreeMap<>();
        o.perDay().forEach((d, n) -> days.put(d, Map.of("", n)));
        Chart.bars(h, "Articles of " + o.name() + " per day", days);
        h.raw("<h3>Latest articles</h3>");
        hits(h, o.latest());
        return foot(h);
    }

    static String outlets(List<Map<String, Object>> rows) {
        Html h = head("Outlets", "");
        h.raw("<h2>Outlets</h2><table><thead><tr><th>outlet</th><th>articles</th><th>domain</th><th>label</th></tr></thead><tbody>");
        for (Map<String, Object> r : rows) {
            String name = (String) r.get("outlet");
            h.raw("<tr><td>").link("/outlets/", name, name).raw("</td><td class=\"n\">").text(String.valueOf(r.get("articles")))
                    .raw("</td><td>").text(r.get("domain") == null ? "—" : (String) r.get("domain")).raw("</td><td>");
            if (r.get("label") instanceof Map<?, ?> l) h.text(l.get("meaning") + " (" + l.get("list") + ")");
            h.raw("</td></tr>");
        }
        return foot(h.raw("</tbody></table>"));
    }

    static String message(String title, String message) {
        return foot(head(title, "").raw("<h2>").text(title).raw("</h2><p>").text(message).raw("</p>"));
    }

    /** An outlet's label, as a badge with where it comes from. */
    private static void label(Html h, OutletLabels.Label l) {
        if (l == null) return;
        h.raw("<p class=\"meta\"><span class=\"label note").text(Integer.toString(l.note())).raw("\">").text(l.meaning())
                .raw("</span> ").text(l.list() + ", " + l.site() + ": " + l.description()).raw("</p>");
    }

    /**
     * The text in paragraphs: each quotation (but scare quotes) in a {@code span} titled with its speaker, each
     * recognized name a link to its page, marked by type. Overlapping quotations or names keep the first; one that
     * crosses a paragraph's or a quotation's end is left unmarked.
     */
    private static void markedText(Html h, String text, List<Entity> entities, List<Quotation> quotations) {
        List<Entity> names = entities.stream().filter(e -> e.start() >= 0 && e.end() <= text.length() && e.start() < e.end())
                .sorted(Comparator.comparingInt(Entity::start)).toList();
        List<Quotation> quotes = quotations.stream().filter(q -> q.kind() != Quotation.Kind.SCARE)
                .filter(q -> q.start() >= 0 && q.end() <= text.length() && q.start() < q.end())
                .sorted(Comparator.comparingInt(Quotation::start)).toList();
        int at = 0;
        for (String paragraph : text.split("\n\n", -1)) {
            int end = at + paragraph.length();
            h.raw("<p>");
            int written = at;
            for (Quotation q : quotes) {
                if (q.start() < written || q.start() >= end || q.end() > end) continue;
                names(h, text, written, q.start(), names);
                h.raw("<span class=\"quote\" title=\"").text(speaker(q)).raw("\">");
                names(h, text, q.start(), q.end(), names);
                h.raw("</span>");
                written = q.end();
            }
            names(h, text, written, end, names);
            h.raw("</p>");
            at = end + 2;
        }
    }

    /** Characters {@code from} to {@code to} of the text with the names wholly inside marked and linked. */
    private static void names(Html h, String text, int from, int to, List<Entity> names) {
        int written = from;
        for (Entity e : names) {
            if (e.start() < written || e.end() > to) continue;
            h.text(text.substring(written, e.start())).raw("<a class=\"entity\" href=\"/entities/").text(Html.segment(e.canonical()))
                    .raw("\"><mark class=\"").raw(e.type().name().toLowerCase(Locale.ROOT)).raw("\" title=\"").text(e.canonical())
                    .raw("\">").text(text.substring(e.start(), e.end())).raw("</mark></a>");
            written = e.end();
        }
        h.text(text.substring(written, to));
    }

    /** Who said a quotation, as a reader reads it. */
    private static String speaker(Quotation q) {
        return q.speaker() != null ? q.speaker() : q.speakerText() != null ? q.speakerText() + " (unresolved)" : "—";
    }

    private static Html head(String title, String query) {
        return new Html().raw("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                        + "<title>").text(title).raw(" · Veille</title><link rel=\"stylesheet\" href=\"/static/veille.css\"></head><body>"
                        + "<header><a class=\"home\" href=\"/\">Veille</a><form action=\"/search\" method=\"get\">"
                        + "<input type=\"search\" name=\"q\" aria-label=\"search\" value=\"").text(query)
                .raw("\" placeholder=\"words, &quot;a phrase&quot;, +required, -excluded\"><button>Search</button></form>"
                        + "<nav><a href=\"/search?sort=date\">Latest</a> <a href=\"/outlets\">Outlets</a></nav></header><main>");
    }

    private static String foot(Html h) {
        return h.raw("</main></body></html>").toString();
    }

    private static String days(StorySummary s) {
        if (s.first() == null) return "undated";
        return s.first().equals(s.last()) ? s.first().toString() : s.first() + " – " + s.last();
    }

    private static String names(Map<String, Integer> counts) {
        return counts.isEmpty() ? "—" : StorySummary.counted(counts);
    }

    /** "1 article", "2 articles". */
    private static String articles(int n) {
        return n + (n == 1 ? " article" : " articles");
    }

    private static String orNone(String s) {
        return s == null || s.isBlank() ? "(untitled)" : s;
    }

    static List<String> present(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) if (v != null && !v.isBlank()) out.add(v);
        return out;
    }
}
