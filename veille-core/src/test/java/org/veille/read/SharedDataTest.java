// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.read;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Reads the real captures in {@code ../shared} (system property {@code veille.shared}); skipped without them. */
class SharedDataTest {

    private static Path shared(String relative) {
        String root = System.getProperty("veille.shared");
        assumeThat(root).as("system property veille.shared").isNotNull();
        Path path = Path.of(root, relative);
        assumeThat(Files.isDirectory(path)).as(path + " exists").isTrue();
        return path;
    }

    @Test
    void readsTheSeedsAsFiveTextCaptures() {
        Collected read = Collected.read(shared("seeds"));

        assertThat(read.failures).isEmpty();
        assertThat(read.captures).hasSize(5).allSatisfy(capture -> {
            assertThat(capture.format()).isEqualTo(Capture.Format.TEXT);
            assertThat(capture.content()).isNotBlank().doesNotContain("\r", "\uFEFF");
        });
    }

    @Test
    void readsTwentyTrafilaturaEvaluationPages() throws IOException {
        Path pages = shared("data/extraction/trafilatura-eval/pages");
        List<Path> files;
        try (Stream<Path> list = Files.list(pages)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().limit(20).toList();
        }

        Collected read = new Collected();
        new CaptureReader().read(files, read);

        assertThat(read.failures).isEmpty();
        assertThat(read.captures).hasSize(20)
                .allSatisfy(capture -> assertThat(capture.format()).isEqualTo(Capture.Format.HTML));
    }
}
