// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veille.analyze.AnalyzedArticle;
import org.veille.analyze.Quotation;
import org.veille.extract.Article;
import org.veille.store.StoredArticle;

/** The alert rules on articles arriving over time: nothing on the first run, then each kind once, with its evidence. */
class TopicAlertsTest {

    private static final Instant START = Instant.parse("2026-12-06T06:00:00Z");
    private static final WatchConfig.Topic TOPIC = new WatchConfig.Topic("barrage", "Valbrune", Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of("Dubreuil"), null, Set.of());

    private static StoredArticle article(String id, String story, String outlet, String language, Instant fetched,
                                         Quotation... quotes) {
        Article a = new Article(id, "https://" + id + ".example/a", "https://" + id + ".example/a", outlet, "Fissure à Valbrune",
                null, List.of(), language, "Le barrage de Valbrune est fissuré.", List.of());
        return new StoredArticle(new AnalyzedArticle(a, List.of(), List.of(quotes)), story, null, null, null,
                fetched.toString(), null);
    }

    private static Quotation said(String words) {
        return new Quotation(words, "Marie Dubreuil", "Marie Dubreuil", Quotation.Kind.DIRECT, 0, words.length(), null);
    }

    @Test
    void eachKindIsRaisedOnceWithItsEvidence() {
        TopicAlerts.Memory memory = new TopicAlerts.Memory();
        List<StoredArticle> articles = new ArrayList<>(List.of(
                article("a", "s1", "L'Écho", "fr", START, said("Nous évacuons le hameau"))));
        assertThat(TopicAlerts.find(TOPIC, articles, memory, START.plus(Duration.ofMinutes(5)))).as("the first run learns").isEmpty();

        Instant later = START.plus(Duration.ofHours(5));
        articles.add(article("b", "s1", "Le Courrier", "fr", later.minus(Duration.ofMinutes(30))));
        articles.add(article("c", "s1", "The Ledger", "en", later.minus(Duration.ofMinutes(20))));
        articles.add(article("d", "s1", "Radio Sarnelle", "fr", later.minus(Duration.ofMinutes(10)),
                said("Nous évacuons le hameau"), said("Le barrage tiendra")));
        List<Alert> alerts = TopicAlerts.find(TOPIC, articles, memory, later);

        assertThat(alerts).extracting(a -> a.kind().jsonName).containsExactlyInAnyOrder(
                "new_outlet", "new_outlet", "new_outlet", "new_language", "surge", "statement");
        Alert english = alerts.stream().filter(a -> a.kind() == Alert.Kind.NEW_LANGUAGE).findFirst().orElseThrow();
        assertThat(english.evidence()).extracting(Alert.Evidence::article).containsExactly("c");
        assertThat(english.evidence().getFirst().url()).isEqualTo("https://c.example/a");
        Alert surge = alerts.stream().filter(a -> a.kind() == Alert.Kind.SURGE).findFirst().orElseThrow();
        assertThat(surge.evidence()).extracting(Alert.Evidence::article).containsExactly("b", "c", "d");
        assertThat(surge.story()).isEqualTo("s1");
        Alert statement = alerts.stream().filter(a -> a.kind() == Alert.Kind.STATEMENT).findFirst().orElseThrow();
        assertThat(statement.title()).isEqualTo("Marie Dubreuil: « Le barrage tiendra »");
        assertThat(statement.evidence()).extracting(Alert.Evidence::article).containsExactly("d");

        assertThat(TopicAlerts.find(TOPIC, articles, memory, later.plus(Duration.ofMinutes(1)))).as("nothing new").isEmpty();
    }

    @Test
    void aStatementReprintedWithItsNegationDroppedIsAMeaningChange() {
        TopicAlerts.Memory memory = new TopicAlerts.Memory();
        List<StoredArticle> articles = new ArrayList<>(List.of(article("a", "s1", "L'Écho", "fr", START,
                said("Nous ne rouvrirons pas la route départementale avant la fin des travaux"))));
        TopicAlerts.find(TOPIC, articles, memory, START.plus(Duration.ofMinutes(5)));

        Instant later = START.plus(Duration.ofHours(5));
        articles.add(article("b", "s1", "Le Courrier", "fr", later.minus(Duration.ofMinutes(30)),
                said("Nous rouvrirons la route départementale avant la fin des travaux")));
        List<Alert> alerts = TopicAlerts.find(TOPIC, articles, memory, later);
        Alert changed = alerts.stream().filter(a -> a.kind() == Alert.Kind.MEANING_CHANGED).findFirst().orElseThrow();
        assertThat(changed.title()).startsWith("Marie Dubreuil: « Nous ne rouvrirons pas").endsWith("(its negation was dropped)");
        assertThat(changed.evidence()).extracting(Alert.Evidence::article).containsExactly("a", "b");
        assertThat(alerts).extracting(Alert::kind).contains(Alert.Kind.STATEMENT);
        assertThat(TopicAlerts.find(TOPIC, articles, memory, later.plus(Duration.ofMinutes(1)))).as("raised once").isEmpty();
    }

    @Test
    void aStoryGrowingAtItsUsualPaceIsNoSurge() {
        TopicAlerts.Memory memory = new TopicAlerts.Memory();
        List<StoredArticle> articles = new ArrayList<>();
        for (int i = 0; i < 12; i++) articles.add(article("o" + i, "s2", "Outlet " + i, "fr", START.plus(Duration.ofMinutes(20L * i))));
        assertThat(TopicAlerts.find(TOPIC, articles.subList(0, 9), memory, START.plus(Duration.ofMinutes(170)))).isEmpty();
        List<Alert> alerts = TopicAlerts.find(TOPIC, articles, memory, START.plus(Duration.ofMinutes(230)));
        assertThat(alerts).extracting(Alert::kind).as("three outlets an hour, as in the hours before")
                .containsOnly(Alert.Kind.NEW_OUTLET).hasSize(3);
    }

    @Test
    void aWatchedNameMatchesTheSpeakersLastWords() {
        assertThat(TopicAlerts.names("Marie Dubreuil", "dubreuil")).isTrue();
        assertThat(TopicAlerts.names("Marie Dubreuil", "Marie Dubreuil")).isTrue();
        assertThat(TopicAlerts.names("Dubreuil-Lenoir", "Marie Dubreuil")).isFalse();
        assertThat(TopicAlerts.names("Hélène Éluard", "helene eluard")).isTrue();
        assertThat(TopicAlerts.names("Marie Dubreuil", "Marie")).isFalse();
    }
}
