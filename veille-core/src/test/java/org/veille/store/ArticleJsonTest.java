// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
    void writesOneLineWithFieldsInContractOrderAndNullsPresent() {
        String s = json.toJson(Samples.bare("b"));
        assertThat(s).isEqualTo("{\"id\":\"b\",\"source\":\"s\",\"url\":null,\"outlet\":null,\"title\":null,"
                + "\"published\":null,\"authors\":[],\"language\":null,\"text\":\"\",\"provenance\":[],"
                + "\"entities\":[],\"quotes\":[],\"story\":null,\"thread\":null,\"repeats\":null,\"republication_of\":null}");
    }

    @Test
    void writesNestedObjectsAsTheContractSays() {
        String s = json.toJson(Samples.full());
        assertThat(s).doesNotContain("\n");
        List<String> order = List.of("\"id\"", "\"source\"", "\"url\"", "\"outlet\"", "\"title\"",
                "\"published\"", "\"authors\"", "\"language\"", "\"text\"", "\"provenance\"", "\"entities\"",
                "\"quotes\"", "\"story\"", "\"republication_of\":null}");
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
