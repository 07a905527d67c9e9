// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.List;
import java.util.Objects;
import org.veille.extract.Article;

/** An article with what the analyze stage found in its body; offsets point into {@code article.text()}. */
public record AnalyzedArticle(Article article, List<Entity> entities, List<Quotation> quotes) {
    public AnalyzedArticle {
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
    }
}
