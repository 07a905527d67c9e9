// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import java.util.Objects;
import org.veille.link.StoryLinker;
import org.veille.analyze.AnalyzedArticle;

/**
 * What the store keeps for one article: the analyzed article, where the link stage placed it, and the article it
 * republishes.
 *
 * @param analyzed        the article with its entities and quotations
 * @param story           the id of the story the link stage put it in, or null when it is in none yet
 * @param thread          the id of the thread of that story, or null
 * @param repeats         the earlier article whose text this one repeats (a near copy), or null
 * @param republicationOf the id of the first stored article with the same text from another place, or null when
 *                        this one was the first
 */
public record StoredArticle(AnalyzedArticle analyzed, String story, String thread, StoryLinker.Repeat repeats,
                            String republicationOf) {
    public StoredArticle {
        Objects.requireNonNull(analyzed, "analyzed");
    }

    /** An article that republishes nothing the store knows of, in a story (or none) and no thread yet. */
    public StoredArticle(AnalyzedArticle analyzed, String story) {
        this(analyzed, story, null, null, null);
    }

    /** The article's id, shortcut for {@code analyzed().article().id()}. */
    public String id() {
        return analyzed.article().id();
    }

    /** The same article placed elsewhere by the link stage. */
    public StoredArticle withLinks(String newStory, String newThread, StoryLinker.Repeat newRepeats) {
        return new StoredArticle(analyzed, newStory, newThread, newRepeats, republicationOf);
    }

    /** The same article, marked as republishing {@code original}. */
    StoredArticle republishing(String original) {
        return new StoredArticle(analyzed, story, thread, repeats, original);
    }
}
