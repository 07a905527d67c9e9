// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veille.read.Collected.Note;

/** JSON Lines: fields, alternatives, HTML lines and the failure of each bad line. */
class JsonlInputTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void readsOneRecordCaptureALineWithItsFields() throws IOException {
        Path file = write("articles.jsonl", """
                {"title": "Un titre", "url": "https://news.example/1", "date": "2024-11-06", "text": "Premier.\\r\\nSecond."}
                {"body": "Par body", "published": "6 nov. 2024", "author": "ignored"}

                {"content": "Par content", "datePublished": "2024-11-06T08:00:00Z", "title": 42}
                """);

        Collected read = Collected.read(file);

        assertThat(read.failures).isEmpty();
        assertThat(read.captures).containsExactly(
                new Capture(file + "#1", Capture.Format.RECORD, "Premier.\nSecond.", "https://news.example/1",
                        "Un titre", "2024-11-06", null),
                new Capture(file + "#2", Capture.Format.RECORD, "Par body", null, null, "6 nov. 2024", null),
                new Capture(file + "#4", Capture.Format.RECORD, "Par content", null, null, "2024-11-06T08:00:00Z", null));
    }

    @Test
    void makesAnHtmlCaptureFromAnHtmlField() throws IOException {
        Path file = write("pages.jsonl", "{\"url\": \"https://news.example/p\", \"html\": \"<p>page</p>\"}\n");

        assertThat(Collected.read(file).only())
                .isEqualTo(new Capture(file + "#1", Capture.Format.HTML, "<p>page</p>", "https://news.example/p",
                        null, null, null));
    }

    @Test
    void failsEachBadLineAndGoesOn() throws IOException {
        Path file = write("bad.jsonl", """
                {"text": "un"}
                {"title": "no text"}
                {"text": "not closed"
                {"text": "   "}
                [1, 2]
                {"text": "two"} trailing
                {"text": "deux"}
                """);

        Collected read = Collected.read(file);

        assertThat(read.captures).extracting(Capture::content).containsExactly("un", "deux");
        assertThat(read.failures).containsExactly(
                new Note(file + "#2", "line 2: no text"),
                new Note(file + "#3", "line 3: not valid JSON"),
                new Note(file + "#4", "line 4: no text"),
                new Note(file + "#5", "line 5: not a JSON object"),
                new Note(file + "#6", "line 6: not valid JSON"));
    }

    @Test
    void failsALineOverTheLimitWithoutHoldingIt() throws IOException {
        Path file = write("long.jsonl", "{\"text\": \"" + "x".repeat(2_000_000) + "\"}\n{\"text\": \"short\"}\n");

        Collected read = Collected.read(new CaptureReader(1_000_000), file);

        assertThat(read.failures).containsExactly(new Note(file + "#1", "line 1: too large: 2.0 MB > 1.0 MB limit"));
        assertThat(read.captures).extracting(Capture::content).containsExactly("short");
    }

    @Test
    void readsGzippedJsonLinesAndFailsTruncatedOnes() throws IOException {
        byte[] gz = CaptureReaderTest.gzip("{\"text\": \"compressed\"}\n".repeat(200).getBytes(StandardCharsets.UTF_8));
        Path whole = Files.write(dir.resolve("a.jsonl.gz"), gz);
        Path cut = Files.write(dir.resolve("b.jsonl.gz"), Arrays.copyOf(gz, gz.length - 10));

        Collected read = Collected.read(whole, cut);

        assertThat(read.captures).hasSizeGreaterThanOrEqualTo(200);
        assertThat(read.failures).containsExactly(new Note(cut.toString(), "truncated gzip stream"));
    }

    @Test
    void decodesAWindows1252LineWithAWarning() throws IOException {
        Path file = Files.write(dir.resolve("latin.jsonl"), "{\"text\": \"café\"}\n".getBytes(Charset.forName("windows-1252")));

        Collected read = Collected.read(file);

        assertThat(read.only().content()).isEqualTo("café");
        assertThat(read.warnings).containsExactly(new Note(file + "#1", "not valid UTF-8; decoded as windows-1252"));
    }

    @Test
    void failsABinaryFileOnce() throws IOException {
        byte[] bytes = new byte[100];
        Arrays.fill(bytes, (byte) 0);
        Path file = Files.write(dir.resolve("zeros.jsonl"), bytes);

        assertThat(Collected.read(file).failures).containsExactly(new Note(file.toString(), "binary content, not text"));
    }
}
