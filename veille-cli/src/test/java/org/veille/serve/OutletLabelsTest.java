// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Décodex lists read by domain, their notes read at their list's date, and the CSV both ways. */
class OutletLabelsTest {

    private static final String HEADER = "site_id,name,slug,url,url_type,note,label,description,decodex_page\n";
    private static final Path SHARED = Path.of(System.getProperty("veille.shared", "../../shared"), "data/sources");

    @TempDir
    Path dir;

    @Test
    void aFourMeansNoWarningAfterMarch2017AndReliableBefore() throws IOException {
        String rows = HEADER
                + "1,Wikipédia,wikipedia,fr.wikipedia.org,domain,4,green,\"Une encyclopédie, collaborative.\",https://x/wikipedia/\n"
                + "1,Wikipédia,wikipedia,twitter.com/wikipedia,twitter,4,green,social,https://x/wikipedia/\n"
                + "2,Le Gorafi,le-gorafi,legorafi.fr,domain,1,blue,\"Un site \"\"satirique\"\".\",https://x/le-gorafi/\n";
        Path early = Files.writeString(dir.resolve("decodex_sites_2017-02-01.csv"), rows);
        Path late = Files.writeString(dir.resolve("decodex_sites_2021-04-26.csv"), rows);
        assertThat(OutletLabels.read(List.of(early)).of("fr.wikipedia.org").orElseThrow().meaning()).isEqualTo("rather reliable");
        OutletLabels labels = OutletLabels.read(List.of(early, late));
        OutletLabels.Label wikipedia = labels.of("fr.wikipedia.org").orElseThrow();
        assertThat(wikipedia.meaning()).as("the later list wins").isEqualTo("no warning");
        assertThat(wikipedia.list()).isEqualTo("Décodex 2021-04-26");
        assertThat(wikipedia.description()).isEqualTo("Une encyclopédie, collaborative.");
        assertThat(labels.of("legorafi.fr").orElseThrow().description()).isEqualTo("Un site \"satirique\".");
        assertThat(labels.of("archives.legorafi.fr").orElseThrow().meaning()).as("a subdomain").isEqualTo("satire or parody");
        assertThat(labels.of("twitter.com")).as("social accounts name no domain").isEmpty();
        assertThat(labels.of("example.org")).isEmpty();
        assertThat(labels.domainsMeaning("satire or parody")).isEqualTo(Set.of("legorafi.fr"));
    }

    @Test
    void readsTheSharedListsWhereTheyAre() throws IOException {
        Path list = SHARED.resolve("decodex_sites_2021-04-26.csv");
        if (!Files.isRegularFile(list)) return; // the shared data is not on this machine
        OutletLabels labels = OutletLabels.read(List.of(SHARED.resolve("decodex_sites_2017-04-30.csv"), list));
        assertThat(labels.size()).as("the domains of both lists").isGreaterThan(900);
        assertThat(labels.of("legorafi.fr").orElseThrow().note()).isEqualTo(1);
        assertThat(labels.of("fr.wikipedia.org").orElseThrow().meaning()).isEqualTo("no warning");
    }

    @Test
    void aFileThatIsNotADecodexListIsRefused() throws IOException {
        Path other = Files.writeString(dir.resolve("other.csv"), "a,b\n1,2\n");
        assertThatThrownBy(() -> OutletLabels.read(List.of(other))).hasMessageContaining("not a Décodex list");
    }

    @Test
    void exportedCellsAreQuotedAndFormulasDisarmed() {
        String csv = Csv.write(List.of("a", "b"), List.of(List.of("=HYPERLINK(\"x\")", "un, deux"), List.of("-1", "ligne\nsuivante")));
        assertThat(csv).isEqualTo("a,b\r\n\"'=HYPERLINK(\"\"x\"\")\",\"un, deux\"\r\n'-1,\"ligne\nsuivante\"\r\n");
        assertThat(Csv.read(csv)).containsExactly(List.of("a", "b"), List.of("'=HYPERLINK(\"x\")", "un, deux"), List.of("'-1", "ligne\nsuivante"));
    }
}
