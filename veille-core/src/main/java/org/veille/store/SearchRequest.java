// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A search of the store: words, filters, order and the page of results wanted.
 *
 * @param query   words in Lucene's simple syntax ({@code "phrase"}, {@code +}, {@code -}, {@code |}, {@code prefix*});
 *                blank to browse every article the filters keep
 * @param filters for each facet, the values kept (an article with any of them); facets are combined with AND
 * @param from    the first publication day kept, or null; with {@code from} or {@code to} undated articles are left out
 * @param to      the last publication day kept, or null
 * @param order   by relevance, or newest first
 * @param offset  how many of the first results to skip (pagination)
 * @param limit   the most hits to return, at least 1
 * @param facets  the facets to count over everything found, each with how many of its most frequent values to give
 */
public record SearchRequest(String query, Map<Facet, List<String>> filters, LocalDate from, LocalDate to, Order order,
                            int offset, int limit, Map<Facet, Integer> facets) {

    /** Newest first, or best match first. */
    public enum Order { RELEVANCE, DATE }

    public SearchRequest {
        query = query == null ? "" : query;
        EnumMap<Facet, List<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((f, values) -> { if (!values.isEmpty()) copy.put(f, List.copyOf(values)); });
        filters = copy.isEmpty() ? Map.of() : Map.copyOf(copy);
        facets = Map.copyOf(facets);
        facets.forEach((f, n) -> { if (n < 1) throw new IllegalArgumentException("count at least 1 value of " + f.jsonName()); });
        if (order == null) order = Order.RELEVANCE;
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative, was " + offset);
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }

    /** The best {@code limit} matches of {@code query}, no filter, no facet. */
    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, Map.of(), null, null, Order.RELEVANCE, 0, limit, Map.of());
    }

    /** The {@code limit} newest articles of the store, no filter, no facet. */
    public static SearchRequest newest(int limit) {
        return new SearchRequest("", Map.of(), null, null, Order.DATE, 0, limit, Map.of());
    }

    /** Whether it keeps every article: no words, no filter, no day. */
    public boolean browsesAll() {
        return query.isBlank() && filters.isEmpty() && from == null && to == null;
    }
}
