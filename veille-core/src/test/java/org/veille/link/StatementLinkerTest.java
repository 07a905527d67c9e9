// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veille.analyze.AnalyzedArticle;
import org.veille.analyze.Quotation;
import org.veille.analyze.Quotation.Kind;
import org.veille.extract.Article;

/** Statements across articles on invented quotations. */
class StatementLinkerTest {

    private static AnalyzedArticle article(String id, Quotation... quotes) {
        Article a = new Article(id, id, null, null, null, null, List.of(), "fr", "texte", List.of());
        return new AnalyzedArticle(a, List.of(), List.of(quotes));
    }

    private static Quotation q(String text, String speaker, Kind kind) {
        return new Quotation(text, speaker, null, kind, 0, 1);
    }

    @Test
    void rewordedQuotationsOfOneSpeakerAreOneStatement() {
        Statements s = new StatementLinker().link(List.of(
                article("a", q("Tous les alliés ont fait la promesse solennelle de se défendre l'un l'autre", "Jens Stoltenberg", Kind.DIRECT)),
                article("b", q("Tous les alliés ont pris l'engagement solennel de se défendre", null, Kind.DIRECT))));
        assertThat(s.of("a").get(0)).isNotNull().isEqualTo(s.of("b").get(0));
    }

    @Test
    void accentsAndElisionsDoNotSeparateVariants() {
        Statements s = new StatementLinker().link(List.of(
                article("a", q("les Etats-Unis pourraient refuser de venir à la rescousse de l'OTAN", "Donald Trump", Kind.INDIRECT)),
                article("b", q("les États-Unis pourraient refuser de venir au secours des alliés de l’OTAN", "Donald Trump", Kind.INDIRECT))));
        assertThat(s.of("a").get(0)).isEqualTo(s.of("b").get(0));
    }

    @Test
    void differentSpeakersScareQuotesAndReportedAgainstQuotedWordsStayApart() {
        Statements s = new StatementLinker().link(List.of(
                article("a", q("nous ne céderons rien sur les retraites", "Paul Martin", Kind.DIRECT),
                        q("gilets jaunes", null, Kind.SCARE),
                        q("la réforme des retraites sera votée sans céder", "Paul Martin", Kind.INDIRECT)),
                article("b", q("nous ne céderons rien sur les retraites", "Marie Durand", Kind.DIRECT),
                        q("gilets jaunes", null, Kind.SCARE),
                        q("céder sur les retraites", "Paul Martin", Kind.PARTIAL))));
        assertThat(s.of("a").get(0)).isNotEqualTo(s.of("b").get(0));
        assertThat(s.of("a").get(1)).isNull();
        assertThat(s.of("a").get(2)).isNotEqualTo(s.of("b").get(2));
    }

    @Test
    void shortQuotationsMustMatchWhole() {
        Statements s = new StatementLinker().link(List.of(
                article("a", q("obsolète", "Donald Trump", Kind.PARTIAL), q("payaient la note", "Donald Trump", Kind.PARTIAL)),
                article("b", q("obsolète", null, Kind.PARTIAL), q("la note de frais est élevée", "Donald Trump", Kind.PARTIAL))));
        assertThat(s.of("a").get(0)).isEqualTo(s.of("b").get(0));
        assertThat(s.of("a").get(1)).isNotEqualTo(s.of("b").get(1));
    }
}
