// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.veille.analyze.AnalyzedArticle;
import org.veille.extract.Article;
import org.veille.extract.PageType;
import org.junit.jupiter.api.Test;

class ArticleJsonTest {
    private final ArticleJson json = new ArticleJson();

    @Test
    void roundTripsAFullArticle() {
        StoredArticle a = Samples.full();
        assertThat(json.fromJson(json.toJson(a))).isEqualTo(a);
    }

    @Test
    void roundTripsABareArticle() {
        StoredArticle a = Samples.bare("bare");
        assertThat(json.fromJson(json.toJson(a))).isEqualTo(a);
    }

    @Test
    void readsALineWrittenBeforePageTypesAsAnArticlesAndRoundTripsOtherTypes() {
        String old = json.toJson(Samples.bare("b")).replace("\"page_type\":\"article\",", "");
        assertThat(json.fromJson(old).analyzed().article().pageType()).isEqualTo(PageType.ARTICLE);
        Article a = Samples.bare("l").analyzed().article();
        Article listing = new Article(a.id(), a.source(), a.url(), a.outlet(), a.title(), a.published(), a.authors(), a.language(),
                a.text(), a.provenance(), PageType.LISTING);
        StoredArticle stored = new StoredArticle(new AnalyzedArticle(listing, List.of(), List.of()), null, null, null, null);
        assertThat(json.toJson(stored)).contains("\"page_type\":\"listing\"");
        assertThat(json.fromJson(json.toJson(stored))).isEqualTo(stored);
    }

    @Test
    void writesOneLineWithFieldsInContractOrderAndNullsPresent() {
        String s = json.toJson(Samples.bare("b"));
        assertThat(s).isEqualTo("{\"id\":\"b\",\"source\":\"s\",\"url\":null,\"outlet\":null,\"title\":null,"
                + "\"published\":null,\"authors\":[],\"language\":null,\"page_type\":\"article\",\"text\":\"\",\"provenance\":[],"
                + "\"entities\":[],\"quotes\":[],\"story\":null,\"thread\":null,\"repeats\":null,\"republication_of\":null,"
                + "\"fetched\":null,\"previous_version\":null}");
    }

    @Test
    void writesNestedObjectsAsTheContractSays() {
        String s = json.toJson(Samples.full());
        assertThat(s).doesNotContain("\n");
        List<String> order = List.of("\"id\"", "\"source\"", "\"url\"", "\"outlet\"", "\"title\"",
                "\"published\"", "\"authors\"", "\"language\"", "\"page_type\"", "\"text\"", "\"provenance\"", "\"entities\"",
                "\"quotes\"", "\"story\"", "\"republication_of\"", "\"fetched\"", "\"previous_version\":null}");
        assertThat(s).contains("\"story\":\"story-otan\"");
        int at = -1;
        for (String f : order) {
            int next = s.indexOf(f + (f.endsWith("}") ? "" : ":"), at + 1);
            assertThat(next).as(f).isGreaterThan(at);
            at = next;
        }
        assertThat(s).contains("{\"relation\":\"translated_from\",\"name\":\"The Guardian\","
                + "\"title\":\"NATO and security\",\"language\":\"en\"}");
        assertThat(s).contains("{\"relation\":\"source\",\"name\":\"AFP\"}");
        assertThat(s).contains("{\"relation\":\"translated_by\",\"name\":null}");
        assertThat(s).contains("{\"text\":\"OTAN\",\"type\":\"ORG\",\"canonical\":\"NATO\",\"start\":");
        assertThat(s).contains("{\"text\":\"Nous sommes prêts\",\"speaker\":\"Mark Rutte\","
                + "\"speaker_text\":\"M. Rutte\",\"kind\":\"direct\",\"venue\":null,\"start\":");
        assertThat(s).contains("{\"text\":\"sécurité\",\"speaker\":null,\"speaker_text\":null,\"kind\":\"scare\"");
    }

    @Test
    void readsWhereAnArticleWasPlacedWithoutBuildingIt() {
        StoredArticle full = Samples.full();
        ArticleJson.Placement placed = json.placement(json.toJson(full));
        assertThat(placed).isEqualTo(new ArticleJson.Placement(full.id(), full.analyzed().article().published(),
                full.story(), full.thread()));
        assertThat(json.placement(json.toJson(Samples.bare("b")))).isEqualTo(new ArticleJson.Placement("b", null, null, null));
        assertThatThrownBy(() -> json.placement("[]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> json.placement("{\"id\":")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsWhatIsNotAnArticle() {
        assertThatThrownBy(() -> json.fromJson("{")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> json.fromJson("[]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> json.fromJson("{\"source\":\"s\",\"text\":\"\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
    }
}
