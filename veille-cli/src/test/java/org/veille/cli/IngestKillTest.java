// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.veille.store.ArticleStore;
import org.veille.store.StoreCheck;
import org.veille.store.StoreException;
import org.veille.store.StoredArticle;

/**
 * Slow (a minute): the real {@code ingest} of the 32,537 OrangeSum records in a child JVM, killed with SIGKILL once
 * its first commits are on disk. The store must open and check clean, and hold the articles of a prefix of the
 * input, every one of them whole: the ingest stores in input order and commits as it goes.
 */
@Tag("slow")
class IngestKillTest {

    private static final Path RECORDS = Path.of(System.getProperty("veille.shared", "../../shared"),
            "data/french-news/orangesum/orangesum_parsed.jsonl.gz");
    /** Articles that must be committed before the kill: more than one commit of {@link StreamingIngest#COMMIT_EVERY}. */
    private static final int COMMITTED_BEFORE_KILL = 2 * StreamingIngest.COMMIT_EVERY;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aKilledIngestKeepsEveryArticleCommittedBeforeTheKill() throws Exception {
        assumeTrue(Files.isRegularFile(RECORDS), RECORDS + " is not here");
        Path store = dir.resolve("store");
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "ingest", "--data", store.toString(), RECORDS.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        int seen = 0;
        while (seen < COMMITTED_BEFORE_KILL) {
            assertThat(child.isAlive()).as("still ingesting: %s", Files.readString(dir.resolve("child.log"))).isTrue();
            Thread.sleep(500);
            seen = committed(store);
        }
        child.destroyForcibly(); // SIGKILL on Unix
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(StoreCheck.check(store).damaged()).isFalse();
        Map<String, Integer> position = positionsOfUrls();
        List<Integer> stored = new ArrayList<>();
        try (ArticleStore s = ArticleStore.openReadOnly(store)) {
            List<String> ids = s.ids();
            assertThat(ids).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(seen);
            for (String id : ids) {
                StoredArticle a = s.get(id).orElseThrow();
                assertThat(a.analyzed().article().text()).isNotBlank();
                stored.add(position.get(a.analyzed().article().url()));
            }
        }
        int last = stored.stream().mapToInt(Integer::intValue).max().orElseThrow();
        List<Integer> prefix = position.values().stream().filter(p -> p <= last).sorted().toList();
        System.out.printf("ingest kill test: killed with %d articles committed, up to record %d%n", stored.size(), last + 1);
        assertThat(stored).as("every article of the input up to the last one committed")
                .containsExactlyInAnyOrderElementsOf(prefix);

        // the killed run never linked what it stored: the next ingest, whatever it adds, links it
        Path later = dir.resolve("later.txt");
        Files.writeString(later, "Un article ajouté après la reprise.\n\nLe conseil municipal a voté mardi le budget de la "
                + "commune pour l'année prochaine, après un long débat sur les travaux de la place du marché.\n");
        String[] again = Cli.run("ingest", "--data", store.toString(), later.toString());
        assertThat(again[0]).as(again[2]).isEqualTo("0");
        try (ArticleStore s = ArticleStore.openReadOnly(store)) {
            assertThat(s.unlinkedIds()).as("articles with no story after the next ingest").isEmpty();
        }
    }

    /** Articles committed in the store so far; 0 while it does not exist yet. */
    private static int committed(Path store) {
        if (!Files.isDirectory(store)) return 0;
        try (ArticleStore s = ArticleStore.openReadOnly(store)) {
            return s.size();
        } catch (StoreException | IOException e) {
            return 0; // created but not committed yet
        }
    }

    /** The position in the input of each record that has a text (the others are no article). */
    private static Map<String, Integer> positionsOfUrls() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Integer> positions = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(RECORDS)), StandardCharsets.UTF_8))) {
            int i = 0;
            for (String line; (line = in.readLine()) != null; i++) {
                JsonNode record = mapper.readTree(line);
                if (!record.path("text").asText("").isBlank()) positions.putIfAbsent(record.path("url").asText(), i);
            }
        }
        return positions;
    }
}
