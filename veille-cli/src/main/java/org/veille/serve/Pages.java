// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.veille.analyze.Entity;
import org.veille.analyze.Quotation;
import org.veille.extract.Article;
import org.veille.link.TextChanges;
import org.veille.store.ArticleStore;
import org.veille.store.SearchHit;
import org.veille.store.SearchResults;
import org.veille.store.Story;
import org.veille.store.StoredArticle;

/**
 * The web pages, drawn on the server from the store: home (the largest stories), search, an article (its text with
 * the names marked, its quotations and its story) and a story (timeline, provenance, what each copy changed). No
 * script: links and forms only. Every captured string goes through {@link Html#text}.
 */
final class Pages {

    /** Stories on the home page: the day's large ones fit on a screen. */
    static final int HOME_STORIES = 20;

    private Pages() {}

    static String home(ArticleStore.Largest largest, int articles) {
        Html h = head("Veille", "");
        h.raw("<p class=\"meta\">").text(articles + " articles, " + largest.total() + " stories").raw("</p>");
        h.raw("<h2>Largest stories</h2><table><thead><tr><th>articles</th><th>days</th><th>first report</th><th>outlets</th></tr></thead><tbody>");
        for (Story s : largest.stories()) {
            StorySummary sum = StorySummary.of(s);
            h.raw("<tr><td class=\"n\">").text(Integer.toString(sum.size())).raw("</td><td>").text(days(sum)).raw("</td><td>")
                    .link("/stories/", sum.story(), orNone(sum.title())).raw("</td><td>").text(names(sum.outlets())).raw("</td></tr>");
        }
        return foot(h.raw("</tbody></table>"));
    }

    static String search(String query, SearchResults results) {
        Html h = head("Search: " + query, query);
        if (results.cut()) {
            h.raw("<p class=\"note\">").text("The query is too long: its first " + results.wordsSearched() + " of "
                    + results.wordsAsked() + " words were searched.").raw("</p>");
        }
        if (results.hits().isEmpty()) h.raw("<p>Nothing found.</p>");
        h.raw("<ol class=\"hits\">");
        for (SearchHit hit : results.hits()) {
            h.raw("<li>").link("/articles/", hit.id(), orNone(hit.title())).raw("<div class=\"meta\">")
                    .text(String.join(" · ", present(hit.outlet(), hit.published()))).raw("</div><p>").text(hit.snippet()).raw("</p></li>");
        }
        return foot(h.raw("</ol>"));
    }

    static String article(StoredArticle stored) {
        Article a = stored.analyzed().article();
        Html h = head(orNone(a.title()), "");
        h.raw("<h2>").text(orNone(a.title())).raw("</h2><p class=\"meta\">")
                .text(String.join(" · ", present(a.outlet(), a.published(), a.language(), String.join(", ", a.authors()))))
                .raw("</p>");
        if (a.url() != null) h.raw("<p class=\"meta\">").text(a.url()).raw("</p>"); // shown, not linked: a capture's URL may be anything
        if (stored.story() != null) h.raw("<p>Story: ").link("/stories/", stored.story(), stored.story()).raw("</p>");
        h.raw("<article>");
        markedText(h, a.text(), stored.analyzed().entities());
        h.raw("</article>");
        List<Quotation> quotes = stored.analyzed().quotes().stream().filter(q -> q.kind() != Quotation.Kind.SCARE).toList();
        if (!quotes.isEmpty()) {
            h.raw("<h3>Who said what</h3><table><thead><tr><th>speaker</th><th>kind</th><th>words</th></tr></thead><tbody>");
            for (Quotation q : quotes) {
                h.raw("<tr><td>").text(q.speaker() != null ? q.speaker() : q.speakerText() != null ? q.speakerText() + " (unresolved)" : "—")
                        .raw("</td><td>").text(q.kind().jsonName()).raw("</td><td>").text(q.text()).raw("</td></tr>");
            }
            h.raw("</tbody></table>");
        }
        return foot(h);
    }

    static String story(StoryDetail detail) {
        StorySummary sum = detail.summary();
        Html h = head(orNone(sum.title()), "");
        h.raw("<h2>").text(orNone(sum.title())).raw("</h2><p class=\"meta\">")
                .text(sum.size() + " articles · " + days(sum) + " · " + names(sum.languages())).raw("</p>");
        h.raw("<p>Outlets: ").text(names(sum.outlets())).raw("</p><p>Named: ").text(names(sum.identities())).raw("</p>");
        h.raw("<h3>Timeline</h3><table><thead><tr><th>published</th><th>outlet</th><th>title</th></tr></thead><tbody>");
        for (StoredArticle s : detail.story().articles()) {
            Article a = s.analyzed().article();
            h.raw("<tr><td>").text(a.published() == null ? "undated" : a.published()).raw("</td><td>")
                    .text(a.outlet() == null ? "—" : a.outlet()).raw("</td><td>")
                    .link("/articles/", s.id(), orNone(a.title())).raw("</td></tr>");
        }
        h.raw("</tbody></table>");
        if (!detail.edges().isEmpty()) {
            h.raw("<h3>Who copied, translated or credited whom</h3><ul>");
            for (StoryDetail.Edge e : detail.edges()) {
                h.raw("<li>").link("/articles/", e.from(), e.from()).raw(" ").text(e.relation().replace('_', ' ')).raw(" ");
                if (e.to() != null) h.link("/articles/", e.to(), e.to());
                if (e.name() != null) h.raw(" ").text("(" + e.name() + ")");
                if (e.similarity() != null) h.text(String.format(java.util.Locale.ROOT, " %.0f%% alike", 100 * e.similarity()));
                h.raw("</li>");
            }
            h.raw("</ul>");
        }
        for (StoryDetail.Derived d : detail.derived()) {
            TextChanges.Changes c = d.changes();
            h.raw("<h3>What ").link("/articles/", d.article(), d.article()).raw(" changed against ")
                    .link("/articles/", d.source(), d.source()).raw("</h3><p class=\"meta\">")
                    .text(c.kept() + " sentences kept, " + c.added().size() + " added, " + c.cut().size() + " cut, "
                            + c.changed().size() + " changed").raw("</p><ul class=\"changes\">");
            for (String s : c.added()) h.raw("<li class=\"added\">+ ").text(s).raw("</li>");
            for (String s : c.cut()) h.raw("<li class=\"cut\">− ").text(s).raw("</li>");
            for (TextChanges.Change ch : c.changed()) h.raw("<li class=\"changed\">~ ").text(ch.to()).raw("</li>");
            h.raw("</ul>");
        }
        return foot(h);
    }

    static String message(String title, String message) {
        return foot(head(title, "").raw("<h2>").text(title).raw("</h2><p>").text(message).raw("</p>"));
    }

    /** The text in paragraphs, each recognized name in a {@code mark} of its type; overlapping names keep the first. */
    private static void markedText(Html h, String text, List<Entity> entities) {
        List<Entity> marks = new ArrayList<>(entities.stream()
                .filter(e -> e.start() >= 0 && e.end() <= text.length() && e.start() < e.end()).toList());
        marks.sort(Comparator.comparingInt(Entity::start));
        int next = 0;
        int at = 0;
        for (String paragraph : text.split("\n\n", -1)) {
            int end = at + paragraph.length();
            h.raw("<p>");
            int written = at;
            while (next < marks.size() && marks.get(next).start() < end) {
                Entity e = marks.get(next++);
                if (e.start() < written || e.end() > end) continue; // overlaps one already marked, or two paragraphs
                h.text(text.substring(written, e.start())).raw("<mark class=\"").raw(e.type().name().toLowerCase(java.util.Locale.ROOT))
                        .raw("\" title=\"").text(e.canonical()).raw("\">").text(text.substring(e.start(), e.end())).raw("</mark>");
                written = e.end();
            }
            h.text(text.substring(written, end)).raw("</p>");
            at = end + 2;
        }
    }

    private static Html head(String title, String query) {
        return new Html().raw("<!doctype html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                        + "<title>").text(title).raw(" · Veille</title><link rel=\"stylesheet\" href=\"/static/veille.css\"></head><body>"
                        + "<header><a class=\"home\" href=\"/\">Veille</a><form action=\"/search\" method=\"get\">"
                        + "<input type=\"search\" name=\"q\" value=\"").text(query)
                .raw("\" placeholder=\"words, &quot;a phrase&quot;, +required, -excluded\"><button>Search</button></form></header><main>");
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

    private static String orNone(String s) {
        return s == null || s.isBlank() ? "(untitled)" : s;
    }

    private static List<String> present(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) if (v != null && !v.isBlank()) out.add(v);
        return out;
    }
}
