// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filters, facets, date order, pages, highlights and articles per day of {@link ArticleStore#search(SearchRequest)}. */
class StoreSearchTest {

    @TempDir
    Path dir;
    private ArticleStore store;

    @BeforeEach
    void fill() throws Exception {
        store = ArticleStore.open(dir.resolve("store"));
        store.put(Samples.full());
        for (int i = 0; i < 10; i++) store.put(Samples.synthetic(i));
        store.commit();
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private static SearchRequest request(String q, Map<Facet, List<String>> filters, SearchRequest.Order order, int offset, int limit) {
        Map<Facet, Integer> facets = new java.util.EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) facets.put(f, 5);
        return new SearchRequest(q, filters, null, null, order, offset, limit, facets);
    }

    @Test
    void countsFacetsOverEverythingFound() {
        SearchResults r = store.search(request("sécurité | security", Map.of(), null, 0, 2));
        assertThat(r.total()).isEqualTo(11);
        assertThat(r.hits()).hasSize(2);
        assertThat(r.facets().get(Facet.LANGUAGE)).containsExactly(new FacetCount("fr", 6), new FacetCount("en", 5));
        assertThat(r.facets().get(Facet.OUTLET)).contains(new FacetCount("Le Monde", 1));
        assertThat(r.facets().get(Facet.DOMAIN)).containsExactly(new FacetCount("example.org", 11));
        assertThat(r.facets().get(Facet.PAGE_TYPE)).containsExactly(new FacetCount("article", 11));
        assertThat(r.facets().get(Facet.SPEAKER)).contains(new FacetCount("Mark Rutte", 6));
        assertThat(r.facets().get(Facet.ENTITY)).contains(new FacetCount("NATO", 1));
    }

    @Test
    void filtersCombineFacetsWithAndAndValuesWithOr() {
        assertThat(store.search(request("", Map.of(Facet.LANGUAGE, List.of("en")), null, 0, 20)).total()).isEqualTo(5);
        assertThat(store.search(request("", Map.of(Facet.LANGUAGE, List.of("en", "fr")), null, 0, 20)).total()).isEqualTo(11);
        SearchResults both = store.search(request("", Map.of(Facet.LANGUAGE, List.of("fr"), Facet.ENTITY, List.of("NATO")), null, 0, 20));
        assertThat(both.hits()).extracting(SearchHit::id).containsExactly("fr-1");
        assertThat(store.search(request("", Map.of(Facet.OUTLET, List.of("Nobody")), null, 0, 20)).total()).isZero();
        SearchResults days = store.search(new SearchRequest("", Map.of(), LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3),
                null, 0, 20, Map.of()));
        assertThat(days.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder("syn-1", "syn-2");
    }

    @Test
    void sortsNewestFirstAndPages() {
        SearchResults newest = store.search(request("", Map.of(), SearchRequest.Order.DATE, 0, 3));
        assertThat(newest.hits()).extracting(SearchHit::id).containsExactly("fr-1", "syn-9", "syn-8");
        SearchResults next = store.search(request("", Map.of(), SearchRequest.Order.DATE, 3, 3));
        assertThat(next.hits()).extracting(SearchHit::id).containsExactly("syn-7", "syn-6", "syn-5");
        assertThat(next.total()).isEqualTo(11);
    }

    @Test
    void marksTheQueryWordsInTheSnippet() {
        SearchHit hit = store.search(request("securite otan", Map.of(), null, 0, 1)).hits().getFirst();
        assertThat(hit.id()).isEqualTo("fr-1");
        assertThat(hit.highlights()).extracting(s -> hit.snippet().substring(s.start(), s.end())).containsExactly("l'OTAN", "sécurité"); // the elided article is part of the token
        SearchHit phrase = store.search(request("\"nous sommes prêts\"", Map.of(), null, 0, 1)).hits().getFirst();
        assertThat(phrase.highlights()).extracting(s -> phrase.snippet().substring(s.start(), s.end()))
                .containsExactly("Nous", "sommes", "prêts");
    }

    @Test
    void countsArticlesPerDayByOutletOrLanguage() {
        var perDay = store.perDay(request("", Map.of(), null, 0, 1), Facet.LANGUAGE);
        assertThat(perDay.get(LocalDate.of(2024, 1, 1))).isEqualTo(Map.of("fr", 1));
        assertThat(perDay.get(LocalDate.of(2024, 3, 2))).isEqualTo(Map.of("fr", 1));
        assertThat(perDay).hasSize(11);
        var all = store.perDay(request("", Map.of(Facet.LANGUAGE, List.of("en")), null, 0, 1), null);
        assertThat(all.values().stream().mapToInt(m -> m.get("")).sum()).isEqualTo(5);
        assertThat(store.lastDay()).contains(LocalDate.of(2024, 3, 2));
    }
}
