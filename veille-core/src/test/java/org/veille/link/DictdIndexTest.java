// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dictd's index: base-64 numbers, header entries, order by offset, damage. */
class DictdIndexTest {

    @TempDir
    Path dir;

    @Test
    void numbersAreBase64MostSignificantFirst() {
        assertThat(DictdIndex.number("A")).isZero();
        assertThat(DictdIndex.number("B")).isEqualTo(1);
        assertThat(DictdIndex.number("BA")).isEqualTo(64);
        assertThat(DictdIndex.number("8m")).isEqualTo(60 * 64 + 38);
        assertThat(DictdIndex.number("/")).isEqualTo(63);
        assertThat(DictdIndex.number("a-b")).isEqualTo(-1);
        assertThat(DictdIndex.number("")).isEqualTo(-1);
    }

    @Test
    void headwordsComeOrderedByOffsetWithoutTheHeader() throws IOException {
        Path index = dir.resolve("x.index");
        Files.writeString(index, "00databaseshort\t5K\tu\nzèbre\tBA\tK\nabandon\tA\tBA\n");
        assertThat(DictdIndex.read(index)).containsExactly(
                new DictdIndex.Headword("abandon", 0, 64), new DictdIndex.Headword("zèbre", 64, 10));
    }

    @Test
    void aDamagedLineIsAnError() throws IOException {
        Path index = dir.resolve("x.index");
        Files.writeString(index, "abandon\tA\n");
        assertThatThrownBy(() -> DictdIndex.read(index)).isInstanceOf(IOException.class).hasMessageContaining("line 1");
        Files.writeString(index, "abandon\tA\t*\n");
        assertThatThrownBy(() -> DictdIndex.read(index)).isInstanceOf(IOException.class).hasMessageContaining("no place");
    }
}
