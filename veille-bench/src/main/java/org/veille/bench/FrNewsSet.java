// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.veille.analyze.Gazetteer;
import org.veille.analyze.Quotation;

/**
 * The French news dev set of the project ({@code annotations-*.jsonl}, format in its README): OrangeSum
 * records annotated by hand with every quotation, its kind and its speaker; the texts are read from the
 * corpus by id. A gold quotation is found when one of Veille's quotations of any kind covers at least half
 * of it; its kind and speaker are then those of the most overlapping one (see {@link #rightSpeaker}).
 */
final class FrNewsSet implements QuoteSet {

    static final String LANGUAGE = "fr";
    /** Where the corpus sits from a folder that holds the shared data beside the project. */
    static final String TEXTS = "shared/data/french-news/orangesum/orangesum_parsed.jsonl.gz";
    private static final Pattern ANNOTATIONS = Pattern.compile("annotations-.*\\.jsonl");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern HYPHENS = Pattern.compile("[-‐‑‒–—\\s]+");

    /** The table's rows: the headline figures are direct and partial quotations together. */
    enum Row {
        DIRECT_PARTIAL("direct+partial"), INDIRECT("indirect"), SCARE("scare"), ALL("all");

        final String label;

        Row(String label) {
            this.label = label;
        }

        static Row of(Quotation.Kind kind) {
            return switch (kind) {
                case DIRECT, PARTIAL -> DIRECT_PARTIAL;
                case INDIRECT -> INDIRECT;
                case SCARE -> SCARE;
            };
        }
    }

    /** One gold quotation, located in its record's text; {@code speakerText} is the designation as printed ("a-t-il"), or null. */
    record Quote(Stretch span, String text, Quotation.Kind kind, String speaker, List<String> alternatives, String speakerText) {
        Quote {
            alternatives = List.copyOf(alternatives);
        }
    }

    record Article(QuoteDoc doc, List<Quote> gold) {
        Article {
            gold = List.copyOf(gold);
        }
    }

    /** One row's counts: gold quotes, found, right kind among found, right speakers. */
    record Counts(int gold, int found, int kinds, int speakers) {
        static final Counts ZERO = new Counts(0, 0, 0, 0);

        Counts plus(boolean found, boolean kind, boolean speaker) {
            return new Counts(gold + 1, this.found + (found ? 1 : 0), kinds + (kind ? 1 : 0), speakers + (speaker ? 1 : 0));
        }

        double foundRate() {
            return Confusion.ratio(found, gold);
        }

        double kindAccuracy() {
            return Confusion.ratio(kinds, found);
        }

        double speakersOfFound() {
            return Confusion.ratio(speakers, found);
        }

        double speakersOfAll() {
            return Confusion.ratio(speakers, gold);
        }
    }

    private final List<Article> articles;

    private FrNewsSet(List<Article> articles) {
        this.articles = List.copyOf(articles);
    }

    /** Whether {@code dir} holds annotation files. */
    static boolean holds(Path dir) {
        return !annotationFiles(dir).isEmpty();
    }

    private static List<Path> annotationFiles(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> ANNOTATIONS.matcher(f.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** The corpus found from {@code dir} upwards: {@value #TEXTS} beside one of its ancestors, or null. */
    static Path findTexts(Path dir) {
        for (Path a = dir.toAbsolutePath().normalize(); a.getParent() != null; a = a.getParent()) {
            Path texts = a.resolveSibling(TEXTS);
            if (Files.isRegularFile(texts)) return texts;
        }
        return null;
    }

    /**
     * Reads the annotations of {@code dir} (the first {@code limit} articles by id, all when 0) and their
     * texts from {@code texts}. An article annotated in several files is read from the lowest annotator.
     * Each unreadable line, quotation not found in its text, or article missing from the corpus is one line
     * on {@code err} and is left out.
     */
    static FrNewsSet load(Path dir, Path texts, int limit, PrintWriter err) {
        Map<String, JsonNode> annotations = new TreeMap<>(FrNewsSet::byId);
        Map<String, String> annotators = new HashMap<>();
        for (Path file : annotationFiles(dir)) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            for (int n = 0; n < lines.size(); n++) {
                if (lines.get(n).isBlank()) continue;
                JsonNode node;
                try {
                    node = Gold.line(lines.get(n));
                } catch (UncheckedIOException e) {
                    err.printf("bench: %s line %d: not valid JSON, skipped%n", file.getFileName(), n + 1);
                    continue;
                }
                String id = Gold.nonBlank(node, "id");
                if (id == null || !node.path("quotes").isArray()) {
                    err.printf("bench: %s line %d: no id or no quotes list, skipped%n", file.getFileName(), n + 1);
                    continue;
                }
                String annotator = String.valueOf(Gold.text(node, "annotator")) + " " + file.getFileName();
                if (!annotators.containsKey(id) || annotator.compareTo(annotators.get(id)) < 0) {
                    annotators.put(id, annotator);
                    annotations.put(id, node);
                }
            }
        }
        List<String> ids = Gold.first(List.copyOf(annotations.keySet()), limit);
        Map<String, String[]> records = records(texts, new HashSet<>(ids));
        List<Article> articles = new ArrayList<>();
        for (String id : ids) {
            String[] record = records.get(id);
            if (record == null) {
                err.printf("bench: article %s: not in %s, skipped%n", id, texts.getFileName());
                continue;
            }
            QuoteDoc doc = new QuoteDoc(id, record[0], LANGUAGE, record[1]);
            articles.add(new Article(doc, quotes(doc, annotations.get(id), err)));
        }
        return new FrNewsSet(articles);
    }

    /** Numeric ids in numeric order. */
    private static int byId(String a, String b) {
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    /** id → {text, date} of the wanted records, streamed from the gzipped JSON Lines. */
    private static Map<String, String[]> records(Path jsonl, Set<String> wanted) {
        Map<String, String[]> records = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(jsonl), 1 << 16), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null && records.size() < wanted.size(); line = in.readLine()) {
                if (line.isBlank() || !wanted.contains(idOf(line))) continue;
                JsonNode n = Gold.line(line);
                String text = Gold.text(n, "text");
                records.put(Gold.text(n, "id"), new String[] {text == null ? "" : text, Scores.day(Gold.text(n, "date"))});
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jsonl, e);
        }
    }

    /** The id of a corpus line without parsing it all: the records start with their "id" field. */
    private static String idOf(String line) {
        int start = line.indexOf("\"id\": \"");
        if (start < 0) return Gold.text(Gold.line(line), "id");
        start += "\"id\": \"".length();
        int end = line.indexOf('"', start);
        return end < 0 ? null : line.substring(start, end);
    }

    /** The gold quotes of one article, each located at its first occurrence after the previous one's start. */
    static List<Quote> quotes(QuoteDoc doc, JsonNode annotation, PrintWriter err) {
        List<Quote> quotes = new ArrayList<>();
        int from = 0;
        for (JsonNode q : annotation.path("quotes")) {
            String text = Gold.text(q, "text");
            Quotation.Kind kind = kindOf(Gold.text(q, "kind"));
            if (text == null || text.isEmpty() || kind == null) {
                err.printf("bench: article %s: quote without text or with an unknown kind (%s), skipped%n", doc.id(), Gold.text(q, "kind"));
                continue;
            }
            int at = doc.text().indexOf(text, from);
            if (at < 0) at = doc.text().indexOf(text); // an annotator who listed quotes out of order
            if (at < 0) {
                err.printf("bench: article %s: quote \"%s\" is not in the text, skipped%n", doc.id(), SpeakerMiss.shorten(text));
                continue;
            }
            from = at + 1; // a quote repeated word for word is its next occurrence
            quotes.add(new Quote(Stretch.of(at, at + text.length()), text, kind, Gold.nonBlank(q, "speaker"),
                    Gold.strings(q, "speaker_alt"), Gold.nonBlank(q, "speaker_text")));
        }
        return quotes;
    }

    private static Quotation.Kind kindOf(String kind) {
        if (kind == null) return null;
        for (Quotation.Kind k : Quotation.Kind.values()) {
            if (k.jsonName().equals(kind.strip().toLowerCase(Locale.ROOT))) return k;
        }
        return null;
    }

    List<Article> articles() {
        return articles;
    }

    @Override
    public List<QuoteDoc> docs() {
        return articles.stream().map(Article::doc).toList();
    }

    /** Counts by row. */
    Map<Row, Counts> score(List<List<Predicted>> predictions) {
        Map<Row, Counts> rows = new TreeMap<>();
        for (Row r : Row.values()) rows.put(r, Counts.ZERO);
        for (int i = 0; i < articles.size(); i++) {
            for (Quote g : articles.get(i).gold()) {
                Predicted best = QuoteMatch.best(g.span(), predictions.get(i));
                boolean found = best != null;
                boolean kind = found && best.kind() == g.kind();
                boolean speaker = found && rightSpeaker(g, best);
                for (Row r : List.of(Row.of(g.kind()), Row.ALL)) rows.put(r, rows.get(r).plus(found, kind, speaker));
            }
        }
        return rows;
    }

    /** The gold quotes Veille missed or gave a wrong speaker, in article order. */
    List<SpeakerMiss> misses(List<List<Predicted>> predictions) {
        List<SpeakerMiss> misses = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            for (Quote g : articles.get(i).gold()) {
                Predicted best = QuoteMatch.best(g.span(), predictions.get(i));
                if (best == null || !rightSpeaker(g, best)) {
                    misses.add(new SpeakerMiss(articles.get(i).doc().id(), g.kind().jsonName(), g.speaker(), best, g.text()));
                }
            }
        }
        return misses;
    }

    /**
     * No gold speaker (scare, anonymous): Veille gives none. Else Veille's canonical speaker equals the gold
     * speaker or one of its alternatives (ignoring accents, case and hyphens), or, when Veille gives a single
     * word, that word is the gold speaker's last. Names are also compared through the identity Veille's
     * gazetteer gives them: the gold's "Russie" or "Sergueï Lavrov" is Veille's "Russia" or "Sergey Lavrov".
     */
    static boolean rightSpeaker(Quote gold, Predicted veille) {
        if (gold.speaker() == null) return veille.speaker() == null;
        if (veille.speaker() == null) return false;
        String said = folded(veille.speaker());
        List<String> names = new ArrayList<>(List.of(gold.speaker()));
        names.addAll(gold.alternatives());
        for (String n : List.copyOf(names)) GAZETTEER.lookup(n).ifPresent(identity -> names.add(identity.canonical()));
        if (names.stream().anyMatch(n -> folded(n).equals(said))) return true;
        String[] goldWords = folded(gold.speaker()).split(" ");
        return !said.contains(" ") && said.equals(goldWords[goldWords.length - 1]);
    }

    /** Veille's known names, read once: which identity a gold name is (immutable, shared). */
    private static final Gazetteer GAZETTEER = Gazetteer.standard();

    /** Without accents, lower case, hyphens and runs of spaces as one space. */
    static String folded(String name) {
        String bare = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return HYPHENS.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    @Override
    public void print(QuoteRun run, boolean errors, PrintWriter out) {
        Map<Row, Counts> rows = score(run.quotes());
        out.printf(Locale.ROOT, "French news dev set: %d articles, %d gold quotations; found = a Veille quotation of any kind covers"
                + " >= half of the gold one%n%n", articles.size(), rows.get(Row.ALL).gold());
        Table table = new Table("gold kind", "gold", "found", "found rate", "kind right", "speaker right", "speakers (found)",
                "speakers (all)");
        rows.forEach((r, c) -> table.row(r.label, c.gold(), c.found(), Table.ratio(c.foundRate()), Table.ratio(c.kindAccuracy()),
                c.speakers(), Table.ratio(c.speakersOfFound()), Table.ratio(c.speakersOfAll())));
        table.print(out);
        if (errors) SpeakerMiss.print(misses(run.quotes()), out);
        Counts headline = rows.get(Row.DIRECT_PARTIAL);
        QuoteMatch.finish(run, out, String.format(Locale.ROOT, "RESULT quotes set=frnews found=%s speakers=%s speakers_all=%s kind=%s",
                Table.ratio(headline.foundRate()), Table.ratio(headline.speakersOfFound()), Table.ratio(headline.speakersOfAll()),
                Table.ratio(headline.kindAccuracy())));
    }
}
