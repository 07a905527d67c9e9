// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code topic NAME} on a store of the demo corpus ({@code examples/}): a topic's attention per day by outlet and
 * language and its stories, with its outlet, language, entity and speaker filters; a topic the configuration lacks, or named against its
 * rules, is refused in one line.
 */
class TopicTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("veille.examples", "../examples"));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path store, config;

    @BeforeAll
    static void ingest() throws IOException {
        store = dir.resolve("store");
        String[] run = Cli.run("ingest", EXAMPLES.toString(), "--data", store.toString());
        assertThat(run[0]).as(run[2]).isEqualTo("0");
        config = Files.writeString(dir.resolve("watch.json"), """
                {"sources": [{"url": "https://example.org/feed.xml"}],
                 "topics": [{"name": "valbrune", "query": "Valbrune"},
                            {"name": "valbrune-en", "query": "Valbrune", "languages": ["en"]},
                            {"name": "travaux", "query": "travaux"},
                            {"name": "travaux-phare", "query": "travaux", "outlets": ["Le Phare d'Isambert"]},
                            {"name": "valbrune-tour", "query": "Valbrune", "entities": ["Tour de Haute-Sarnelle"]},
                            {"name": "valbrune-terrasson", "query": "Valbrune", "quoting": ["Agnès Terrasson"]}]}
                """);
    }

    private static JsonNode topic(String name) throws IOException {
        String[] run = Cli.run("topic", name, "--config", config.toString(), "--data", store.toString());
        assertThat(run[0]).as(run[2]).isEqualTo("0");
        return JSON.readTree(run[1]);
    }

    @Test
    void attentionIsCountedPerDayByOutletAndLanguage() throws IOException {
        JsonNode valbrune = topic("valbrune");
        assertThat(valbrune.path("topic").asText()).isEqualTo("valbrune");
        JsonNode days = valbrune.path("attention");
        assertThat(days(valbrune)).contains("2025-03-03", "2025-03-04").isSorted();
        JsonNode crack = days.get(days(valbrune).indexOf("2025-03-03"));
        assertThat(crack.path("outlets").path("L'Écho de la Sarnelle").asInt()).isEqualTo(1);
        assertThat(crack.path("languages").path("fr").asInt()).isEqualTo(1);
        int perDay = 0;
        for (JsonNode d : days) perDay += d.path("articles").asInt();
        assertThat(perDay).isEqualTo(valbrune.path("articles").asInt()).isEqualTo(valbrune.path("matched").asInt());

        JsonNode stories = valbrune.path("stories");
        assertThat(stories).isNotEmpty();
        int matching = 0;
        for (JsonNode s : stories) {
            assertThat(s.path("matching").asInt()).isPositive().isLessThanOrEqualTo(s.path("size").asInt());
            assertThat(s.path("title").asText()).isNotBlank();
            matching += s.path("matching").asInt();
        }
        assertThat(matching).isEqualTo(valbrune.path("articles").asInt());
        assertThat(stories.get(0).path("matching").asInt()).isGreaterThanOrEqualTo(stories.get(stories.size() - 1).path("matching").asInt());
    }

    @Test
    void outletAndLanguageFiltersNarrowTheTopic() throws IOException {
        JsonNode english = topic("valbrune-en");
        assertThat(days(english)).contains("2025-03-04").doesNotContain("2025-03-03");
        for (JsonNode d : english.path("attention")) {
            assertThat(d.path("languages").fieldNames()).toIterable().containsExactly("en");
        }

        JsonNode phare = topic("travaux-phare");
        assertThat(days(phare)).containsExactly("2025-04-12");
        assertThat(phare.path("attention").get(0).path("outlets").fieldNames()).toIterable().containsExactly("Le Phare d'Isambert");
        assertThat(topic("travaux").path("articles").asInt()).as("the radio's items too, which name no outlet")
                .isGreaterThan(phare.path("articles").asInt());
    }

    @Test
    void attentionCanBeCountedPerHour() throws IOException {
        String[] run = Cli.run("topic", "valbrune", "--per", "hour", "--config", config.toString(), "--data", store.toString());
        assertThat(run[0]).as(run[2]).isEqualTo("0");
        JsonNode hourly = JSON.readTree(run[1]);
        List<String> hours = new ArrayList<>();
        int articles = 0;
        for (JsonNode h : hourly.path("attention")) {
            assertThat(h.has("day")).isFalse();
            if (!h.path("hour").isNull()) hours.add(h.path("hour").asText());
            articles += h.path("articles").asInt();
        }
        assertThat(hours).as("the English report's 08:15").contains("2025-03-04T08:00Z").isSorted()
                .allMatch(h -> h.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:00Z"));
        assertThat(articles).isEqualTo(hourly.path("articles").asInt());

        String[] refused = Cli.run("topic", "valbrune", "--per", "week", "--config", config.toString(), "--data", store.toString());
        assertThat(refused[0]).isEqualTo("2");
        assertThat(refused[2].strip()).isEqualTo("veille: --per must be day or hour");
    }

    @Test
    void entityAndSpeakerFiltersNarrowTheTopic() throws IOException {
        JsonNode race = topic("valbrune-tour");
        assertThat(race.path("entities").get(0).asText()).isEqualTo("Tour de Haute-Sarnelle");
        assertThat(days(race)).as("the race's cancellation, not the dam").contains("2025-05-09").doesNotContain("2025-03-03");

        JsonNode engineer = topic("valbrune-terrasson");
        assertThat(days(engineer)).as("the dam's articles, which quote her, in both languages")
                .contains("2025-03-03", "2025-03-04").doesNotContain("2025-05-09");
        assertThat(engineer.path("articles").asInt()).isLessThan(topic("valbrune").path("articles").asInt());
    }

    @Test
    void anUnknownOrBadlyNamedTopicIsOneLine() throws IOException {
        String[] unknown = Cli.run("topic", "nothing", "--config", config.toString(), "--data", store.toString());
        assertThat(unknown[0]).isEqualTo("1");
        assertThat(unknown[2].strip()).isEqualTo("veille: " + config + " has no topic nothing");

        Path bad = Files.writeString(dir.resolve("bad.json"),
                "{\"sources\": [{\"url\": \"https://example.org/f\"}], \"topics\": [{\"name\": \"../x\", \"query\": \"a\"}]}");
        String[] refused = Cli.run("topic", "../x", "--config", bad.toString(), "--data", store.toString());
        assertThat(refused[0]).isEqualTo("3");
        assertThat(refused[2].strip()).isEqualTo("veille: " + bad + ": topic 1: \"name\" must be 1 to 64 letters, digits, '-' or '_'");
    }

    private static List<String> days(JsonNode topic) {
        List<String> days = new ArrayList<>();
        topic.path("attention").forEach(d -> days.add(d.path("day").asText()));
        return days;
    }
}
