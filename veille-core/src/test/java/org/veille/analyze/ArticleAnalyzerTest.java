// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.veille.extract.Article;

/** A failing step never loses the article; no shape of line that once crashed a step throws again. */
class ArticleAnalyzerTest {

    private static final EntityRecognizer NO_ENTITIES = (text, sentences, language) -> List.of();
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(NO_ENTITIES, Gazetteer.standard());

    private static Article article(String text) {
        return new Article("test", "test", null, null, null, null, List.of(), "fr", text, List.of());
    }

    @Test
    void aFailingRecognizerKeepsTheArticleAndItsQuotations() {
        EntityRecognizer broken = (text, sentences, language) -> {
            throw new IllegalStateException("model not loaded");
        };
        AnalyzedArticle a = new ArticleAnalyzer(broken, Gazetteer.standard())
                .analyze(article("« Nous devons réparer le pont », a dit le technicien Jean Martin."));
        assertThat(a.entities()).isEmpty();
        assertThat(a.quotes()).extracting(Quotation::text).containsExactly("Nous devons réparer le pont");
        assertThat(a.failures()).singleElement().satisfies(f -> {
            assertThat(f.step()).isEqualTo("entities");
            assertThat(f.reason()).contains("model not loaded");
        });
    }

    /** Lines holding no sentence once made the quotation step fail with Index -1 and drop the article. */
    @ParameterizedTest
    @ValueSource(strings = {
        "« Il faut partir,\n\n***\n\n« dit-il.",
        "« Nous irons jusqu'au bout\n\n#\n\n« Et nous gagnerons », a-t-il dit.",
        "Premier paragraphe.\n\n* * *",
        "***\n\nDeuxième paragraphe « cité ».",
        "« Début d'une citation longue sur trois mots\n\n_\n\n",
        "#\n\n#\n\n#",
        "« »\n\n« »",
        "\u00A0\n\n\u202F",
        "M.\n\nMme\n\n:",
        "« A\n\nB »\n\nC : « D",
    })
    void linesWithoutSentencesAreAnalyzed(String text) {
        assertThatCode(() -> {
            AnalyzedArticle a = ANALYZER.analyze(article(text));
            assertThat(a.failures()).isEmpty();
        }).doesNotThrowAnyException();
    }
}
