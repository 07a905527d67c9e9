// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * French news extraction on {@code data/french-news/orangesum}: each page of {@code pages/manifest.csv}
 * against its parsed record. The body is scored as a bag of words against the standfirst plus the body
 * (the record's body glues paragraphs without a space, so only words can be compared); the title must
 * equal the record's {@code <title>} once the suffix all of its site's titles share is cut (the README: every
 * auto.orange.fr title ends with the site's tagline, and a headline has none), and is also scored as is;
 * the date must be the record's YYYY-MM-DD {@code date}.
 */
final class OrangeSumEval {

    static final String RECORDS = "orangesum_parsed.jsonl.gz";

    /** One page's record: what the authors parsed from it. */
    record Entry(String id, String url, String title, String body, String date) {
    }

    /** One tool's scores; title and date tallies are null for a tool that does not read them. */
    record Result(String tool, WordOverlap body, Tally title, Tally titleAsIs, Tally date, long empty,
                  int crashes, double pagesPerSecond) {
    }

    private final List<Entry> entries;
    private final List<Page> pages;
    /** Each site's shared {@code <title>} suffix, by host. */
    private final Map<String, String> titleSuffixes;

    private OrangeSumEval(List<Entry> entries, List<Page> pages) {
        this.entries = List.copyOf(entries);
        this.pages = List.copyOf(pages);
        Map<String, List<String>> titlesByHost = new HashMap<>();
        for (Entry e : entries) {
            if (e.title() != null) titlesByHost.computeIfAbsent(host(e.url()), h -> new ArrayList<>()).add(e.title());
        }
        this.titleSuffixes = new HashMap<>();
        titlesByHost.forEach((host, titles) -> titleSuffixes.put(host, Scores.sharedTitleSuffix(titles)));
    }

    private static String host(String url) {
        try {
            String host = url == null ? null : URI.create(url).getHost();
            return host == null ? "" : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** Whether {@code dir} looks like this set. */
    static boolean holds(Path dir) {
        return Files.isRegularFile(dir.resolve(RECORDS)) && Files.isDirectory(dir.resolve("pages"));
    }

    /** Reads the first {@code limit} pages of the manifest by file name (all when 0) and their records. */
    static OrangeSumEval load(Path dir, int limit, PrintWriter err) {
        Map<String, String> files = manifest(dir.resolve("pages/manifest.csv"));
        List<String> ids = Gold.first(files.keySet().stream().sorted(Comparator.comparing(files::get)).toList(), limit);
        Map<String, Entry> records = records(dir.resolve(RECORDS), ids);
        List<Entry> entries = new ArrayList<>();
        List<PageReader.Wanted> wanted = new ArrayList<>();
        for (String id : ids) {
            Entry entry = records.get(id);
            if (entry == null) throw new IllegalStateException("no record for page " + files.get(id) + " in " + RECORDS);
            entries.add(entry);
            wanted.add(new PageReader.Wanted(id, dir.resolve("pages").resolve(files.get(id)), entry.url()));
        }
        return new OrangeSumEval(entries, new PageReader().read(wanted, err));
    }

    /** id → file name, from the manifest's first two columns. */
    private static Map<String, String> manifest(Path csv) {
        try {
            Map<String, String> files = new HashMap<>();
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", 3);
                if (cells.length >= 2) files.put(cells[0], cells[1]);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
    }

    /** The records of {@code ids}, streamed from the gzipped JSON Lines. */
    private static Map<String, Entry> records(Path jsonl, List<String> ids) {
        Map<String, Entry> records = new HashMap<>();
        Set<String> wanted = Set.copyOf(ids);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(jsonl), 1 << 16), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null && records.size() < wanted.size(); line = in.readLine()) {
                if (line.isBlank()) continue;
                JsonNode n = Gold.line(line);
                String id = Gold.text(n, "id");
                if (!wanted.contains(id)) continue;
                String abstractText = Gold.text(n, "abstract");
                String body = (abstractText == null ? "" : abstractText + "\n\n") + Gold.text(n, "text");
                records.put(id, new Entry(id, Gold.text(n, "url"), Gold.text(n, "title"), body, Gold.text(n, "date")));
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jsonl, e);
        }
    }

    List<Page> pages() {
        return pages;
    }

    /** One line per page of a run for {@link PageLines}: id, address, title and date found beside the record's. */
    List<Map<String, Object>> pageLines(Run run) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            lines.add(PageLines.line(e.id(), e.url(), run.outputs().get(i),
                    e.title() == null ? null : Scores.withoutSuffix(e.title(), titleSuffixes.get(host(e.url()))), e.date()));
        }
        return lines;
    }

    /** Scores a run over {@link #pages()}. */
    Result score(Run run) {
        WordOverlap body = WordOverlap.ZERO;
        Tally title = Tally.ZERO, asIs = Tally.ZERO, date = Tally.ZERO;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Output o = run.outputs().get(i);
            body = body.plus(WordOverlap.of(o.text(), e.body()));
            String headline = e.title() == null ? null : Scores.withoutSuffix(e.title(), titleSuffixes.get(host(e.url())));
            title = title.add(Scores.sameText(o.title(), headline));
            asIs = asIs.add(Scores.sameText(o.title(), e.title()));
            date = date.add(e.date() != null && e.date().equals(Scores.day(o.published())));
        }
        boolean titles = run.gives(Output::title);
        boolean dates = run.gives(Output::published);
        return new Result(run.tool(), body, titles ? title : null, titles ? asIs : null, dates ? date : null,
                run.empty(), run.crashes().size(), run.pagesPerSecond());
    }

    /** Prints the table of the runs (the first is Veille's) and the closing RESULT line. */
    void print(List<Run> runs, PrintWriter out) {
        out.printf("OrangeSum: %d pages; body = bag of words vs standfirst + body; title vs the record's <title> without"
                + " its site's shared suffix %s, and as is%n%n", entries.size(), titleSuffixes.values().stream()
                .filter(s -> !s.isEmpty()).map(s -> '"' + s.strip() + '"').sorted().toList());
        List<Result> results = runs.stream().map(this::score).toList();
        Table table = new Table("tool", "body P", "body R", "body F1", "title", "title as is", "date", "empty",
                "crashes", "pages/s");
        for (Result r : results) {
            table.row(r.tool(), Table.ratio(r.body().precision()), Table.ratio(r.body().recall()), Table.ratio(r.body().f1()),
                    tally(r.title()), tally(r.titleAsIs()), tally(r.date()), r.empty(), r.crashes(),
                    Table.speed(r.pagesPerSecond()));
        }
        table.print(out);
        out.println();
        Result v = results.getFirst();
        out.printf("RESULT extraction f1=%s precision=%s recall=%s title=%s date=%s pages_per_s=%s%n",
                Table.ratio(v.body().f1()), Table.ratio(v.body().precision()), Table.ratio(v.body().recall()),
                Table.ratio(v.title() == null ? Double.NaN : v.title().accuracy()),
                Table.ratio(v.date() == null ? Double.NaN : v.date().accuracy()), Table.speed(v.pagesPerSecond()));
        out.flush();
    }

    private static String tally(Tally t) {
        return t == null ? "-" : Table.tally(t);
    }
}
