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
    }
}
