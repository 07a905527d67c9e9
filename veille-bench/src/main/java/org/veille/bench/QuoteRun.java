// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import org.veille.analyze.ArticleAnalyzer;

/**
 * Veille's quotations on each document of a set, in order, with the speed of the analysis.
 *
 * @param quotes  one list per document, offsets in the set's text
 * @param crashes the documents the analyzer threw on, each as "id: exception" (their list is empty)
 * @param tokens  whitespace tokens of all the texts
 * @param nanos   wall time spent in {@code analyze} on one thread; 0 when not timed
 */
record QuoteRun(List<List<Predicted>> quotes, List<String> crashes, long tokens, long nanos) {

    QuoteRun {
        quotes = quotes.stream().map(List::copyOf).toList();
        crashes = List.copyOf(crashes);
    }

    /** What one document gave: its quotations, or nothing and what was thrown. */
    private record Attempt(List<Predicted> quotes, String crash, long nanos) {
    }

    /** Runs the analyzer over the documents on the calling thread, timing it. */
    static QuoteRun of(ArticleAnalyzer analyzer, List<QuoteDoc> docs) {
        return collect(docs, docs.stream().map(d -> attempt(analyzer, d)).toList(), true);
    }

    /** Runs the analyzer over the documents on every core, untimed: for quality checks. */
    static QuoteRun onAllCores(ArticleAnalyzer analyzer, List<QuoteDoc> docs) {
        try (ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors())) {
            List<Attempt> attempts = pool.submit(() -> docs.parallelStream().map(d -> attempt(analyzer, d)).toList()).join();
            return collect(docs, attempts, false);
        }
    }

    private static QuoteRun collect(List<QuoteDoc> docs, List<Attempt> attempts, boolean timed) {
        List<String> crashes = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            if (attempts.get(i).crash() != null) crashes.add(docs.get(i).id() + ": " + attempts.get(i).crash());
        }
        return new QuoteRun(attempts.stream().map(Attempt::quotes).toList(), crashes,
                docs.stream().mapToLong(QuoteDoc::tokens).sum(), timed ? attempts.stream().mapToLong(Attempt::nanos).sum() : 0);
    }

    private static Attempt attempt(ArticleAnalyzer analyzer, QuoteDoc doc) {
        Paragraphs paragraphs = new Paragraphs(doc.text());
        long start = System.nanoTime();
        try {
            List<Predicted> quotes = analyzer.analyze(doc.article(paragraphs)).quotes().stream()
                    .map(q -> Predicted.of(q, paragraphs)).toList();
            return new Attempt(quotes, null, System.nanoTime() - start);
        } catch (RuntimeException | StackOverflowError e) {
            return new Attempt(List.of(), e.getClass().getSimpleName() + ": " + e.getMessage(), System.nanoTime() - start);
        }
    }

    /** Tokens per second of analysis, NaN when not timed. */
    double tokensPerSecond() {
        return nanos == 0 ? Double.NaN : tokens * 1e9 / nanos;
    }

    /** The line every set prints under its table. */
    String speedLine() {
        return nanos == 0 ? "speed: not timed (documents analysed on every core)"
                : String.format(Locale.ROOT, "speed: %s tokens/s (%d whitespace tokens, %.1f s in analyze, one thread, first pass)",
                Table.speed(tokensPerSecond()), tokens, nanos / 1e9);
    }
}
