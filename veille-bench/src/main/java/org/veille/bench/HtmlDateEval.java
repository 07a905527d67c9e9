// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Publication dates on {@code data/dates/htmldate-eval}: Veille's {@code published} cut to YYYY-MM-DD
 * against the gold day, scored two ways (see the README): as upstream does (a page listed under two URLs
 * counts twice; a page without a gold date is FN when no date is returned), and the variant where such a
 * page is right (TN) when no date is returned. Reported overall, per subset and for French pages.
 */
final class HtmlDateEval {

    /** One labelled page. */
    record Entry(String name, String url, String date, String subset, String lang, int upstreamEntries) {
    }

    /** Scores of one group of pages. */
    record Group(String name, int pages, Confusion upstream, Confusion variant) {
    }

    /** One run's scores: overall first, then per subset and language. */
    record Result(String tool, List<Group> groups, long rejected, double pagesPerSecond) {
        Group overall() {
            return groups.getFirst();
        }
    }

    private final List<Entry> entries;
    private final List<Page> pages;

    private HtmlDateEval(List<Entry> entries, List<Page> pages) {
        this.entries = List.copyOf(entries);
        this.pages = List.copyOf(pages);
    }

    /** Reads the first {@code limit} pages by name (all when 0) and their labels. */
    static HtmlDateEval load(Path dir, int limit, PrintWriter err) {
        List<Entry> entries = new ArrayList<>();
        List<PageReader.Wanted> wanted = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : Gold.evalEntries(dir, limit)) {
            JsonNode n = e.getValue();
            Entry entry = new Entry(e.getKey(), Gold.text(n, "url"), Gold.nonBlank(n, "date"), Gold.text(n, "subset"),
                    Gold.text(n, "lang"), 1 + Gold.strings(n, "alt_urls").size());
            entries.add(entry);
            wanted.add(new PageReader.Wanted(entry.name(), dir.resolve(Gold.text(n, "path")), entry.url()));
        }
        return new HtmlDateEval(entries, new PageReader().read(wanted, err));
    }

    List<Page> pages() {
        return pages;
    }

    /** Scores a run over {@link #pages()}. */
    Result score(Run run) {
        Map<String, Predicate<Entry>> groups = new LinkedHashMap<>();
        groups.put("all", e -> true);
        groups.put("default", e -> "default".equals(e.subset()));
        groups.put("mediacloud_2020", e -> "mediacloud_2020".equals(e.subset()));
        groups.put("lang=fr", e -> "fr".equals(e.lang()));
        List<Group> scored = new ArrayList<>();
        groups.forEach((name, member) -> {
            Confusion upstream = Confusion.ZERO, variant = Confusion.ZERO;
            int n = 0;
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                if (!member.test(e)) continue;
                String found = Scores.day(run.outputs().get(i).published());
                for (int k = 0; k < e.upstreamEntries(); k++) upstream = upstream.plus(Scores.dateUpstream(found, e.date()));
                variant = variant.plus(Scores.dateVariant(found, e.date()));
                n++;
            }
            scored.add(new Group(name, n, upstream, variant));
        });
        return new Result(run.tool(), scored, run.empty(), run.pagesPerSecond());
    }

    /** Prints the table of Veille's run and the closing RESULT line. */
    void print(Run run, PrintWriter out) {
        long undated = entries.stream().filter(e -> e.date() == null).count();
        int upstreamEntries = entries.stream().mapToInt(Entry::upstreamEntries).sum();
        out.printf("htmldate-eval: %d pages (%d upstream entries), %d without a gold date; exact YYYY-MM-DD%n%n",
                entries.size(), upstreamEntries, undated);
        Result r = score(run);
        Table table = new Table("pages", "n", "precision", "recall", "F1", "accuracy", "variant accuracy",
                "variant precision", "variant recall", "variant F1");
        for (Group g : r.groups()) {
            Confusion u = g.upstream(), v = g.variant();
            table.row(g.name(), g.pages(), Table.ratio(u.precision()), Table.ratio(u.recall()), Table.ratio(u.f1()),
                    Table.ratio(u.accuracy()), Table.ratio(v.accuracy()), Table.ratio(v.precision()), Table.ratio(v.recall()),
                    Table.ratio(v.f1()));
        }
        out.println(r.tool() + ": upstream-compatible scores, then the variant where a page without a gold date is right"
                + " when no date is returned (each page once)");
        table.print(out);
        out.printf("%d pages rejected (no article text, hence no date); %s pages/s on one thread%n%n", r.rejected(),
                Table.speed(r.pagesPerSecond()));
        out.printf("RESULT dates accuracy=%s n=%d%n", Table.ratio(r.overall().variant().accuracy()), r.overall().pages());
        out.flush();
    }
}
