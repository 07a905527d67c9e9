// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Role descriptions resolved to their holder, on short invented texts with the names marked by hand. */
class EntityResolverTest {

    private static final EntityResolver RESOLVER = new EntityResolver(Gazetteer.standard());
    private static final LocalDate JUNE_2020 = LocalDate.of(2020, 6, 15);

    private static String holderOf(String text, String role, LocalDate day, String... persons) {
        List<Mention> mentions = new java.util.ArrayList<>();
        for (String p : persons) mentions.add(new Mention(new Span(text.indexOf(p), text.indexOf(p) + p.length()), Entity.Type.PER));
        return RESOLVER.resolve(text, mentions, day).stream()
                .filter(e -> e.text().endsWith(role)).map(Entity::canonical).findFirst().orElse(null);
    }

    @Test
    void ofTheHoldersAnArticleNamesTheOneHoldingTheRoleThatDayWins() {
        String text = "Barack Obama a critiqué Donald Trump. Le président américain a répondu dimanche.";
        assertThat(holderOf(text, "président américain", JUNE_2020, "Barack Obama", "Donald Trump")).isEqualTo("Donald Trump");
    }

    @Test
    void aFormerRoleIsTheEarlierHolderTheArticleNames() {
        String text = "François Hollande publie un livre. L'ancien président de la République y revient sur 2015.";
        assertThat(holderOf(text, "président de la République", JUNE_2020, "François Hollande")).isEqualTo("François Hollande");
    }

    @Test
    void aRoleNobodyHoldingItIsNamedForIsItsHolderThatDay() {
        String text = "Le président américain a répondu dimanche.";
        assertThat(holderOf(text, "président américain", JUNE_2020)).isEqualTo("Donald Trump");
    }

    @Test
    void aFormerRoleNobodyHoldingItIsNamedForIsNotItsHolderThatDay() {
        String text = "L'ancien président américain a répondu dimanche.";
        assertThat(holderOf(text, "président américain", JUNE_2020)).isNull();
    }

    @Test
    void aSurnameTakesTheFullNameWithoutTheHonorificPrintedBeforeIt() {
        String text = "Me Bernard Dufour a plaidé lundi. Me Dufour a demandé l'acquittement.";
        List<Mention> mentions = List.of(new Mention(new Span(0, 17), Entity.Type.PER), new Mention(new Span(text.lastIndexOf("Me Dufour"), text.lastIndexOf("Me Dufour") + 9), Entity.Type.PER));
        assertThat(RESOLVER.resolve(text, mentions, JUNE_2020)).extracting(Entity::canonical).containsOnly("Bernard Dufour");
    }

    /** The recognizer's mention of a name with a sentence's first word or the speech verb after it taken in. */
    private static String trimmed(String text, String mention) {
        int start = text.indexOf(mention);
        Mention m = RESOLVER.withoutForeignEdges(text, new Mention(new Span(start, start + mention.length()), Entity.Type.PER));
        return m == null ? null : m.span().of(text);
    }

    @Test
    void aRecognizedNameLosesTheSentenceOpenerAndTheSpeechVerbTakenIntoIt() {
        assertThat(trimmed("Sans Marbelin, la course n'a plus de budget.", "Sans Marbelin")).isEqualTo("Marbelin");
        assertThat(trimmed("Without Marbelin the race has no budget.", "Without Marbelin")).isEqualTo("Marbelin");
        assertThat(trimmed("It is over, Didier Fontanel told reporters.", "Didier Fontanel told")).isEqualTo("Didier Fontanel");
        assertThat(trimmed("Le Pen a répondu.", "Le Pen")).as("an article may start a name").isEqualTo("Le Pen");
        assertThat(trimmed("Selon lui, rien ne change.", "Selon")).as("nothing of a name left").isNull();
    }

    @Test
    void aPrepositionFusedWithTheArticleIsNoPartOfTheName() {
        assertThat(trimmed("Il vit aux Etats-Unis depuis 2010.", "aux Etats-Unis")).isEqualTo("Etats-Unis");
        assertThat(trimmed("Au Texas, la chaleur bat des records.", "Au Texas")).isEqualTo("Texas");
        assertThat(trimmed("Le maire du Havre a parlé.", "du Havre")).isEqualTo("Havre");
        assertThat(trimmed("Le Havre a gagné.", "Le Havre")).as("the name's own article stays").isEqualTo("Le Havre");
        assertThat(RESOLVER.resolve("Il vit aux Etats-Unis depuis 2010.",
                List.of(new Mention(new Span(7, 21), Entity.Type.LOC)), JUNE_2020))
                .extracting(Entity::text, Entity::canonical).contains(tuple("Etats-Unis", "United States"));
    }
}
