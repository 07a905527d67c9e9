// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.veille.extract.Article;

/**
 * The analyze stage's front door: sentences, named entities with canonical names, and quotations with
 * their speakers, for one article at a time. Thread-safe: build once (models load here) and share.
 * No I/O after construction, no global state: the same instance runs in a command, a server or a
 * stream-processing job.
 *
 * <p>The steps run in order: sentences, entities, identities, quotations, speakers. A step that fails on an article
 * (a bug meeting an unforeseen shape of text) leaves its result empty and is listed in
 * {@link AnalyzedArticle#failures()}; the article and the other steps' results are kept.
 */
public final class ArticleAnalyzer {

    private final EntityRecognizer recognizer;
    private final EntityResolver resolver;
    private final SpeakerResolver speakers;
    private final QuotationFinder quotations = new QuotationFinder();
    private final SentenceSplitter sentences = new SentenceSplitter();

    public ArticleAnalyzer(EntityRecognizer recognizer, Gazetteer gazetteer) {
        this.recognizer = recognizer;
        this.resolver = new EntityResolver(gazetteer);
        this.speakers = new SpeakerResolver(resolver);
    }

    public AnalyzedArticle analyze(Article article) {
        String text = article.text();
        List<AnalyzedArticle.StepFailure> failures = new ArrayList<>();
        List<Span> sentenceSpans = step("sentences", failures, () -> sentences.split(text));
        List<Mention> mentions = step("entities", failures,
                () -> recognizer.recognize(text, sentenceSpans, article.language()));
        List<Entity> entities = step("identities", failures,
                () -> resolver.resolve(text, mentions, article.publishedDay()));
        List<QuoteCandidate> candidates = step("quotations", failures,
                () -> quotations.find(text, article.language()));
        List<Quotation> quotes = step("speakers", failures, () -> speakers.resolve(text, candidates, entities, article.language()));
        return new AnalyzedArticle(article, entities, quotes, failures);
    }

    /** Runs one step; on failure records it and returns an empty result, so later steps still run. */
    private static <T> List<T> step(String name, List<AnalyzedArticle.StepFailure> failures, Supplier<List<T>> body) {
        try {
            return body.get();
        } catch (RuntimeException | StackOverflowError e) {
            failures.add(new AnalyzedArticle.StepFailure(name, describe(e)));
            return List.of();
        }
    }

    private static String describe(Throwable e) {
        StackTraceElement[] at = e.getStackTrace();
        String where = at.length == 0 ? "" : " at " + at[0].getClassName().replaceFirst(".*\\.", "") + "."
                + at[0].getMethodName() + ":" + at[0].getLineNumber();
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + where;
    }
}
