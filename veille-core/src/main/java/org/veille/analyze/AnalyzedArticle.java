// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.List;
import java.util.Objects;
import org.veille.extract.Article;

/**
 * An article with what the analyze stage found in its body; offsets point into {@code article.text()}.
 *
 * @param failures the analysis steps that failed on this article (their results are empty); the
 *                 article and what the other steps found are kept
 */
public record AnalyzedArticle(Article article, List<Entity> entities, List<Quotation> quotes,
                              List<StepFailure> failures) {
    public AnalyzedArticle {
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        failures = List.copyOf(failures);
    }

    /** An article every step of which succeeded. */
    public AnalyzedArticle(Article article, List<Entity> entities, List<Quotation> quotes) {
        this(article, entities, quotes, List.of());
    }

    /** One analysis step that failed on one article: which, and why, in words for the user. */
    public record StepFailure(String step, String reason) {
        public StepFailure {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
