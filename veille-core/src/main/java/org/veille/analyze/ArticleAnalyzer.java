// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.List;
import org.veille.extract.Article;

/**
 * The analyze stage's front door: sentences, named entities with canonical names, and quotations with
 * their speakers, for one article at a time. Thread-safe: build once (models load here) and share.
 * No I/O after construction, no global state: the same instance runs in a command, a server or a
 * stream-processing job.
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
        List<Span> sentenceSpans = sentences.split(text);
        List<Mention> mentions = recognizer.recognize(text, sentenceSpans, article.language());
        List<Entity> entities = resolver.resolve(text, mentions, article.publishedDay());
        List<Quotation> quotes = speakers.resolve(text, quotations.find(text, article.language()), entities);
        return new AnalyzedArticle(article, entities, quotes);
    }

}
