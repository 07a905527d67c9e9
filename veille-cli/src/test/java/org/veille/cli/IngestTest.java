// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.store.ArticleStore;

/** ingest stores a capture once, and the read commands find it. */
class IngestTest {

    /** The forgery: 900 for 400, and four Latin letters swapped for Cyrillic look-alikes (а, е, о, р). */
    private static final String REAL = "Olivier Véran annonce 400 millions d'euros supplémentaires pour mieux "
            + "rémunérer les soignants, a-t-il déclaré mercredi à l'issue du Ségur de la santé, qui s'achève.",
            FORGED = REAL.replace("400", "900").replaceFirst("a", "\u0430").replaceFirst("e", "\u0435")
                    .replaceFirst("o", "\u043e").replaceFirst("p", "\u0440");

    @TempDir
    Path dir;

    @Test
    void ingestingTwiceStoresOnceKeepsACopyAsARepublicationAndTheStoreAnswers() throws IOException {
        Path input = Files.createDirectory(dir.resolve("in"));
        Files.writeString(input.resolve("pont.txt"), BadInputTest.GOOD);
        Files.writeString(input.resolve("copy.txt"), BadInputTest.GOOD);
        String data = dir.resolve("store").toString();
        String[] first = Cli.run("ingest", input.toString(), "--data", data);
        assertThat(first[0]).as(first[2]).isEqualTo("0");
        assertThat(first[2]).contains("2 new");
        String[] second = Cli.run("ingest", input.toString(), "--data", data);
        assertThat(second[2]).contains("0 new").contains("the store holds 2 articles");

        String[] search = Cli.run("search", "soulagement", "--data", data);
        assertThat(search[1]).contains("Le pont de Valbrune rouvre");
        List<String> ids = search[1].lines().map(l -> l.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1")).toList();
        assertThat(ids).hasSize(2);
        List<String> shown = ids.stream().map(id -> Cli.run("show", id, "--data", data)[1]).toList();
        assertThat(shown).allSatisfy(json -> assertThat(json).contains("\"title\":\"Le pont de Valbrune rouvre\""));
        assertThat(shown).as("one copy republishes the other").filteredOn(json -> json.contains("\"republication_of\":null"))
                .hasSize(1);
        assertThat(Cli.run("stories", "--data", data)[1]).contains("\"size\":2");
        assertThat(Cli.run("quotes", "--speaker", "dubreuil", "--data", data)[1]).contains("soulagement");
    }

    @Test
    void aForgedArticleIngestedFirstDoesNotHideTheRealOne() throws IOException {
        String url = "https://actu.example.org/sante/veran-soignants";
        Path forged = dir.resolve("forged.jsonl"), real = dir.resolve("real.jsonl");
        Files.writeString(forged, record(FORGED, url));
        Files.writeString(real, record(REAL, url));
        String data = dir.resolve("store").toString();
        assertThat(Cli.run("ingest", forged.toString(), "--data", data)[2]).contains("1 new");
        assertThat(Cli.run("ingest", real.toString(), "--data", data)[2]).as("not 'already stored'").contains("1 new");
        String[] search = Cli.run("search", "400", "millions", "--data", data);
        String id = search[1].replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
        assertThat(Cli.run("show", id, "--data", data)[1]).contains("400 millions").doesNotContain("900 millions");
    }

    @Test
    void aSecondIngestIsRefusedAtOnceAndReadersNeverCreateAStore() throws Exception {
        Path store = dir.resolve("store");
        String[] missing = Cli.run("search", "x", "--data", store.toString());
        assertThat(missing[0]).isEqualTo("3");
        assertThat(missing[2].strip()).isEqualTo("veille: store " + store + " does not exist");
        assertThat(store).doesNotExist();
        Path input = Files.writeString(dir.resolve("a.txt"), BadInputTest.GOOD);
        try (ArticleStore writing = ArticleStore.open(store)) {
            long start = System.nanoTime();
            String[] second = Cli.run("ingest", input.toString(), "--data", store.toString());
            assertThat(second[2].strip()).isEqualTo("veille: store " + store + " is locked by Veille process " + ProcessHandle.current().pid());
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("before any analysis")
                    .isLessThan(Duration.ofSeconds(2));
        }
    }

    private static String record(String text, String url) {
        return "{\"url\":\"" + url + "\",\"title\":\"Ségur de la santé\",\"date\":\"2020-07-02\",\"text\":\"" + text + "\"}\n";
    }
}
