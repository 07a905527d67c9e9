// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.analyze.AnalyzedArticle;
import org.veille.extract.Article;
import org.veille.extract.Provenance;
import org.veille.serve.StoryDetail;
import org.veille.store.Story;
import org.veille.store.StoredArticle;

/**
 * {@code stories} and {@code story ID} on a store of the five seeds and two real near copies from OrangeSum: AFP's
 * dispatch on the Maddie McCann case (OrangeSum 821) ingested first, then an outlet's edit of it (825), which opens
 * with an editorial question.
 */
class StoryCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SHARED = Path.of(System.getProperty("veille.shared", "../../shared"));
    private static final Path ORANGESUM = SHARED.resolve("data/french-news/orangesum/orangesum_parsed.jsonl.gz");
    private static final String QUESTION = "Se rapproche-t-on d'un épilogue dans l'affaire Maddie, 13 ans après la disparition de la fillette ?";

    @TempDir
    static Path dir;
    static String data;

    @BeforeAll
    static void ingest() throws IOException {
        assumeTrue(Files.isDirectory(SHARED.resolve("seeds")) && Files.isRegularFile(ORANGESUM), "../shared is not here");
        Map<String, String> records = orangeSum(Set.of("821", "825"));
        Path wire = Files.writeString(dir.resolve("wire.jsonl"), records.get("821"));
        Path edit = Files.writeString(dir.resolve("edit.jsonl"), records.get("825"));
        data = dir.resolve("store").toString();
        String[] first = Cli.run("ingest", SHARED.resolve("seeds").toString(), wire.toString(), "--data", data);
        assertThat(first[0]).as(first[2]).isEqualTo("0");
        String[] second = Cli.run("ingest", edit.toString(), "--data", data);
        assertThat(second[0]).as(second[2]).isEqualTo("0");
    }

    @Test
    void storiesSummariseEachStoryLargestFirst() throws IOException {
        String[] run = Cli.run("stories", "--data", data);
        assertThat(run[0]).isEqualTo("0");
        assertThat(run[2]).as("nothing to say on stderr").isEmpty();
        List<JsonNode> stories = lines(run[1]);
        assertThat(stories).allSatisfy(s -> assertThat(fieldNames(s)).containsExactly("story", "thread", "size", "first", "last",
                "first_report", "title", "outlets", "languages", "identities", "articles"));
        assertThat(stories.stream().mapToInt(s -> s.get("size").asInt()).sum()).isEqualTo(7);
        for (int i = 1; i < stories.size(); i++) {
            assertThat(stories.get(i).get("size").asInt()).isLessThanOrEqualTo(stories.get(i - 1).get("size").asInt());
        }
        assertThat(stories).anySatisfy(s -> assertThat(s.get("outlets").has("RT en français")).isTrue());

        JsonNode maddie = maddie(stories);
        assertThat(maddie.get("size").asInt()).isEqualTo(2);
        assertThat(maddie.get("first").asText()).isEqualTo("2020-06-17");
        assertThat(maddie.get("last").asText()).isEqualTo("2020-06-17");
        assertThat(maddie.get("title").asText()).as("the wire's title: the first report")
                .isEqualTo("\"Maddie\": les enquêteurs allemands ont des \"preuves\" que la fillette est morte");
        assertThat(maddie.get("languages").toString()).isEqualTo("{\"fr\":2}");
        assertThat(maddie.get("identities").has("Madeleine McCann")).isTrue();
        assertThat(maddie.get("identities").size()).isLessThanOrEqualTo(org.veille.serve.StorySummary.TOP_IDENTITIES);

        String[] one = Cli.run("stories", "--limit", "1", "--data", data);
        assertThat(one[1].lines()).hasSize(1);
        assertThat(one[2]).contains("the largest of " + stories.size() + " stories");
    }

    @Test
    void aStoryShowsItsTimelineWhoRepeatsWhomAndWhatTheCopyAdded() throws IOException {
        JsonNode summary = maddie(lines(Cli.run("stories", "--data", data)[1]));
        String wire = summary.get("first_report").asText();
        String[] run = Cli.run("story", summary.get("story").asText(), "--data", data);
        assertThat(run[0]).as(run[2]).isEqualTo("0");
        JsonNode story = JSON.readTree(run[1]);
        assertThat(story.get("timeline")).hasSize(2).allSatisfy(a ->
                assertThat(fieldNames(a)).containsExactly("id", "published", "outlet", "language", "title"));
        String edit = story.get("timeline").findValuesAsText("id").stream().filter(id -> !id.equals(wire)).findFirst().orElseThrow();

        assertThat(story.get("provenance")).singleElement().satisfies(e -> {
            assertThat(e.get("from").asText()).isEqualTo(edit);
            assertThat(e.get("relation").asText()).isEqualTo("repeats");
            assertThat(e.get("to").asText()).isEqualTo(wire);
            assertThat(e.get("similarity").asDouble()).isBetween(0.6, 1.0);
        });
        JsonNode changes = story.get("changes").get(0);
        assertThat(changes.get("article").asText()).isEqualTo(edit);
        assertThat(changes.get("source").asText()).isEqualTo(wire);
        assertThat(changes.get("added").get(0).asText()).as("the editorial question shows first").isEqualTo(QUESTION);
        assertThat(changes.get("changed")).as("the wire's editorial clause, which the edit leaves out").anySatisfy(c ->
                assertThat(c.get("removed").toString()).contains("\"Dans cette rocambolesque affaire\""));

        String table = Cli.run("story", summary.get("story").asText(), "--data", data, "--format", "table")[1];
        assertThat(table).contains("TIMELINE", "PROVENANCE", edit + " repeats " + wire, "  + " + QUESTION);
    }

    @Test
    void aTranslationCreditsItsOriginalByName() throws IOException {
        String translation = JSON.readTree(Cli.run("search", "panique", "--limit", "1", "--data", data)[1]).get("id").asText();
        JsonNode seed = lines(Cli.run("stories", "--limit", "100", "--data", data)[1]).stream()
                .filter(s -> s.get("articles").toString().contains(translation)).findFirst().orElseThrow();
        JsonNode story = JSON.readTree(Cli.run("story", seed.get("story").asText(), "--data", data)[1]);
        assertThat(story.get("provenance")).anySatisfy(e -> {
            assertThat(e.get("from").asText()).isEqualTo(translation);
            assertThat(e.get("relation").asText()).isEqualTo("translated_from");
            assertThat(e.get("name").asText()).isEqualTo("ZeroHedge");
            assertThat(e.get("to").isNull()).as("the English original is not stored").isTrue();
        });
    }

    @Test
    void anUnknownStoryIsSaidOnStderr() {
        String[] run = Cli.run("story", "s-none", "--data", data);
        assertThat(run[0]).isEqualTo("1");
        assertThat(run[1]).isEmpty();
        assertThat(run[2].strip()).isEqualTo("veille: no story s-none in " + data);
    }

    @Test
    void aCreditNamesTheStoryArticleWithItsTitleElseFromItsOutlet() {
        StoredArticle original = stored("en-1", "The Meridian Dispatch", "Orlavia suspends Greyfen Minerals’ licence", List.of());
        StoredArticle other = stored("en-2", "The Meridian Dispatch", "Greyfen answers", List.of());
        Provenance byTitle = new Provenance(Provenance.Relation.TRANSLATED_FROM, "Meridian", "Orlavia  suspends greyfen minerals’ licence", "en");
        Provenance byOutlet = new Provenance(Provenance.Relation.SOURCE, "the meridian dispatch", null, "en");
        Provenance elsewhere = new Provenance(Provenance.Relation.CITES, "Vesk Gazette", null, null);
        StoredArticle translation = stored("fr-1", "La Lucarne", "Orlavie : la licence suspendue", List.of(byTitle, byOutlet, elsewhere));
        Story story = new Story("s-en-1", List.of(original, other, translation));
        assertThat(StoryDetail.creditedArticle(byTitle, translation, story)).isEqualTo("en-1");
        assertThat(StoryDetail.creditedArticle(byOutlet, translation, story)).as("the oldest from that outlet").isEqualTo("en-1");
        assertThat(StoryDetail.creditedArticle(elsewhere, translation, story)).isNull();
        assertThat(StoryDetail.creditedArticle(byOutlet, original, story)).as("never itself").isEqualTo("en-2");
    }

    private static StoredArticle stored(String id, String outlet, String title, List<Provenance> provenance) {
        Article a = new Article(id, id + ".txt", null, outlet, title, "2025-02-17", List.of(), id.substring(0, 2), title, provenance);
        return new StoredArticle(new AnalyzedArticle(a, List.of(), List.of()), "s-en-1");
    }

    private static JsonNode maddie(List<JsonNode> stories) {
        return stories.stream().filter(s -> s.get("title").asText().contains("Maddie")).findFirst().orElseThrow();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.lines().toList()) nodes.add(JSON.readTree(line));
        return nodes;
    }

    /** These OrangeSum records as JSON Lines input (url, title, text, date), by OrangeSum id. */
    private static Map<String, String> orangeSum(Set<String> ids) throws IOException {
        Map<String, String> found = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(ORANGESUM)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null && found.size() < ids.size(); line = in.readLine()) {
                JsonNode r = JSON.readTree(line);
                if (!ids.contains(r.get("id").asText())) continue;
                ObjectNode record = JSON.createObjectNode();
                for (String field : List.of("url", "title", "text", "date")) record.set(field, r.get(field));
                found.put(r.get("id").asText(), JSON.writeValueAsString(record) + "\n");
            }
        }
        assertThat(found.keySet()).isEqualTo(ids);
        return found;
    }
}
