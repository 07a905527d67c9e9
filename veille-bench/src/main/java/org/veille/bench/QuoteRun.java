// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.veille.analyze.ArticleAnalyzer;
import org.veille.analyze.Quotation;

/**
 * Veille's quotations on each document of a set, in order, with the speed of the analysis.
 *
 * @param quotes  one list per document, offsets in the set's text
 * @param crashes the documents the analyzer threw on, each as "id: exception" (their list is empty)
 * @param tokens  whitespace tokens of all the texts
 * @param nanos   wall time spent in {@code analyze}, on one thread
 */
record QuoteRun(List<List<Predicted>> quotes, List<String> crashes, long tokens, long nanos) {

    QuoteRun {
        quotes = quotes.stream().map(List::copyOf).toList();
        crashes = List.copyOf(crashes);
    }

    /** Runs the analyzer over the documents on the calling thread. */
    static QuoteRun of(ArticleAnalyzer analyzer, List<QuoteDoc> docs) {
        List<List<Predicted>> quotes = new ArrayList<>();
        List<String> crashes = new ArrayList<>();
        long tokens = 0;
        long nanos = 0;
        for (QuoteDoc doc : docs) {
            tokens += doc.tokens();
            Paragraphs paragraphs = new Paragraphs(doc.text());
            long start = System.nanoTime();
            try {
                List<Quotation> found = analyzer.analyze(doc.article(paragraphs)).quotes();
                quotes.add(found.stream().map(q -> Predicted.of(q, paragraphs)).toList());
            } catch (RuntimeException | StackOverflowError e) {
                quotes.add(List.of());
                crashes.add(doc.id() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            nanos += System.nanoTime() - start;
        }
        return new QuoteRun(quotes, crashes, tokens, nanos);
    }

    /** Tokens per second of analysis, NaN when nothing was analysed. */
    double tokensPerSecond() {
        return nanos == 0 ? Double.NaN : tokens * 1e9 / nanos;
    }

    /** The line every set prints under its table. */
    String speedLine() {
        return String.format(Locale.ROOT, "speed: %s tokens/s (%d whitespace tokens, %.1f s in analyze, one thread, first pass)",
                Table.speed(tokensPerSecond()), tokens, nanos / 1e9);
    }
}
