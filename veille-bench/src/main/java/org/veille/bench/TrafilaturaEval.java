// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Main-text extraction on {@code data/extraction/trafilatura-eval}, scored with trafilatura's rule (see its
 * README): with-snippets give TP/FN, without-snippets FP/TN, micro-averaged; overall, for French pages
 * and for German and English. Also checks Veille's title, authors and date against the page metadata.
 */
final class TrafilaturaEval {

    /** The languages reported one by one (derived from {@code <html lang>}). */
    static final List<String> LANGUAGES = List.of("fr", "de", "en");

    /** One annotated page; metadata fields are null when the annotation is empty. */
    record Entry(String name, String url, String lang, List<String> with, List<String> without,
                 String title, String author, String date) {
    }

    /** One tool's scores. */
    record Result(String tool, Confusion all, Map<String, Confusion> byLanguage, long empty, int crashes,
                  double pagesPerSecond) {
    }

    /** One tool's metadata accuracy, on the pages whose annotation gives the field. */
    record Metadata(String tool, Tally title, Tally author, Tally date) {
    }

    private final List<Entry> entries;
    private final List<Page> pages;

    private TrafilaturaEval(List<Entry> entries, List<Page> pages) {
        this.entries = List.copyOf(entries);
        this.pages = List.copyOf(pages);
    }

    /** Reads the first {@code limit} pages by name (all when 0) and their annotations. */
    static TrafilaturaEval load(Path dir, int limit, PrintWriter err) {
        List<Entry> entries = new ArrayList<>();
        List<PageReader.Wanted> wanted = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : Gold.evalEntries(dir, limit)) {
            JsonNode n = e.getValue();
            Entry entry = new Entry(e.getKey(), Gold.text(n, "url"), Gold.text(n, "lang"), Gold.strings(n, "with"),
                    Gold.strings(n, "without"), Gold.nonBlank(n, "title"), Gold.nonBlank(n, "author"), Gold.nonBlank(n, "date"));
            entries.add(entry);
            wanted.add(new PageReader.Wanted(entry.name(), dir.resolve(Gold.text(n, "path")), entry.url()));
        }
        return new TrafilaturaEval(entries, new PageReader().read(wanted, err));
    }

    List<Page> pages() {
        return pages;
    }

    /** Scores a run over {@link #pages()}. */
    Result score(Run run) {
        Confusion all = Confusion.ZERO;
        Map<String, Confusion> byLanguage = new LinkedHashMap<>();
        LANGUAGES.forEach(l -> byLanguage.put(l, Confusion.ZERO));
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Confusion page = Scores.snippets(run.outputs().get(i).text(), e.with(), e.without());
            all = all.plus(page);
            if (byLanguage.containsKey(e.lang())) byLanguage.merge(e.lang(), page, Confusion::plus);
        }
        return new Result(run.tool(), all, byLanguage, run.empty(), run.crashes().size(), run.pagesPerSecond());
    }

    /** One line per page of a run for {@link PageLines}: name, address, snippets found and leaked, title and date found and gold. */
    List<Map<String, Object>> pageLines(Run run) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Output o = run.outputs().get(i);
            Confusion page = Scores.snippets(o.text(), e.with(), e.without());
            Map<String, Object> line = PageLines.line(e.name(), e.url(), o, e.title(), e.date());
            line.put("lang", e.lang());
            line.put("with_found", page.tp());
            line.put("with", e.with().size());
            line.put("without_leaked", page.fp());
            lines.add(line);
        }
        return lines;
    }

    /** Title, author and date accuracy of a run: exact after whitespace normalisation; authors joined with "; ". */
    Metadata metadata(Run run) {
        Tally title = Tally.ZERO, author = Tally.ZERO, date = Tally.ZERO;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Output o = run.outputs().get(i);
            if (e.title() != null) title = title.add(Scores.sameText(o.title(), e.title()));
            if (e.author() != null) author = author.add(Scores.sameText(String.join("; ", o.authors()), e.author()));
            if (e.date() != null) date = date.add(e.date().equals(Scores.day(o.published())));
        }
        return new Metadata(run.tool(), title, author, date);
    }

    /** Prints the tables of the runs (the first is Veille's) and the closing RESULT line. */
    void print(List<Run> runs, PrintWriter out) {
        long with = entries.stream().mapToLong(e -> e.with().size()).sum();
        long without = entries.stream().mapToLong(e -> e.without().size()).sum();
        out.printf("trafilatura-eval: %d pages, %d with / %d without snippets%n%n", entries.size(), with, without);
        List<Result> results = runs.stream().map(this::score).toList();
        Table main = new Table("tool", "precision", "recall", "F1", "accuracy", "empty", "crashes", "pages/s");
        for (Result r : results) {
            main.row(r.tool(), Table.ratio(r.all().precision()), Table.ratio(r.all().recall()), Table.ratio(r.all().f1()),
                    Table.ratio(r.all().accuracy()), r.empty(), r.crashes(), Table.speed(r.pagesPerSecond()));
        }
        main.print(out);
        out.println();
        Table languages = new Table("tool", "lang", "pages", "precision", "recall", "F1", "accuracy");
        for (Result r : results) {
            for (String lang : LANGUAGES) {
                Confusion c = r.byLanguage().get(lang);
                long n = entries.stream().filter(e -> lang.equals(e.lang())).count();
                languages.row(r.tool(), lang, n, Table.ratio(c.precision()), Table.ratio(c.recall()), Table.ratio(c.f1()),
                        Table.ratio(c.accuracy()));
            }
        }
        languages.print(out);
        out.println();
        Table meta = new Table("tool", "title", "author", "date");
        for (Run run : runs) {
            Metadata m = metadata(run);
            meta.row(m.tool(), run.gives(Output::title) ? Table.tally(m.title()) : "-",
                    run.gives(o -> o.authors().isEmpty() ? null : o.authors()) ? Table.tally(m.author()) : "-",
                    run.gives(Output::published) ? Table.tally(m.date()) : "-");
        }
        out.println("metadata (exact after whitespace normalisation, pages whose annotation gives the field; - = tool does not read it):");
        meta.print(out);
        out.println();
        Result veille = results.getFirst();
        out.printf("RESULT extraction f1=%s precision=%s recall=%s pages_per_s=%s%n", Table.ratio(veille.all().f1()),
                Table.ratio(veille.all().precision()), Table.ratio(veille.all().recall()), Table.speed(veille.pagesPerSecond()));
        out.flush();
    }
}
