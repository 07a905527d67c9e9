// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

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
                new Note(file + "#2", "no text"),
                new Note(file + "#3", "not valid JSON"),
                new Note(file + "#4", "no text"),
                new Note(file + "#5", "not a JSON object"),
                new Note(file + "#6", "not valid JSON"));
    }

    @Test
    void failsALineOverTheLimitWithoutHoldingIt() throws IOException {
        Path file = write("long.jsonl", "{\"text\": \"" + "x".repeat(2_000_000) + "\"}\n{\"text\": \"short\"}\n");

        Collected read = Collected.read(new CaptureReader(1_000_000), file);

        assertThat(read.failures).containsExactly(new Note(file + "#1", "too large: 2.0 MB > 1.0 MB limit"));
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
    void failsDeepNestingAndLongNumbersLineByLine() throws IOException {
        Path file = write("hostile.jsonl", "{\"text\": \"un\", \"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}\n"
                + "{\"text\": \"deux\", \"n\": " + "9".repeat(100_000) + "}\n"
                + "{\"text\": \"trois\"}\n");

        Collected read = Collected.read(file);

        assertThat(read.captures).extracting(Capture::content).containsExactly("trois");
        assertThat(read.failures).containsExactly(
                new Note(file + "#1", "refused JSON: nested deeper than 32 levels"),
                new Note(file + "#2", "refused JSON: a number longer than 40 digits"));
    }

    @Test
    void readsTimestampDatesInRangeAndIgnoresOthersWithAWarning() throws IOException {
        Path file = write("dates.jsonl", """
                {"text": "secondes", "date": 1730881800}
                {"text": "millisecondes", "date": 1730881800000}
                {"text": "hors limites", "date": 99999999999999999999}
                {"text": "trop long", "date": "%s"}
                """.formatted("2024-11-06 ".repeat(20)));

        Collected read = Collected.read(file);

        assertThat(read.captures).extracting(Capture::published)
                .containsExactly("2024-11-06T08:30:00Z", "2024-11-06T08:30:00Z", null, null);
        assertThat(read.warnings).extracting(Note::source).containsExactly(file + "#3", file + "#4");
        assertThat(read.warnings.getFirst().message())
                .isEqualTo("date ignored: not a date string nor a timestamp from 1990 to 2100");
    }

    @Test
    void refusesAGzippedBombWholeBeforeAnyRecordAndGoesOn() throws IOException {
        Path bomb = dir.resolve("bomb.jsonl.gz");
        try (Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(bomb)), StandardCharsets.UTF_8)) {
            for (int i = 0; i < 30_000; i++) {
                out.write(RECORD); // 72 MB unpacked, over the floor, from a few hundred kB
            }
        }
        Path small = Files.write(dir.resolve("small.jsonl.gz"), CaptureReaderTest.gzip(RECORD.repeat(2_000).getBytes(StandardCharsets.UTF_8)));
        Path good = write("good.jsonl", "{\"text\": \"bon\"}\n");

        Collected read = Collected.read(bomb, small, good);

        assertThat(read.failures).extracting(Note::source).containsExactly(bomb.toString());
        assertThat(read.failures.getFirst().message()).startsWith("refused as a decompression bomb: unpacks over 100 times its size of ");
        assertThat(read.captures).hasSize(2_001); // a small input unpacks as much as it likes, under the floor
    }

    private static final String RECORD = "{\"title\": \"Olivier Véran : 400 millions d'euros\", \"text\": \""
            + "Le ministre a annoncé une enveloppe supplémentaire. ".repeat(45) + "\"}\n";

    @Test
    void failsABinaryFileOnce() throws IOException {
        byte[] bytes = new byte[100];
        Arrays.fill(bytes, (byte) 0);
        Path file = Files.write(dir.resolve("zeros.jsonl"), bytes);

        assertThat(Collected.read(file).failures).containsExactly(new Note(file.toString(), "binary content, not text"));
    }
}
