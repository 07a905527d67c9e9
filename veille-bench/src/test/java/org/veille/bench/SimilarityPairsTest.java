// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SemEval-2022 Task 8's CSV, the two halves, and Pearson's r. */
class SimilarityPairsTest {

    @TempDir
    Path dir;

    @Test
    void quotedFieldsKeepTheirNewlinesCommasAndQuotes() throws IOException {
        Path csv = dir.resolve("pairs.csv");
        Files.writeString(csv, "pair_id,lang1,lang2,title1,text1,title2,text2,date1,Overall,Geography\n"
                + "11_22,de,en,,\"Erste Zeile,\nzweite \"\"Zeile\"\"\",,\"one, two\",,2.5,1.0\n"
                + "33_44,en,en,,a,,b,,4.0,4.0\n");
        var pairs = SimilarityPairs.read(csv, 0);
        assertThat(pairs).hasSize(2);
        assertThat(pairs.get(0).text1()).isEqualTo("Erste Zeile,\nzweite \"Zeile\"");
        assertThat(pairs.get(0).text2()).isEqualTo("one, two");
        assertThat(pairs.get(0).overall()).isEqualTo(2.5);
        assertThat(pairs.get(0).languages()).isEqualTo("de-en");
        assertThat(SimilarityPairs.read(csv, 1)).hasSize(1);
    }

    @Test
    void theHalvesAreFixedByThePairIdAndAboutEven() {
        assertThat(SimilarityPairs.tuningHalf("1484039360_1484180228")).isEqualTo(SimilarityPairs.tuningHalf("1484039360_1484180228"));
        long tuning = IntStream.range(0, 2000).filter(i -> SimilarityPairs.tuningHalf(i + "_" + (i * 7))).count();
        assertThat(tuning).isBetween(900L, 1100L);
    }

    @Test
    void pearsonOfALineIsOneAndOfItsMirrorMinusOne() {
        Pearson up = new Pearson();
        Pearson down = new Pearson();
        for (int i = 0; i < 5; i++) {
            up.add(i, 2 * i + 1);
            down.add(i, -i);
        }
        assertThat(up.value()).isCloseTo(1, within(1e-12));
        assertThat(down.value()).isCloseTo(-1, within(1e-12));
        Pearson flat = new Pearson();
        flat.add(1, 1);
        flat.add(2, 1);
        assertThat(flat.value()).isNaN();
        Pearson known = new Pearson(); // x = 1,2,3; y = 1,3,2: r = 0.5
        known.add(1, 1);
        known.add(2, 3);
        known.add(3, 2);
        assertThat(known.value()).isCloseTo(0.5, within(1e-12));
    }
}
