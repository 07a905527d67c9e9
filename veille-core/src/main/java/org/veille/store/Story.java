// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import java.util.List;

/**
 * A story and the stored articles linked to it.
 *
 * @param id       the story's id as the link stage gave it
 * @param articles its articles, oldest first, undated ones last
 */
public record Story(String id, List<StoredArticle> articles) {
    public Story {
        articles = List.copyOf(articles);
        if (articles.isEmpty()) throw new IllegalArgumentException("a story has at least one article: " + id);
    }

    /**
     * The story's first report: its oldest article that repeats no other one, neither as a near copy nor as the
     * same text from elsewhere; its oldest article when every one repeats another (their sources are in other
     * stories).
     */
    public StoredArticle firstReport() {
        for (StoredArticle a : articles) {
            if (a.repeats() == null && a.republicationOf() == null) return a;
        }
        return articles.getFirst();
    }
}
