// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.veille.read.Collected.Note;

/** Files, folders, gzip and the failures of bad files, read through the front door. */
class CaptureReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        var out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void readsTextFileAsText() throws IOException {
        Path file = write("page.txt", "Titre\r\n\r\nCorps de l’article.\r\n");

        Capture capture = Collected.read(file).only();

        assertThat(capture).isEqualTo(Capture.text(file.toString(), "Titre\n\nCorps de l’article.\n"));
    }

    @Test
    void readsHtmlFilesOfEveryExtensionCaseInsensitively() throws IOException {
        String html = "<html><head><title>T</title></head><body><p>Été</p></body></html>";
        Path a = write("a.html", html);
        Path b = write("b.HTM", html);
        Path c = write("c.xhtml", html);

        Collected read = Collected.read(a, b, c);

        assertThat(read.failures).isEmpty();
        assertThat(read.warnings).isEmpty();
        assertThat(read.captures).extracting(Capture::source)
                .containsExactly(a.toString(), b.toString(), c.toString());
        assertThat(read.captures).allSatisfy(capture -> {
            assertThat(capture.format()).isEqualTo(Capture.Format.HTML);
            assertThat(capture.content()).isEqualTo(html);
            assertThat(capture.url()).isNull();
        });
    }

    @Test
    void walksFoldersRecursivelyInNameOrderSkippingHiddenAndOtherFiles() throws IOException {
        write("b.txt", "b");
        write("a/z.txt", "a/z");
        write("a/c/y.html", "<p>a/c/y</p>");
        write("a/b.txt", "a/b");
        write("c.TXT", "c");
        write(".hidden.txt", "hidden");
        write(".git/config.txt", "hidden folder");
        write("notes.md", "other type");
        write("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});

        Collected read = Collected.read(dir);

        assertThat(read.failures).isEmpty();
        assertThat(read.captures).extracting(Capture::content)
                .containsExactly("a/b", "<p>a/c/y</p>", "a/z", "b", "c");
    }

    @Test
    void readsInputsInTheOrderGiven() throws IOException {
        Path b = write("b.txt", "b");
        Path folder = Files.createDirectories(dir.resolve("folder"));
        write("folder/x.txt", "x");
        Path a = write("a.txt", "a");

        assertThat(Collected.read(b, folder, a).captures).extracting(Capture::content)
                .containsExactly("b", "x", "a");
    }

    @Test
    void gunzipsAndDispatchesOnTheInnerExtension() throws IOException {
        Path html = write("page.html.gz", gzip("<p>gz page</p>".getBytes(StandardCharsets.UTF_8)));
        Path text = write("capture.TXT.GZ", gzip("gz text".getBytes(StandardCharsets.UTF_8)));

        Collected read = Collected.read(html, text);

        assertThat(read.failures).isEmpty();
        assertThat(read.captures).containsExactly(
                Capture.html(html.toString(), "<p>gz page</p>", null),
                Capture.text(text.toString(), "gz text"));
    }

    @Test
    void failsUnsupportedFilesGivenExplicitly() throws IOException {
        Path xyz = write("data.xyz", "x");
        Path gz = write("data.csv.gz", gzip(new byte[] {'x'}));
        Path none = write("README", "x");

        assertThat(Collected.read(xyz, gz, none).failures).containsExactly(
                new Note(xyz.toString(), "unsupported file type .xyz"),
                new Note(gz.toString(), "unsupported file type .csv.gz"),
                new Note(none.toString(), "unsupported file type (none)"));
    }

    @Test
    void failsMissingPathAndGoesOn() throws IOException {
        Path missing = dir.resolve("missing.txt");
        Path missingOther = dir.resolve("missing.xyz");
        Path good = write("good.txt", "good");

        Collected read = Collected.read(missing, missingOther, good);

        assertThat(read.failures).containsExactly(
                new Note(missing.toString(), "no such file"), new Note(missingOther.toString(), "no such file"));
        assertThat(read.captures).extracting(Capture::content).containsExactly("good");
    }

    @Test
    void failsEmptyAndWhitespaceOnlyFiles() throws IOException {
        Path empty = write("empty.txt", "");
        Path blank = write("blank.html", " \n\t\r\n ");
        Path emptyGz = write("empty.html.gz", gzip(new byte[0]));

        assertThat(Collected.read(empty, blank, emptyGz).failures).containsExactly(
                new Note(empty.toString(), "empty file"),
                new Note(blank.toString(), "empty file"),
                new Note(emptyGz.toString(), "empty file"));
    }

    @Test
    void failsBinaryContentWithoutWarning() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        byte[] controls = new byte[1000];
        Arrays.fill(controls, (byte) 'a');
        for (int i = 0; i < controls.length; i += 5) {
            controls[i] = 0x01;
        }
        Path image = write("image.html", png);
        Path noisy = write("noisy.txt", controls);

        Collected read = Collected.read(image, noisy);

        assertThat(read.failures).containsExactly(
                new Note(image.toString(), "binary content, not text"),
                new Note(noisy.toString(), "binary content, not text"));
        assertThat(read.warnings).isEmpty();
    }

    @Test
    void failsTruncatedGzipAndGoesOn() throws IOException {
        byte[] whole = gzip("<p>a page long enough to be cut in the middle of its deflate stream</p>"
                .repeat(20).getBytes(StandardCharsets.UTF_8));
        Path cut = write("cut.html.gz", Arrays.copyOf(whole, whole.length / 2));
        Path noTrailer = write("notrailer.txt.gz", Arrays.copyOf(whole, whole.length - 4));
        Path notGzip = write("plain.txt.gz", "not gzip at all");
        Path good = write("good.txt", "good");

        Collected read = Collected.read(cut, noTrailer, notGzip, good);

        assertThat(read.failures).containsExactly(
                new Note(cut.toString(), "truncated gzip stream"),
                new Note(noTrailer.toString(), "truncated gzip stream"),
                new Note(notGzip.toString(), "not valid gzip: not in gzip format"));
        assertThat(read.captures).extracting(Capture::content).containsExactly("good");
    }

    @Test
    void failsTooLargeFileFromItsSizeWithoutReadingIt() throws IOException {
        Path big = dir.resolve("big.html");
        try (var channel = FileChannel.open(big,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[] {'>'}), 50L * 1024 * 1024 - 1);
        }
        Path good = write("good.txt", "good");

        Collected read = Collected.read(big, good);

        assertThat(read.failures).containsExactly(new Note(big.toString(), "too large: 52 MB > 20 MB limit"));
        assertThat(read.captures).hasSize(1);
    }

    @Test
    void capsDecompressionAtTheConfiguredLimit() throws IOException {
        Path bomb = write("bomb.html.gz", gzip(new byte[3_000_000]));
        Path small = write("small.txt.gz", gzip("small enough".getBytes(StandardCharsets.UTF_8)));

        Collected read = Collected.read(new CaptureReader(1_000_000), bomb, small);

        assertThat(read.failures).containsExactly(new Note(bomb.toString(), "too large: over the 1.0 MB limit"));
        assertThat(read.captures).extracting(Capture::content).containsExactly("small enough");
    }

    @Test
    void rejectsANonPositiveLimit() {
        assertThatThrownBy(() -> new CaptureReader(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void failsUnreadableFile() throws IOException {
        Path locked = write("locked.txt", "secret");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(locked)).as("not running as root").isFalse();

        assertThat(Collected.read(locked).failures).containsExactly(new Note(locked.toString(), "permission denied"));
    }

    @Test
    void namesAccessDeniedAndOtherIoErrorsShortly() {
        assertThat(ReadFailure.reason(new AccessDeniedException("/x"))).isEqualTo("permission denied");
        assertThat(ReadFailure.reason(new NoSuchFileException("/x"))).isEqualTo("no such file");
        assertThat(ReadFailure.reason(new IOException("Disk on fire"))).isEqualTo("cannot read: Disk on fire");
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        for (int i = 0; i < 20; i++) {
            write("f" + i + ".txt", "text " + i);
        }
        CaptureReader reader = new CaptureReader();
        List<Collected> results;
        try (var pool = Executors.newFixedThreadPool(4)) {
            var futures = IntStream.range(0, 8)
                    .mapToObj(i -> pool.submit(() -> Collected.read(reader, dir)))
                    .toList();
            results = new ArrayList<>();
            for (var f : futures) {
                results.add(f.get());
            }
        }
        assertThat(results).allSatisfy(r -> assertThat(r.captures).hasSize(20));
    }
}
