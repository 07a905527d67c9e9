// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.serve;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.veille.store.ArticleStore;
import org.veille.store.Facet;
import org.veille.store.FacetCount;
import org.veille.store.SearchHit;
import org.veille.store.SearchRequest;
import org.veille.store.SearchResults;

/**
 * One outlet (a name as articles state it): its articles, languages, web domains with their labels, articles per
 * day, and its latest articles.
 *
 * @param name      the outlet's name
 * @param articles  how many articles it published in the store
 * @param languages its articles per language, most first
 * @param domains   the domains its articles came from, with their labels (null where none)
 * @param perDay    its articles per publication day
 * @param latest    its newest articles
 */
record OutletView(String name, int articles, List<FacetCount> languages, List<Domain> domains,
                  SortedMap<LocalDate, Integer> perDay, List<SearchHit> latest) {

    /** Domains and articles shown. */
    static final int DOMAINS = 5, LATEST = 20;

    /** A domain, how many of the outlet's articles came from it, and its label or null. */
    record Domain(String domain, int articles, OutletLabels.Label label) {}

    static OutletView of(ArticleStore store, OutletLabels labels, String name, int offset) {
        SearchRequest published = new SearchRequest("", Map.of(Facet.OUTLET, List.of(name)), null, null,
                SearchRequest.Order.DATE, offset, LATEST, Map.of(Facet.LANGUAGE, SearchQuery.FACET_VALUES, Facet.DOMAIN, DOMAINS));
        SearchResults found = store.search(published);
        List<Domain> domains = found.facets().getOrDefault(Facet.DOMAIN, List.of()).stream()
                .map(d -> new Domain(d.value(), d.count(), labels.of(d.value()).orElse(null))).toList();
        return new OutletView(name, found.total(), found.facets().getOrDefault(Facet.LANGUAGE, List.of()), domains,
                Attention.totals(store.perDay(published, null)), found.hits());
    }

    /** The outlets of the store, the most articles first, with their labels (through each one's main domain). */
    static List<Map<String, Object>> list(ArticleStore store, OutletLabels labels, int limit) {
        SearchResults all = store.search(new SearchRequest("", Map.of(), null, null, SearchRequest.Order.RELEVANCE, 0, 1,
                Map.of(Facet.OUTLET, limit)));
        return all.facets().getOrDefault(Facet.OUTLET, List.of()).stream().map(o -> {
            SearchResults own = store.search(new SearchRequest("", Map.of(Facet.OUTLET, List.of(o.value())), null, null,
                    SearchRequest.Order.RELEVANCE, 0, 1, Map.of(Facet.DOMAIN, 1)));
            String domain = own.facets().getOrDefault(Facet.DOMAIN, List.of()).stream().findFirst().map(FacetCount::value).orElse(null);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("outlet", o.value());
            row.put("articles", o.count());
            row.put("domain", domain);
            row.put("label", Rows.label(labels.of(domain).orElse(null)));
            return row;
        }).toList();
    }

    Map<String, Object> row() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("outlet", name);
        row.put("articles", articles);
        row.put("languages", languages.stream().map(Rows::counted).toList());
        row.put("domains", domains.stream().map(d -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("domain", d.domain());
            r.put("articles", d.articles());
            r.put("label", Rows.label(d.label()));
            return r;
        }).toList());
        row.put("per_day", Attention.dayRows(perDay));
        row.put("latest", latest.stream().map(Rows::searchHit).toList());
        return row;
    }
}
