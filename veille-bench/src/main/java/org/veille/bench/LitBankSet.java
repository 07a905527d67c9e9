// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * fr-litbank citations ({@code *.ann} + {@code *.txt} side by side, brat with {@code Citation}, {@code Entite}
 * and {@code Source} relations): French literary prose. A citation is found when one of Veille's quotations
 * (any kind) covers at least half of it; the speaker is scored on citations with a source (see {@link #score}).
 */
final class LitBankSet implements QuoteSet {

    static final String LANGUAGE = "fr";

    /**
     * One gold citation.
     *
     * @param speaker who says it: the Entite of its Source relation, resolved when it is a pronoun; null when
     *                the citation has no source
     */
    record Citation(Stretch span, String speaker) {
    }

    record Document(QuoteDoc doc, List<Citation> gold) {
        Document {
            gold = List.copyOf(gold);
        }
    }

    /** One document's counts (or their sum): citations, found, with a source, found with one, speakers right. */
    record Counts(String name, int citations, int found, int withSource, int foundWithSource, int speakers) {
        Counts plus(Counts o) {
            return new Counts("all", citations + o.citations, found + o.found, withSource + o.withSource,
                    foundWithSource + o.foundWithSource, speakers + o.speakers);
        }

        double foundRate() {
            return Confusion.ratio(found, citations);
        }

        /** Right speakers among found citations with a source. */
        double speakersOfFound() {
            return Confusion.ratio(speakers, foundWithSource);
        }

        /** Right speakers among all citations with a source (a missed one counts wrong). */
        double speakersOfAll() {
            return Confusion.ratio(speakers, withSource);
        }
    }

    private final List<Document> documents;
    private final SpeakerWords words;

    private LitBankSet(List<Document> documents, SpeakerWords words) {
        this.documents = List.copyOf(documents);
        this.words = words;
    }

    /** Whether {@code dir} holds brat files beside their texts. */
    static boolean holds(Path dir) {
        return !annotated(dir).isEmpty();
    }

    private static List<Path> annotated(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".ann") && Files.isRegularFile(textOf(f))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static Path textOf(Path ann) {
        String name = ann.getFileName().toString();
        return ann.resolveSibling(name.substring(0, name.length() - ".ann".length()) + ".txt");
    }

    /** Reads the first {@code limit} documents by name (all when 0). */
    static LitBankSet load(Path dir, int limit) {
        SpeakerWords words = SpeakerWords.of(LANGUAGE);
        List<Document> documents = new ArrayList<>();
        for (Path ann : Gold.first(annotated(dir), limit)) {
            String text;
            try {
                text = Files.readString(textOf(ann), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + textOf(ann), e);
            }
            String name = textOf(ann).getFileName().toString().replaceFirst("\\.txt$", "");
            documents.add(new Document(new QuoteDoc(name, text, LANGUAGE, null), citations(Brat.read(ann, text), text, words)));
        }
        return new LitBankSet(documents, words);
    }

    /**
     * The citations of one file with their speakers. A pronoun speaker (il, elle, je...) is replaced by the
     * nearest earlier Entite that is not a pronoun and is the source of another citation: an approximation
     * of the coreference the set does not give.
     */
    static List<Citation> citations(Brat brat, String text, SpeakerWords words) {
        Map<String, String> sourceOf = new HashMap<>();
        for (Brat.Relation r : brat.relations()) {
            if (r.type().equals("Source") && brat.mentions().containsKey(r.arg1())) sourceOf.putIfAbsent(r.arg2(), r.arg1());
        }
        List<Citation> gold = new ArrayList<>();
        for (Brat.Mention c : brat.ofType("Citation")) {
            String entite = sourceOf.get(c.id());
            String speaker = null;
            if (entite != null) {
                Brat.Mention m = brat.mentions().get(entite);
                speaker = m.stretch().of(text);
                if (words.isPronoun(speaker)) {
                    String named = antecedent(brat, sourceOf, c.id(), m.stretch().start(), text, words);
                    if (named != null) speaker = named;
                }
            }
            gold.add(new Citation(c.stretch(), speaker));
        }
        return gold;
    }

    /** The nearest Entite before {@code start} that names someone and is the source of a citation other than {@code citation}. */
    private static String antecedent(Brat brat, Map<String, String> sourceOf, String citation, int start, String text, SpeakerWords words) {
        String found = null;
        int foundStart = -1;
        for (Map.Entry<String, String> e : sourceOf.entrySet()) {
            if (e.getKey().equals(citation)) continue;
            Brat.Mention m = brat.mentions().get(e.getValue());
            int s = m.stretch().start();
            String t = m.stretch().of(text);
            if (s < start && s > foundStart && !words.isPronoun(t)) {
                found = t;
                foundStart = s;
            }
        }
        return found;
    }

    @Override
    public List<QuoteDoc> docs() {
        return documents.stream().map(Document::doc).toList();
    }

    /**
     * One row per document. The speaker of a found citation with a source is right when Veille's speaker of the
     * most overlapping quotation, its canonical name or its designation as printed, shares a content word with it:
     * the gold source is a mention as printed with only its pronouns resolved, so a description ("le vieillard") is
     * matched by the same words printed, and the character Veille resolves it to cannot be checked (as PolNeAR's).
     */
    List<Counts> score(List<List<Predicted>> predictions) {
        List<Counts> rows = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            int found = 0, withSource = 0, foundWithSource = 0, speakers = 0;
            for (Citation c : documents.get(i).gold()) {
                Predicted best = QuoteMatch.best(c.span(), predictions.get(i));
                if (best != null) found++;
                if (c.speaker() == null) continue;
                withSource++;
                if (best == null) continue;
                foundWithSource++;
                if (agrees(best, c.speaker())) speakers++;
            }
            rows.add(new Counts(documents.get(i).doc().id(), documents.get(i).gold().size(), found, withSource, foundWithSource, speakers));
        }
        return rows;
    }

    /** Whether Veille's canonical speaker, else its printed designation, or that designation names the gold source. */
    private boolean agrees(Predicted veille, String gold) {
        return words.agree(veille.who(), gold) || veille.speakerText() != null && words.agree(veille.speakerText(), gold);
    }

    /** The found citations with a source whose speaker Veille got wrong, in document order. */
    List<SpeakerMiss> misses(List<List<Predicted>> predictions) {
        List<SpeakerMiss> misses = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            String text = documents.get(i).doc().text();
            for (Citation c : documents.get(i).gold()) {
                Predicted best = QuoteMatch.best(c.span(), predictions.get(i));
                if (best == null || c.speaker() == null || agrees(best, c.speaker())) continue;
                misses.add(new SpeakerMiss(documents.get(i).doc().id(), "citation", c.speaker(), best, c.span().of(text)));
            }
        }
        return misses;
    }

    /** The sum of the rows. */
    static Counts total(List<Counts> rows) {
        return rows.stream().reduce(new Counts("all", 0, 0, 0, 0, 0), Counts::plus);
    }

    @Override
    public void print(QuoteRun run, boolean errors, PrintWriter out) {
        List<Counts> rows = score(run.quotes());
        Counts all = total(rows);
        out.printf(Locale.ROOT, "fr-litbank citations: %d documents, %d citations, %d with a source (pronouns resolved to the nearest"
                + " earlier named source); found = a Veille quotation of any kind covers >= half of the citation%n%n",
                documents.size(), all.citations(), all.withSource());
        Table table = new Table("document", "citations", "found", "found rate", "with source", "found with source",
                "speaker right", "speakers (found)", "speakers (all)");
        for (Counts c : rows) row(table, c);
        row(table, all);
        table.print(out);
        if (errors) SpeakerMiss.print(misses(run.quotes()), out);
        QuoteMatch.finish(run, out, String.format(Locale.ROOT, "RESULT quotes set=litbank found=%s speakers=%s speakers_all=%s",
                Table.ratio(all.foundRate()), Table.ratio(all.speakersOfFound()), Table.ratio(all.speakersOfAll())));
    }

    private static void row(Table table, Counts c) {
        table.row(c.name(), c.citations(), c.found(), Table.ratio(c.foundRate()), c.withSource(), c.foundWithSource(),
                c.speakers(), Table.ratio(c.speakersOfFound()), Table.ratio(c.speakersOfAll()));
    }
}
