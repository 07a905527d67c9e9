// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.veille.analyze.AnalyzedArticle;
import org.veille.extract.Article;
import org.veille.store.Story;
import org.veille.store.StoredArticle;

/** The provenance graph as SVG: a dot per article linked to it, one lane per outlet, an arc per relation, text escaped. */
class ProvenanceGraphTest {

    private static StoredArticle article(String id, String outlet, String title) {
        Article a = new Article(id, "https://" + id + ".example/a", "https://" + id + ".example/a", outlet, title, "2026-12-0" + (id.length() % 9 + 1),
                List.of(), "fr", "Le barrage de Valbrune est fissuré.", List.of());
        return new StoredArticle(new AnalyzedArticle(a, List.of(), List.of()), "s1", null, null, null, null, null);
    }

    private static StoryDetail detail(List<StoredArticle> articles, List<StoryDetail.Edge> edges) {
        Story story = new Story("s1", articles);
        return new StoryDetail(StorySummary.of(story), story, edges, List.of());
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    @Test
    void eachArticleIsALinkedDotAndEachRelationAnArc() {
        List<StoredArticle> articles = List.of(article("a", "L'Écho", "Fissure <script>alert(1)</script>"),
                article("bb", "Le Courrier", "Fissure"), article("ccc", "L'Écho", "Fissure, suite"));
        Html h = new Html();
        ProvenanceGraph.draw(h, detail(articles, List.of(
                new StoryDetail.Edge("bb", StoryDetail.REPEATS, "a", null, 0.92),
                new StoryDetail.Edge("bb", "source", "a", "L'Écho", null),
                new StoryDetail.Edge("ccc", "cites", null, "AFP", null)))); // credits outside the story draw no arc
        String svg = h.toString();
        assertThat(count(svg, "<a href=\"/articles/[a-z]+\"><circle")).isEqualTo(3);
        assertThat(count(svg, "<path d=\"M[0-9.]+,[0-9.]+ Q")).as("two arcs between the same two articles").isEqualTo(2);
        assertThat(count(svg, "text-anchor=\"end\"")).as("one lane per outlet").isEqualTo(2);
        assertThat(svg).contains("repeats, 92% alike", "source (L&#39;Écho)").doesNotContain("<script>")
                .contains("Fissure &lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void aStoryWithoutRelationsBetweenItsArticlesDrawsNothing() {
        Html h = new Html();
        ProvenanceGraph.draw(h, detail(List.of(article("a", "L'Écho", "Fissure")),
                List.of(new StoryDetail.Edge("a", "cites", null, "AFP", null))));
        assertThat(h.toString()).isEmpty();
    }

    @Test
    void aLargeStoryKeepsTheArticlesItsArrowsJoin() {
        List<StoredArticle> articles = new ArrayList<>();
        for (int i = 0; i < ProvenanceGraph.MAX_ARTICLES + 30; i++) articles.add(article("x" + i, "Outlet " + i, "Titre " + i));
        String last = articles.getLast().id();
        Html h = new Html();
        ProvenanceGraph.draw(h, detail(articles, List.of(new StoryDetail.Edge(last, StoryDetail.REPEATS, "x0", null, 0.9))));
        String svg = h.toString();
        assertThat(count(svg, "<circle")).isEqualTo(ProvenanceGraph.MAX_ARTICLES);
        assertThat(svg).contains("/articles/" + last + "\"", "(" + ProvenanceGraph.MAX_ARTICLES + " of " + articles.size() + " articles)");
        assertThat(count(svg, "text-anchor=\"end\"")).as("the lanes past the cap share one").isEqualTo(ProvenanceGraph.MAX_LANES + 1);
    }
}
