// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import java.util.List;
import java.util.Map;

/**
 * What {@link ArticleStore#search} found, and how much of the query it could use.
 *
 * @param hits          the page of hits asked for, best (or newest) first
 * @param total         how many articles the search found in all
 * @param facets        for each facet asked for, its most frequent values among everything found, most first
 * @param wordsAsked    the words of the query as typed
 * @param wordsSearched the first words actually searched: fewer than asked when the whole query would exceed the
 *                      search engine's clause limit
 */
public record SearchResults(List<SearchHit> hits, int total, Map<Facet, List<FacetCount>> facets, int wordsAsked,
                            int wordsSearched) {
    public SearchResults {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /** Nothing found for a query of this many words. */
    static SearchResults none(int words) {
        return new SearchResults(List.of(), 0, Map.of(), words, words);
    }

    /** Whether the query was cut to stay under the clause limit. */
    public boolean cut() {
        return wordsSearched < wordsAsked;
    }
}
