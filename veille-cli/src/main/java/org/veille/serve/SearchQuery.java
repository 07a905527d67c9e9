// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.serve;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veille.store.Facet;
import org.veille.store.FacetCount;
import org.veille.store.SearchRequest;
import org.veille.store.SearchResults;

/**
 * A search as the API and the pages take it from a query string: {@code q}, a filter per facet ({@code outlet=},
 * {@code language=}, {@code page_type=}, {@code domain=}, {@code entity=}, {@code speaker=}, each repeatable), {@code
 * label=} (the outlets' label, through their domains), {@code from=} and {@code to=} (days), {@code sort=relevance|date},
 * {@code offset=} and {@code limit=}; and the label facet, counted from the domains found.
 */
final class SearchQuery {

    /** Values shown per facet. */
    static final int FACET_VALUES = 10;
    /** Domains counted to add up the labels: every labelled domain of a large store fits. */
    static final int LABEL_DOMAINS = 10_000;
    /** The facet of outlet labels, which the store does not index: it is read from the domains. */
    static final String LABEL = "label";
    /** A domain no URL has: the filter of a label no domain carries. */
    private static final String NO_DOMAIN = "-";

    private SearchQuery() {}

    /** The request a query string asks for; facets counted only when {@code facets} is true. */
    static SearchRequest of(Params p, OutletLabels labels, int defaultLimit, boolean facets) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) filters.put(f, new ArrayList<>(p.all(f.jsonName())));
        List<String> labelled = p.all(LABEL);
        if (!labelled.isEmpty()) {
            List<String> domains = filters.get(Facet.DOMAIN);
            for (String meaning : labelled) domains.addAll(labels.domainsMeaning(meaning));
            if (domains.isEmpty()) domains.add(NO_DOMAIN);
        }
        Map<Facet, Integer> counted = new EnumMap<>(Facet.class);
        if (facets) {
            for (Facet f : Facet.values()) counted.put(f, FACET_VALUES);
            if (!labels.isEmpty()) counted.put(Facet.DOMAIN, LABEL_DOMAINS);
        }
        SearchRequest.Order order = p.choice("sort", "relevance", "date").equals("date") ? SearchRequest.Order.DATE : SearchRequest.Order.RELEVANCE;
        return new SearchRequest(p.first("q", ""), filters, p.day("from"), p.day("to"), order, p.offset(), p.limit(defaultLimit), counted);
    }

    /**
     * The facets to show, in {@link Facet}'s order: each facet's first {@link #FACET_VALUES} values, and last the labels
     * of the domains found added up (domains without a label left out), most first.
     */
    static Map<String, List<FacetCount>> shown(SearchResults results, OutletLabels labels) {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        for (Facet f : Facet.values()) {
            List<FacetCount> counts = results.facets().get(f);
            if (counts != null) out.put(f.jsonName(), counts.subList(0, Math.min(FACET_VALUES, counts.size())));
        }
        List<FacetCount> domains = results.facets().get(Facet.DOMAIN);
        if (domains != null && !labels.isEmpty()) {
            Map<String, Integer> sums = new HashMap<>();
            for (FacetCount d : domains) labels.of(d.value()).ifPresent(l -> sums.merge(l.meaning(), d.count(), Integer::sum));
            out.put(LABEL, sums.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> new FacetCount(e.getKey(), e.getValue())).toList());
        }
        return out;
    }

    /** The filter parameters a query string holds (every facet and label), in a stable order: what a page's links keep. */
    static Map<String, List<String>> filters(Params p) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Facet f : Facet.values()) if (!p.all(f.jsonName()).isEmpty()) out.put(f.jsonName(), p.all(f.jsonName()));
        if (!p.all(LABEL).isEmpty()) out.put(LABEL, p.all(LABEL));
        return out;
    }
}
