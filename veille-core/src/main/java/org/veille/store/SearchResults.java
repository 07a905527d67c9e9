// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import java.util.List;

/**
 * What {@link ArticleStore#search} found, and how much of the query it could use.
 *
 * @param hits          the best hits first
 * @param wordsAsked    the words of the query as typed
 * @param wordsSearched the first words actually searched: fewer than asked when the whole query would exceed the
 *                      search engine's clause limit
 */
public record SearchResults(List<SearchHit> hits, int wordsAsked, int wordsSearched) {
    public SearchResults {
        hits = List.copyOf(hits);
    }

    /** Whether the query was cut to stay under the clause limit. */
    public boolean cut() {
        return wordsSearched < wordsAsked;
    }
}
