// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import java.util.Objects;
import org.veille.analyze.AnalyzedArticle;

/**
 * What the store keeps for one article: the analyzed article, the story it was linked to, and the article it
 * republishes.
 *
 * @param analyzed        the article with its entities and quotations
 * @param story           the id of the story the link stage put it in, or null when it is in none yet
 * @param republicationOf the id of the first stored article with the same text from another place, or null when
 *                        this one was the first
 */
public record StoredArticle(AnalyzedArticle analyzed, String story, String republicationOf) {
    public StoredArticle {
        Objects.requireNonNull(analyzed, "analyzed");
    }

    /** An article that republishes nothing the store knows of. */
    public StoredArticle(AnalyzedArticle analyzed, String story) {
        this(analyzed, story, null);
    }

    /** The article's id, shortcut for {@code analyzed().article().id()}. */
    public String id() {
        return analyzed.article().id();
    }

    /** The same article in another story. */
    StoredArticle withStory(String newStory) {
        return new StoredArticle(analyzed, newStory, republicationOf);
    }

    /** The same article, marked as republishing {@code original}. */
    StoredArticle republishing(String original) {
        return new StoredArticle(analyzed, story, original);
    }
}
