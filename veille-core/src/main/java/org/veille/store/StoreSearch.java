// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.util.BytesRef;
import org.veille.analyze.AnalyzedArticle;
import org.veille.analyze.Entity;
import org.veille.analyze.Quotation;
import org.veille.extract.Article;

/**
 * The store's faceted search: filters, facet counts, date order and articles per day, on Lucene's sorted-set facets
 * (one doc-values field for every facet, global ordinals built once per searcher and cached). {@link ArticleStore}
 * parses the words and loads the hits; this class writes and reads the facet fields.
 */
final class StoreSearch {
    /** Doc-values columns: each article's publication day, and the single-valued keys articles per day are split by. */
    static final String DAY = "day", BY_OUTLET = "by_outlet", BY_LANGUAGE = "by_language";
    /** The longest facet value kept: names and outlets are far shorter; a longer captured string is cut. */
    static final int MAX_FACET_VALUE = 256;

    private final FacetsConfig config = new FacetsConfig();
    /** The facet ordinals of the last searcher asked for: building them reads every value, so once per refresh. */
    private SortedSetDocValuesReaderState state;

    StoreSearch() {
        for (Facet f : Facet.values()) config.setMultiValued(f.jsonName(), true);
    }

    /** The article's document with its facet fields and day columns added. */
    Document withFacets(Document d, AnalyzedArticle analyzed, String publishedDay) throws IOException {
        Article a = analyzed.article();
        add(d, Facet.OUTLET, a.outlet());
        add(d, Facet.LANGUAGE, a.language());
        add(d, Facet.PAGE_TYPE, a.pageType().jsonName());
        add(d, Facet.DOMAIN, WebDomain.of(a.url()));
        analyzed.entities().stream().map(Entity::canonical).distinct().forEach(c -> add(d, Facet.ENTITY, c));
        analyzed.quotes().stream().map(Quotation::speaker).filter(s -> s != null).distinct().forEach(s -> add(d, Facet.SPEAKER, s));
        if (publishedDay != null) d.add(new SortedDocValuesField(DAY, new BytesRef(publishedDay)));
        if (value(a.outlet()) != null) d.add(new SortedDocValuesField(BY_OUTLET, new BytesRef(value(a.outlet()))));
        if (value(a.language()) != null) d.add(new SortedDocValuesField(BY_LANGUAGE, new BytesRef(value(a.language()))));
        return config.build(d);
    }

    private static void add(Document d, Facet facet, String raw) {
        String v = value(raw);
        if (v != null) d.add(new SortedSetDocValuesFacetField(facet.jsonName(), v));
    }

    /**
     * A captured string as a facet value: control characters (among them the facet module's separators) made spaces,
     * cut to {@link #MAX_FACET_VALUE}; null when nothing is left. Filters go through it too, so they match.
     */
    static String value(String raw) {
        if (raw == null) return null;
        String v = raw.replaceAll("\\p{Cc}+", " ").strip();
        if (v.length() > MAX_FACET_VALUE) v = v.substring(0, MAX_FACET_VALUE);
        return v.isEmpty() ? null : v;
    }

    /** The words' query narrowed by the request's filters and days. */
    Query filtered(Query words, SearchRequest request, String publishedField) {
        Query base = words;
        if (request.from() != null || request.to() != null) {
            Query days = TermRangeQuery.newStringRange(publishedField,
                    request.from() == null ? null : request.from().toString(),
                    request.to() == null ? null : request.to().plusDays(1).toString(), true, false);
            base = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST).add(days, BooleanClause.Occur.FILTER).build();
        }
        if (request.filters().isEmpty()) return base;
        DrillDownQuery q = new DrillDownQuery(config, base);
        request.filters().forEach((facet, values) -> values.stream().map(StoreSearch::value).filter(v -> v != null)
                .forEach(v -> q.add(facet.jsonName(), v)));
        return q;
    }

    /** The matching documents, the top {@code n} in the request's order, and everything found for the facets. */
    FacetsCollectorManager.FacetsResult run(IndexSearcher s, Query q, SearchRequest request, int n, String publishedField)
            throws IOException {
        FacetsCollectorManager manager = new FacetsCollectorManager();
        if (request.order() == SearchRequest.Order.DATE) {
            SortField newest = new SortField(publishedField, SortField.Type.STRING, true);
            newest.setMissingValue(SortField.STRING_FIRST); // reversed: undated articles come last
            return FacetsCollectorManager.search(s, q, n, new Sort(newest, SortField.FIELD_DOC), false, manager);
        }
        return FacetsCollectorManager.search(s, q, n, manager);
    }

    /** How many documents the collector holds. */
    static int total(FacetsCollector found) {
        return found.getMatchingDocs().stream().mapToInt(FacetsCollector.MatchingDocs::totalHits).sum();
    }

    /** The most frequent values of each facet the request asks for among the documents found. */
    Map<Facet, List<FacetCount>> count(IndexSearcher s, FacetsCollector found, SearchRequest request) throws IOException {
        Map<Facet, List<FacetCount>> out = new EnumMap<>(Facet.class);
        if (request.facets().isEmpty()) return out;
        SortedSetDocValuesReaderState st = state(s.getIndexReader());
        if (st == null) {
            for (Facet f : request.facets().keySet()) out.put(f, List.of());
            return out;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(st, found);
        for (Facet f : request.facets().keySet()) {
            List<FacetCount> values = new ArrayList<>();
            FacetResult r = st.getOrdRange(f.jsonName()) == null ? null : counts.getTopChildren(request.facets().get(f), f.jsonName());
            if (r != null) for (LabelAndValue lv : r.labelValues) values.add(new FacetCount(lv.label, lv.value.intValue()));
            out.put(f, List.copyOf(values));
        }
        return out;
    }

    /** The facet ordinals of this reader, built at its first use; null when no article holds a facet field. */
    private synchronized SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        if (state == null || ((DefaultSortedSetDocValuesReaderState) state).reader != reader) {
            try {
                state = new DefaultSortedSetDocValuesReaderState(reader, config);
            } catch (IllegalArgumentException e) {
                return null; // a store written before facets were indexed: nothing to count
            }
        }
        return state;
    }

    /**
     * The documents found, counted per publication day and per value of {@code by}'s column ({@link #BY_OUTLET},
     * {@link #BY_LANGUAGE}), or in all (key "") when {@code by} is null. Undated documents are not counted.
     */
    static SortedMap<LocalDate, Map<String, Integer>> perDay(FacetsCollector found, String by) throws IOException {
        SortedMap<LocalDate, Map<String, Integer>> out = new TreeMap<>();
        for (FacetsCollector.MatchingDocs m : found.getMatchingDocs()) {
            SortedDocValues days = m.context().reader().getSortedDocValues(DAY);
            if (days == null || m.bits() == null) continue;
            SortedDocValues keys = by == null ? null : m.context().reader().getSortedDocValues(by);
            Map<Long, Integer> pairs = new HashMap<>(); // day ord and key ord (-1: none) in one long
            DocIdSetIterator docs = m.bits().iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (!days.advanceExact(doc)) continue;
                long key = keys != null && keys.advanceExact(doc) ? keys.ordValue() : -1;
                pairs.merge(((long) days.ordValue() << 32) | (key & 0xffffffffL), 1, Integer::sum);
            }
            for (Map.Entry<Long, Integer> e : pairs.entrySet()) {
                LocalDate day = LocalDate.parse(days.lookupOrd((int) (e.getKey() >>> 32)).utf8ToString());
                int keyOrd = (int) (long) e.getKey();
                String key = keyOrd == -1 ? "" : keys.lookupOrd(keyOrd).utf8ToString();
                out.computeIfAbsent(day, d -> new HashMap<>()).merge(key, e.getValue(), Integer::sum);
            }
        }
        return out;
    }

    /** The newest publication day in the store, or null when no article is dated. */
    static LocalDate lastDay(IndexReader reader) throws IOException {
        String last = null;
        for (var leaf : reader.leaves()) {
            SortedDocValues days = leaf.reader().getSortedDocValues(DAY);
            if (days == null || days.getValueCount() == 0) continue;
            String v = days.lookupOrd(days.getValueCount() - 1).utf8ToString();
            if (last == null || v.compareTo(last) > 0) last = v;
        }
        return last == null ? null : LocalDate.parse(last);
    }

    /** Every article: the query of a browse with no words. */
    static Query all() {
        return new MatchAllDocsQuery();
    }
}
