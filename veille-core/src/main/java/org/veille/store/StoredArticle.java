// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import java.util.Objects;
import org.veille.analyze.AnalyzedArticle;

/**
 * What the store keeps for one article: the analyzed article and the story it was linked to.
 *
 * @param analyzed the article with its entities and quotations
 * @param story    the id of the story the link stage put it in, or null when it is in none yet
 */
public record StoredArticle(AnalyzedArticle analyzed, String story) {
    public StoredArticle {
        Objects.requireNonNull(analyzed, "analyzed");
    }

    /** The article's id, shortcut for {@code analyzed().article().id()}. */
    public String id() {
        return analyzed.article().id();
    }
}
