// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.veille.analyze.Quotation;

/**
 * PolNeAR ({@code attributions/*.ann} + {@code text/*.txt} + metadata {@code *.tsv}): English political news
 * with every attribution's content and source marked by hand. An article annotated several times is read
 * from its lowest annotator id. Veille's quotations except scare quotes are scored against the contents;
 * speakers against the sources (see {@link #score}).
 */
final class PolNearSet implements QuoteSet {

    static final String LANGUAGE = "en";
    /** Quotation marks, for the README's tests of direct and partial quotations. */
    private static final String QUOTE_MARKS = "“”\"";
    /**
     * A direct quotation's content opens with one of these and closes with one of {@link #CLOSING}: the
     * README's 401 direct attributions in dev (taking any mark at either end gives 410, counting typos such
     * as a content that opens with ”).
     */
    private static final String OPENING = "“\"";
    private static final String CLOSING = "”\"";
    /** A mixed or partial quotation holds at least two quotation marks without being fully quoted. */
    private static final int PARTIAL_MARKS = 2;

    /** How the gold reports an attribution, from its content's quotation marks. */
    enum Kind {
        DIRECT("direct", Quotation.Kind.DIRECT), PARTIAL("partial/mixed", Quotation.Kind.PARTIAL),
        INDIRECT("indirect", Quotation.Kind.INDIRECT);

        final String label;
        /** Veille's kind for the same way of reporting. */
        final Quotation.Kind veille;

        Kind(String label, Quotation.Kind veille) {
            this.label = label;
            this.veille = veille;
        }
    }

    /**
     * One gold attribution.
     *
     * @param content    its content spans, united
     * @param source     the source as printed, or null when the attribution has none
     * @param antecedent when the source names nobody (a pronoun, "the source"), the nearest earlier source of
     *                   the article that holds a capitalised name, else null
     * @param cue        the cue as printed ("said", "according to"), or null when the annotation has none
     */
    record Attribution(Stretch content, String source, String antecedent, Kind kind, String cue) {
    }

    record Article(QuoteDoc doc, List<Attribution> gold) {
        Article {
            gold = List.copyOf(gold);
        }
    }

    /**
     * One row of the table.
     *
     * @param gold        gold attributions of the row
     * @param found       of them, covered by at least half by one of Veille's quotations
     * @param predictions Veille's quotations (of the row's kind, for a kind's row)
     * @param precise     of them, at least half inside one gold content
     * @param speakers    found attributions with a source whose speaker Veille got right
     */
    record Row(String name, int gold, int found, int predictions, int precise, Tally speakers) {
        double recall() {
            return Confusion.ratio(found, gold);
        }

        double precision() {
            return Confusion.ratio(precise, predictions);
        }

        double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final List<Article> articles;
    private final SpeakerWords words;

    private PolNearSet(List<Article> articles, SpeakerWords words) {
        this.articles = List.copyOf(articles);
        this.words = words;
    }

    /** Whether {@code dir} is laid out like PolNeAR. */
    static boolean holds(Path dir) {
        return Files.isDirectory(dir.resolve("attributions")) && Files.isDirectory(dir.resolve("text"));
    }

    /** Reads the first {@code limit} articles by name (all when 0). */
    static PolNearSet load(Path dir, int limit) {
        SpeakerWords words = SpeakerWords.of(LANGUAGE);
        Map<String, String> dates = publicationDates(dir);
        Map<String, Path> annotations = lowestAnnotator(dir.resolve("attributions"));
        List<Article> articles = new ArrayList<>();
        for (Map.Entry<String, Path> e : annotations.entrySet()) {
            if (limit > 0 && articles.size() == limit) break;
            Path txt = dir.resolve("text").resolve(e.getKey() + ".txt");
            String text = read(txt);
            QuoteDoc doc = new QuoteDoc(e.getKey(), text, LANGUAGE, dates.get(e.getKey()));
            articles.add(new Article(doc, attributions(Brat.read(e.getValue(), text), text, words)));
        }
        return new PolNearSet(articles, words);
    }

    /** Article name → its {@code .ann} file of the lowest annotator id, sorted by name. */
    private static Map<String, Path> lowestAnnotator(Path dir) {
        Map<String, Path> chosen = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path ann : files.filter(f -> f.getFileName().toString().endsWith(".ann")).sorted().toList()) {
                String name = ann.getFileName().toString();
                int cut = name.lastIndexOf('_');
                if (cut < 0) continue;
                chosen.putIfAbsent(name.substring(0, cut), ann); // sorted: the first seen has the lowest id
            }
            return chosen;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** filename → publication_date, from any metadata TSV beside the folders. */
    private static Map<String, String> publicationDates(Path dir) {
        Map<String, String> dates = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path tsv : files.filter(f -> f.getFileName().toString().endsWith(".tsv")).toList()) {
                List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
                if (lines.isEmpty()) continue;
                List<String> header = List.of(lines.getFirst().split("\t"));
                int name = header.indexOf("filename"), date = header.indexOf("publication_date");
                if (name < 0 || date < 0) continue;
                for (String line : lines.subList(1, lines.size())) {
                    String[] cells = line.split("\t");
                    if (cells.length > Math.max(name, date)) dates.put(cells[name], cells[date]);
                }
            }
            return dates;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the metadata of " + dir, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The attributions of one annotation file; events pointing to missing mentions are skipped. */
    static List<Attribution> attributions(Brat brat, String text, SpeakerWords words) {
        List<Brat.Mention> sources = brat.ofType("Source");
        List<Attribution> gold = new ArrayList<>();
        for (Brat.Event event : brat.events()) {
            List<org.veille.analyze.Span> parts = new ArrayList<>();
            boolean dangling = false;
            for (String role : List.of("Content", "Content2")) {
                String id = event.arguments().get(role);
                if (id == null) continue;
                Brat.Mention m = brat.mentions().get(id);
                if (m == null) dangling = true;
                else parts.addAll(m.stretch().parts());
            }
            String sourceId = event.arguments().get("Source");
            Brat.Mention source = sourceId == null ? null : brat.mentions().get(sourceId);
            if (dangling || parts.isEmpty() || sourceId != null && source == null) continue;
            Stretch content = new Stretch(parts);
            String sourceText = source == null ? null : source.stretch().of(text);
            Brat.Mention cue = event.arguments().get("Cue") == null ? null : brat.mentions().get(event.arguments().get("Cue"));
            String antecedent = null;
            if (source != null && !words.holdsName(sourceText)) {
                antecedent = antecedent(sources, source.stretch().start(), text, words);
            }
            gold.add(new Attribution(content, sourceText, antecedent, kindOf(content.of(text)), cue == null ? null : cue.stretch().of(text)));
        }
        gold.sort(Comparator.comparingInt(a -> a.content().start()));
        return gold;
    }

    /** The nearest source starting before {@code start} that holds a capitalised name, or null. */
    private static String antecedent(List<Brat.Mention> sources, int start, String text, SpeakerWords words) {
        String found = null;
        for (Brat.Mention m : sources) {
            if (m.stretch().start() >= start) break;
            String t = m.stretch().of(text);
            if (words.holdsName(t)) found = t;
        }
        return found;
    }

    /** The README's rule: direct when the content opens and closes with quotation marks, partial when it holds two. */
    static Kind kindOf(String content) {
        String c = content.strip();
        if (c.length() >= 2 && OPENING.indexOf(c.charAt(0)) >= 0 && CLOSING.indexOf(c.charAt(c.length() - 1)) >= 0) {
            return Kind.DIRECT;
        }
        long marks = c.chars().filter(ch -> QUOTE_MARKS.indexOf(ch) >= 0).count();
        return marks >= PARTIAL_MARKS ? Kind.PARTIAL : Kind.INDIRECT;
    }

    @Override
    public List<QuoteDoc> docs() {
        return articles.stream().map(Article::doc).toList();
    }

    /**
     * The rows: all, then each gold kind. A gold content is found when one of Veille's quotations (scare
     * quotes left out) covers at least half of its characters; a quotation is precise when at least half
     * of it lies inside one gold content. The speaker of a found attribution with a source is right when
     * Veille's speaker (its canonical name, else as printed) of the most overlapping quotation shares a
     * content word with the source, or with the source's antecedent when the source names nobody.
     */
    List<Row> score(List<List<Predicted>> predictions) {
        List<Row> rows = new ArrayList<>();
        rows.add(row("all", a -> true, q -> true, predictions));
        for (Kind k : Kind.values()) rows.add(row(k.label, a -> a.kind() == k, q -> q.kind() == k.veille, predictions));
        return rows;
    }

    /** One row: the gold attributions and Veille's quotations it takes. */
    private Row row(String name, Predicate<Attribution> takesGold, Predicate<Predicted> takesVeille, List<List<Predicted>> predictions) {
        int gold = 0, found = 0, predicted = 0, precise = 0;
        Tally speakers = Tally.ZERO;
        for (int i = 0; i < articles.size(); i++) {
            List<Attribution> attributions = articles.get(i).gold();
            List<Predicted> veille = predictions.get(i).stream().filter(q -> q.kind() != Quotation.Kind.SCARE).toList();
            for (Attribution a : attributions) {
                if (!takesGold.test(a)) continue;
                gold++;
                Predicted best = QuoteMatch.best(a.content(), veille);
                if (best == null) continue;
                found++;
                if (a.source() != null) speakers = speakers.add(rightSpeaker(a, best));
            }
            for (Predicted q : veille) {
                if (!takesVeille.test(q)) continue;
                predicted++;
                if (attributions.stream().anyMatch(a -> QuoteMatch.insideHalf(q, a.content()))) precise++;
            }
        }
        return new Row(name, gold, found, predicted, precise, speakers);
    }

    /** The found attributions with a source whose speaker Veille got wrong, in article order. */
    List<SpeakerMiss> misses(List<List<Predicted>> predictions) {
        List<SpeakerMiss> misses = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            List<Predicted> veille = predictions.get(i).stream().filter(q -> q.kind() != Quotation.Kind.SCARE).toList();
            String text = articles.get(i).doc().text();
            for (Attribution a : articles.get(i).gold()) {
                Predicted best = QuoteMatch.best(a.content(), veille);
                if (best == null || a.source() == null || rightSpeaker(a, best)) continue;
                String gold = a.antecedent() == null ? a.source() : a.source() + " → " + a.antecedent();
                misses.add(new SpeakerMiss(articles.get(i).doc().id(), a.kind().label, gold, best, a.content().of(text)));
            }
        }
        return misses;
    }

    /**
     * The listing of what the span scores count against Veille: each gold content no quotation covers by half
     * (with its cue, and the quotation overlapping it most, if any), then each quotation not half inside a gold
     * content.
     */
    private void printSpanMisses(List<List<Predicted>> predictions, PrintWriter out) {
        List<String> missed = new ArrayList<>(), imprecise = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            List<Predicted> veille = predictions.get(i).stream().filter(q -> q.kind() != Quotation.Kind.SCARE).toList();
            String text = articles.get(i).doc().text(), id = articles.get(i).doc().id();
            for (Attribution a : articles.get(i).gold()) {
                if (QuoteMatch.best(a.content(), veille) != null) continue;
                Predicted near = veille.stream().filter(q -> a.content().overlap(q.start(), q.end()) > 0)
                        .max(Comparator.comparingInt(q -> a.content().overlap(q.start(), q.end()))).orElse(null);
                missed.add(String.join("\t", id, a.kind().label, String.valueOf(a.cue()), flat(a.content().of(text)),
                        near == null ? "-" : flat(text.substring(near.start(), near.end()))));
            }
            for (Predicted q : veille) {
                if (articles.get(i).gold().stream().noneMatch(a -> QuoteMatch.insideHalf(q, a.content()))) {
                    imprecise.add(String.join("\t", id, q.kind().name(), String.valueOf(q.who()), flat(text.substring(q.start(), q.end()))));
                }
            }
        }
        out.println();
        out.printf("Missed gold contents: %d (document, gold kind, cue, content, Veille's most overlapping quotation)%n", missed.size());
        missed.forEach(out::println);
        out.println();
        out.printf("Quotations in no gold content: %d (document, kind, speaker, quotation)%n", imprecise.size());
        imprecise.forEach(out::println);
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /**
     * PolNeAR's gold is the source as printed: Veille is right when its canonical name or its printed
     * designation names it ("the IMF" printed, "International Monetary Fund" canonical).
     */
    private boolean rightSpeaker(Attribution a, Predicted q) {
        for (String veille : new String[] {q.speaker(), q.speakerText()}) {
            if (veille == null) continue;
            if (words.agree(veille, a.source()) || a.antecedent() != null && words.agree(veille, a.antecedent())) return true;
        }
        return false;
    }

    @Override
    public void print(QuoteRun run, boolean errors, PrintWriter out) {
        List<Row> rows = score(run.quotes());
        out.printf(Locale.ROOT, "PolNeAR: %d articles (one annotator each, the lowest id), %d attributions; Veille's quotations"
                + " except scare quotes; found = a quotation covers >= half of the gold content%n%n", articles.size(), rows.getFirst().gold());
        Table table = new Table("gold kind", "gold", "found", "recall", "Veille", "precise", "precision", "F1", "speakers (found, with source)");
        for (Row r : rows) {
            table.row(r.name(), r.gold(), r.found(), Table.ratio(r.recall()), r.predictions(), r.precise(),
                    Table.ratio(r.precision()), Table.ratio(r.f1()), Table.tally(r.speakers()));
        }
        table.print(out);
        out.println("(a kind's Veille and precision columns count Veille's quotations of that kind, against gold contents of any kind)");
        if (errors) {
            SpeakerMiss.print(misses(run.quotes()), out);
            printSpanMisses(run.quotes(), out);
        }
        QuoteMatch.finish(run, out, String.format(Locale.ROOT, "RESULT quotes set=polnear found=%s precision=%s f1=%s speakers=%s",
                Table.ratio(rows.getFirst().recall()), Table.ratio(rows.getFirst().precision()), Table.ratio(rows.getFirst().f1()),
                Table.ratio(rows.getFirst().speakers().accuracy())));
    }
}
