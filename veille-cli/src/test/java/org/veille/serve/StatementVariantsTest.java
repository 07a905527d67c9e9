// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veille.analyze.AnalyzedArticle;
import org.veille.analyze.Quotation;
import org.veille.extract.Article;
import org.veille.extract.PageType;
import org.veille.link.StatementLinker;
import org.veille.link.TextChanges;
import org.veille.store.Story;
import org.veille.store.StoredArticle;

/** A story's statements: one speaker's words as two outlets printed them, the second wording's differences found. */
class StatementVariantsTest {

    private static StoredArticle article(String id, String day, String words) {
        String text = "Le maire a parlé. « " + words + " », a déclaré Jean Dupont.";
        int start = text.indexOf(words);
        Article a = new Article(id, "test", "https://example.org/" + id, "Outlet " + id, "Titre " + id, day, List.of(), "fr",
                text, List.of(), PageType.ARTICLE);
        return new StoredArticle(new AnalyzedArticle(a, List.of(),
                List.of(new Quotation(words, "Jean Dupont", "Jean Dupont", Quotation.Kind.DIRECT, start, start + words.length()))), "s1");
    }

    @Test
    void groupsOneSpeakersWordsAndMarksWhatTheSecondWordingChanged() {
        Story story = new Story("s1", List.of(
                article("a", "2024-03-01", "Nous ne fermerons pas la maternité de la ville cette année"),
                article("b", "2024-03-02", "Nous ne fermerons jamais la maternité de la ville cette année")));
        StatementVariants found = StatementVariants.of(story.articles(), new StatementLinker(), new TextChanges());
        assertThat(found.statements()).hasSize(1);
        StatementVariants.Statement st = found.statements().getFirst();
        assertThat(st.speaker()).isEqualTo("Jean Dupont");
        assertThat(st.variants()).extracting(v -> v.article().id()).containsExactly("a", "b");
        assertThat(st.variants().get(1).added()).containsExactly("jamais");
        assertThat(st.variants().get(1).dropped()).containsExactly("pas");
        assertThat(found.rows().getFirst()).containsKeys("speaker", "quotations");
    }

    @Test
    void aStatementQuotedOnceHasNoVariantsToShow() {
        Story story = new Story("s1", List.of(article("a", "2024-03-01", "Nous ne fermerons pas la maternité de la ville")));
        assertThat(StatementVariants.of(story.articles(), new StatementLinker(), new TextChanges()).statements()).isEmpty();
    }
}
