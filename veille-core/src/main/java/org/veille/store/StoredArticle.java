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
 * @param fetched         when the watcher fetched the page (ISO-8601 instant), or null for an article read from a file
 * @param previousVersion the id of the stored article this one replaces: the same page (same source) captured earlier
 *                        with other text or title, a correction or an edit; null for a page's first version
 */
public record StoredArticle(AnalyzedArticle analyzed, String story, String thread, StoryLinker.Repeat repeats,
                            String republicationOf, String fetched, String previousVersion) {
    public StoredArticle {
        Objects.requireNonNull(analyzed, "analyzed");
    }

    /** An article with no version history: read from a file, or a page's first version. */
    public StoredArticle(AnalyzedArticle analyzed, String story, String thread, StoryLinker.Repeat repeats,
                         String republicationOf) {
        this(analyzed, story, thread, repeats, republicationOf, null, null);
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
        return new StoredArticle(analyzed, newStory, newThread, newRepeats, republicationOf, fetched, previousVersion);
    }

    /** The same article, marked as republishing {@code original}. */
    StoredArticle republishing(String original) {
        return new StoredArticle(analyzed, story, thread, repeats, original, fetched, previousVersion);
    }

    /** The same article, fetched at {@code instant} (ISO-8601). */
    public StoredArticle fetchedAt(String instant) {
        return new StoredArticle(analyzed, story, thread, repeats, republicationOf, instant, previousVersion);
    }

    /** The same article, as the version that replaces the stored article {@code previous}. */
    StoredArticle replacing(String previous) {
        return new StoredArticle(analyzed, story, thread, repeats, republicationOf, fetched, previous);
    }
}
