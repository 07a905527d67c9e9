// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages are decoded as Veille decodes them, whatever their names, in the order asked. */
class PageReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsGzippedPagesInOrderWhateverTheirNames() throws IOException {
        gzip(dir.resolve("b.html.gz"), "<p>Zürich</p>".getBytes(StandardCharsets.UTF_8));
        gzip(dir.resolve("site.example.net.gz"), "<p>Café</p>".getBytes(Charset.forName("windows-1252")));
        Files.writeString(dir.resolve("plain.htm"), "<p>plain</p>");
        StringWriter err = new StringWriter();
        List<Page> pages = new PageReader().read(List.of(
                new PageReader.Wanted("site", dir.resolve("site.example.net.gz"), "https://example.net/"),
                new PageReader.Wanted("b", dir.resolve("b.html.gz"), null),
                new PageReader.Wanted("plain", dir.resolve("plain.htm"), null),
                new PageReader.Wanted("missing", dir.resolve("missing.html.gz"), null)), new PrintWriter(err));
        assertThat(pages).extracting(Page::name).containsExactly("site", "b", "plain", "missing");
        assertThat(pages).extracting(Page::html).containsExactly("<p>Café</p>", "<p>Zürich</p>", "<p>plain</p>", "");
        assertThat(pages.getFirst().source()).endsWith("site.example.net.gz");
        assertThat(pages.getFirst().url()).isEqualTo("https://example.net/");
        assertThat(err.toString()).contains("unreadable page").contains("missing.html.gz").doesNotContain("site.example.net");
    }

    private static void gzip(Path file, byte[] bytes) throws IOException {
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file))) {
            gz.write(bytes);
        }
    }
}
