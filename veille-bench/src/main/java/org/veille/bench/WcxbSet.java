// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Main-text extraction on a set in WCXB's layout ({@code gold.jsonl} + {@code pages/<id>.html.gz}), scored with
 * WCXB's rule ({@link WordF1}: mean per-page word precision, recall and F1; the mean per-page share of
 * {@code with} snippets found and of {@code without} snippets leaked), overall and per page type. Also the
 * title, author and date where the gold gives them, and, for a tool that types pages, its page-type accuracy
 * against the gold's {@code page_type} with the confusion table.
 */
final class WcxbSet {

    static final String GOLD = "gold.jsonl";
    /** Upstream's order of the page types; a set's other types follow, by name. */
    static final List<String> TYPE_ORDER = List.of("article", "forum", "product", "collection", "listing", "documentation", "service");
    /** The page type whose titles a news monitor reads most: the articles' row of the metadata table. */
    static final String ARTICLE = "article";
    /** The type of a page whose gold has none. */
    static final String UNTYPED = "untyped";
    /** What a tool that types pages gave a page it extracted nothing from. */
    static final String NO_TYPE = "none";

    /** One gold line; optional fields are null (lists empty) when missing. */
    record Entry(String id, String url, String pageType, String title, String author, String published, String text,
                 List<String> with, List<String> without) {
    }

    /** One page's scores for one tool. */
    record PageScore(WordF1 words, double withRate, double withoutRate) {
    }

    private final List<Entry> entries;
    private final List<Page> pages;

    private WcxbSet(List<Entry> entries, List<Page> pages) {
        this.entries = List.copyOf(entries);
        this.pages = List.copyOf(pages);
    }

    /** Whether {@code dir} is in WCXB's layout. */
    static boolean holds(Path dir) {
        return Files.isRegularFile(dir.resolve(GOLD)) && Files.isDirectory(dir.resolve("pages"));
    }

    /** Reads the first {@code limit} pages by id (all when 0) of a half of the set (all when null) and their gold. */
    static WcxbSet load(Path dir, int limit, IdHalf half, PrintWriter err) {
        List<Entry> all = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(dir.resolve(GOLD), StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                JsonNode n = Gold.line(line);
                if (half != null && !half.keeps(Gold.text(n, "id"))) continue;
                String type = Gold.nonBlank(n, "page_type");
                all.add(new Entry(Gold.text(n, "id"), Gold.nonBlank(n, "url"), type == null ? UNTYPED : type.toLowerCase(Locale.ROOT),
                        Gold.nonBlank(n, "title"), Gold.nonBlank(n, "author"), Gold.nonBlank(n, "published"),
                        Objects.requireNonNullElse(Gold.text(n, "text"), ""), Gold.strings(n, "with"), Gold.strings(n, "without")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve(GOLD), e);
        }
        List<Entry> entries = Gold.first(all.stream().sorted(Comparator.comparing(Entry::id)).toList(), limit);
        List<PageReader.Wanted> wanted = entries.stream()
                .map(e -> new PageReader.Wanted(e.id(), pageFile(dir, e.id()), e.url())).toList();
        return new WcxbSet(entries, new PageReader().read(wanted, err));
    }

    /** {@code pages/<id>.html.gz}, else {@code pages/<id>.html}. */
    private static Path pageFile(Path dir, String id) {
        Path gzipped = dir.resolve("pages").resolve(id + ".html.gz");
        return Files.exists(gzipped) ? gzipped : dir.resolve("pages").resolve(id + ".html");
    }

    List<Page> pages() {
        return pages;
    }

    /** The page types of the set: upstream's order first, then any other by name. */
    List<String> types() {
        List<String> types = new ArrayList<>(TYPE_ORDER.stream().filter(t -> entries.stream().anyMatch(e -> e.pageType().equals(t))).toList());
        entries.stream().map(Entry::pageType).filter(t -> !types.contains(t)).distinct().sorted().forEach(types::add);
        return types;
    }

    /** One tool's scores, page by page. */
    List<PageScore> score(Run run) {
        List<PageScore> scores = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String text = run.outputs().get(i).text();
            scores.add(new PageScore(WordF1.of(text, e.text()), WordF1.snippetRate(text, e.with()), WordF1.snippetRate(text, e.without())));
        }
        return scores;
    }

    /** One line per page of a run for {@link PageLines}: id, address, type, word F1, title and date found and gold. */
    List<Map<String, Object>> pageLines(Run run) {
        List<PageScore> scores = score(run);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Map<String, Object> line = PageLines.line(e.id(), e.url(), run.outputs().get(i), e.title(), Scores.day(e.published()));
            line.put("page_type", e.pageType());
            line.put("f1", scores.get(i).words().f1());
            lines.add(line);
        }
        return lines;
    }

    /** Whether a tool's author list names the gold author: it gives at least one name and each is in the gold field. */
    static boolean sameAuthors(List<String> found, String gold) {
        if (found.isEmpty() || gold == null) return false;
        String wanted = Scores.normalize(gold).toLowerCase(Locale.ROOT);
        return found.stream().allMatch(a -> wanted.contains(Scores.normalize(a).toLowerCase(Locale.ROOT)));
    }

    /** Prints the tables of the runs (the first is Veille's) and the closing RESULT line. */
    void print(List<Run> runs, PrintWriter out) {
        List<String> types = types();
        Map<String, Long> counts = new LinkedHashMap<>();
        types.forEach(t -> counts.put(t, entries.stream().filter(e -> e.pageType().equals(t)).count()));
        out.printf("WCXB layout: %d pages %s; mean per-page word F1 over lower-cased \\w+ words (WCXB's rule)%n%n", entries.size(), counts);
        List<List<PageScore>> scores = runs.stream().map(this::score).toList();
        Table main = new Table("tool", "precision", "recall", "F1", "with", "without", "empty", "crashes", "pages/s");
        for (int t = 0; t < runs.size(); t++) {
            List<PageScore> s = scores.get(t);
            Run run = runs.get(t);
            main.row(run.tool(), Table.ratio(mean(s, p -> p.words().precision())), Table.ratio(mean(s, p -> p.words().recall())),
                    Table.ratio(mean(s, p -> p.words().f1())), Table.ratio(mean(s, PageScore::withRate)),
                    Table.ratio(mean(s, PageScore::withoutRate)), run.empty(), run.crashes().size(), Table.speed(run.pagesPerSecond()));
        }
        main.print(out);
        out.println("with = mean share of a page's with-snippets found (higher is better), without = of its without-snippets leaked"
                + " (lower is better; upstream counts 1 for a page that lists none)");
        out.println();
        List<String> header = new ArrayList<>(List.of("type", "pages"));
        runs.forEach(r -> header.add(r.tool() + " F1"));
        List<Run> typing = runs.stream().filter(r -> r.gives(Output::pageType)).toList();
        typing.forEach(r -> header.add(r.tool() + " type"));
        Table byType = new Table(header.toArray(String[]::new));
        List<String> rows = new ArrayList<>(List.of("all"));
        rows.addAll(types);
        for (String type : rows) {
            List<Object> cells = new ArrayList<>(List.of(type, type.equals("all") ? entries.size() : counts.get(type)));
            for (List<PageScore> s : scores) cells.add(Table.ratio(meanOfType(s, type)));
            for (Run r : typing) cells.add(Table.tally(typeTally(r, type)));
            byType.row(cells.toArray());
        }
        out.println("per page type (mean per-page F1; type = pages whose page type the tool got right):");
        byType.print(out);
        out.println();
        Table meta = new Table("tool", "title", "articles' title", "author", "date");
        for (Run run : runs) {
            Tally title = Tally.ZERO, articleTitle = Tally.ZERO, author = Tally.ZERO, date = Tally.ZERO;
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                Output o = run.outputs().get(i);
                if (e.title() != null) title = title.add(Scores.sameText(o.title(), e.title()));
                if (e.title() != null && e.pageType().equals(ARTICLE)) articleTitle = articleTitle.add(Scores.sameText(o.title(), e.title()));
                if (e.author() != null) author = author.add(sameAuthors(o.authors(), e.author()));
                if (Scores.day(e.published()) != null) date = date.add(Scores.day(e.published()).equals(Scores.day(o.published())));
            }
            meta.row(run.tool(), run.gives(Output::title) ? Table.tally(title) : "-",
                    run.gives(Output::title) ? Table.tally(articleTitle) : "-",
                    run.gives(o -> o.authors().isEmpty() ? null : o.authors()) ? Table.tally(author) : "-",
                    run.gives(Output::published) ? Table.tally(date) : "-");
        }
        out.println("metadata (title exact after whitespace normalisation; author: every name given is in the gold's author field,"
                + " case-insensitively; date: the same YYYY-MM-DD; pages whose gold gives the field; - = tool does not read it):");
        meta.print(out);
        for (Run run : typing) {
            out.println();
            out.printf("%s page types (rows: gold, columns: %s's; %s = no article extracted):%n", run.tool(), run.tool(), NO_TYPE);
            confusion(run, types).print(out);
        }
        out.println();
        List<PageScore> veille = scores.getFirst();
        Run first = runs.getFirst();
        out.printf("RESULT extraction f1=%s precision=%s recall=%s with=%s without=%s page_type=%s pages_per_s=%s%n",
                Table.ratio(mean(veille, p -> p.words().f1())), Table.ratio(mean(veille, p -> p.words().precision())),
                Table.ratio(mean(veille, p -> p.words().recall())), Table.ratio(mean(veille, PageScore::withRate)),
                Table.ratio(mean(veille, PageScore::withoutRate)),
                Table.ratio(first.gives(Output::pageType) ? typeTally(first, "all").accuracy() : Double.NaN),
                Table.speed(first.pagesPerSecond()));
        out.flush();
    }

    /** The pages of a gold type ("all": every page) whose type the run got right. */
    Tally typeTally(Run run, String type) {
        Tally tally = Tally.ZERO;
        for (int i = 0; i < entries.size(); i++) {
            String gold = entries.get(i).pageType();
            if (type.equals("all") || gold.equals(type)) tally = tally.add(gold.equals(run.outputs().get(i).pageType()));
        }
        return tally;
    }

    private Table confusion(Run run, List<String> types) {
        List<String> columns = new ArrayList<>(types);
        for (Output o : run.outputs()) {
            String found = o.pageType() == null ? NO_TYPE : o.pageType();
            if (!columns.contains(found)) columns.add(found);
        }
        List<String> header = new ArrayList<>(List.of("gold \\ found"));
        header.addAll(columns);
        Table table = new Table(header.toArray(String[]::new));
        for (String gold : types) {
            List<Object> cells = new ArrayList<>(List.of(gold));
            for (String found : columns) {
                long n = 0;
                for (int i = 0; i < entries.size(); i++) {
                    String type = run.outputs().get(i).pageType();
                    if (entries.get(i).pageType().equals(gold) && found.equals(type == null ? NO_TYPE : type)) n++;
                }
                cells.add(n);
            }
            table.row(cells.toArray());
        }
        return table;
    }

    /** Mean per-page F1 of one tool's scores over the pages of a gold type ("all": every page). */
    double meanOfType(List<PageScore> scores, String type) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (type.equals("all") || entries.get(i).pageType().equals(type)) {
                sum += scores.get(i).words().f1();
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static double mean(List<PageScore> scores, ToDoubleFunction<PageScore> value) {
        return scores.stream().mapToDouble(value).average().orElse(Double.NaN);
    }
}
