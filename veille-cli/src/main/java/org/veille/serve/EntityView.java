// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.serve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.veille.store.ArticleStore;
import org.veille.store.Facet;
import org.veille.store.FacetCount;
import org.veille.store.QuoteHit;
import org.veille.store.SearchHit;
import org.veille.store.SearchRequest;
import org.veille.store.SearchResults;
import org.veille.store.StoredArticle;

/**
 * One identity (a canonical name) across the store: how many articles mention it, day by day, the identities named
 * with it most often, what it said, and the latest articles naming it.
 *
 * @param name        the canonical name
 * @param articles    the articles that mention it
 * @param perDay      those articles per publication day
 * @param coOccurring the names most often mentioned in the same articles, most first
 * @param statements  its quotations, newest articles first
 * @param latest      the newest articles that mention it
 */
record EntityView(String name, int articles, SortedMap<LocalDate, Integer> perDay, List<FacetCount> coOccurring,
                  List<QuoteHit> statements, List<SearchHit> latest) {

    /** Names listed beside it; articles and statements shown; articles read for its statements. */
    static final int CO_OCCURRING = 15, LATEST = 10, STATEMENTS = 50, STATEMENT_ARTICLES = 10;

    static EntityView of(ArticleStore store, String name) {
        SearchRequest mentioning = new SearchRequest("", Map.of(Facet.ENTITY, List.of(name)), null, null,
                SearchRequest.Order.DATE, 0, LATEST, Map.of(Facet.ENTITY, CO_OCCURRING + 1));
        SearchResults found = store.search(mentioning);
        List<FacetCount> others = new ArrayList<>(found.facets().getOrDefault(Facet.ENTITY, List.of()));
        others.removeIf(c -> c.value().equals(name));
        return new EntityView(name, found.total(), Attention.totals(store.perDay(mentioning, null)),
                others.subList(0, Math.min(CO_OCCURRING, others.size())), statements(store, name), found.hits());
    }

    /**
     * Its quotations, from the newest {@link #STATEMENT_ARTICLES} articles that quote it under exactly this name (the
     * speaker facet): a page reads a bounded number of articles however often the name is quoted.
     */
    private static List<QuoteHit> statements(ArticleStore store, String name) {
        List<QuoteHit> out = new ArrayList<>();
        for (StoredArticle a : quoting(store, name, STATEMENT_ARTICLES).reversed()) { // the newest first
            a.analyzed().quotes().stream().filter(q -> name.equals(q.speaker()))
                    .forEach(q -> out.add(new QuoteHit(a.id(), a.analyzed().article().title(), q)));
        }
        return out.subList(0, Math.min(STATEMENTS, out.size()));
    }

    /** The newest {@code limit} articles that quote {@code speaker} under exactly this canonical name, oldest first. */
    static List<StoredArticle> quoting(ArticleStore store, String speaker, int limit) {
        SearchRequest request = new SearchRequest("", Map.of(Facet.SPEAKER, List.of(speaker)), null, null,
                SearchRequest.Order.DATE, 0, limit, Map.of());
        List<StoredArticle> out = new ArrayList<>();
        for (SearchHit hit : store.search(request).hits()) store.get(hit.id()).ifPresent(out::add);
        return out.reversed();
    }

    Map<String, Object> row() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("entity", name);
        row.put("articles", articles);
        row.put("per_day", Attention.dayRows(perDay));
        row.put("co_occurring", coOccurring.stream().map(Rows::counted).toList());
        row.put("statements", statements.stream().map(Rows::quotation).toList());
        row.put("latest", latest.stream().map(Rows::searchHit).toList());
        return row;
    }
}
