// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veille.read.Collected.Note;

/** WARC archives: which records become captures, their metadata, and broken records. */
class WarcInputTest {

    private static final Instant DATE = Instant.parse("2024-11-06T08:30:00Z");

    @TempDir
    Path dir;

    private static WarcResponse response(String url, int status, String contentType, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, "X").body(MediaType.parse(contentType), body).build();
        return new WarcResponse.Builder(url).date(DATE).body(http).build();
    }

    private static WarcResponse page(String url, String html) throws IOException {
        return response(url, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** A typical crawl: warcinfo, then for each page a request and a response, plus an image and metadata. */
    private static byte[] crawl(WarcCompression compression) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression)) {
            writer.write(new Warcinfo.Builder().fields(Map.of("software", List.of("test"))).build());
            writer.write(new WarcRequest.Builder("https://news.example/a").date(DATE)
                    .body(new HttpRequest.Builder("GET", "/a").build()).build());
            writer.write(page("https://news.example/a", "<p>Article A, été</p>"));
            writer.write(response("https://news.example/robots.txt", 200, "text/plain",
                    "User-agent: *".getBytes(StandardCharsets.US_ASCII)));
            writer.write(response("https://news.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 0}));
            writer.write(new WarcMetadata.Builder().body(MediaType.parse("application/warc-fields"),
                    "via: x\r\n".getBytes(StandardCharsets.US_ASCII)).build());
            writer.write(response("https://news.example/old", 301, "text/html", "<p>moved</p>".getBytes(StandardCharsets.US_ASCII)));
            writer.write(response("https://news.example/latin", 200, "text/html; charset=ISO-8859-1",
                    "<p>Noël à Paris</p>".getBytes(Charset.forName("windows-1252"))));
            writer.write(new WarcResource.Builder(URI.create("https://news.example/notes.txt")).date(DATE)
                    .body(MediaType.PLAIN_TEXT, "notes\r\nen texte".getBytes(StandardCharsets.UTF_8)).build());
        }
        return out.toByteArray();
    }

    @Test
    void readsHtmlResponsesAndTextResourcesSkippingOtherRecords() throws IOException {
        Path file = Files.write(dir.resolve("crawl.warc"), crawl(WarcCompression.NONE));

        Collected read = Collected.read(file);

        assertThat(read.failures).isEmpty();
        assertThat(read.warnings).isEmpty();
        assertThat(read.captures).containsExactly(
                new Capture(file + "#3", Capture.Format.HTML, "<p>Article A, été</p>", "https://news.example/a",
                        null, null, "2024-11-06T08:30:00Z"),
                new Capture(file + "#8", Capture.Format.HTML, "<p>Noël à Paris</p>", "https://news.example/latin",
                        null, null, "2024-11-06T08:30:00Z"),
                new Capture(file + "#9", Capture.Format.TEXT, "notes\nen texte", "https://news.example/notes.txt",
                        null, null, "2024-11-06T08:30:00Z"));
    }

    @Test
    void readsGzippedWarcs() throws IOException {
        Path file = Files.write(dir.resolve("crawl.WARC.GZ"), crawl(WarcCompression.GZIP));

        Collected read = Collected.read(file);

        assertThat(read.failures).isEmpty();
        assertThat(read.captures).extracting(Capture::source)
                .containsExactly(file + "#3", file + "#8", file + "#9");
    }

    @Test
    void failsARecordOverTheLimitAndGoesOnWithTheNext() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(out)) {
            writer.write(page("https://news.example/big", "<p>" + "x".repeat(2_000_000) + "</p>"));
            writer.write(page("https://news.example/small", "<p>small</p>"));
        }
        Path file = Files.write(dir.resolve("big.warc"), out.toByteArray());

        Collected read = Collected.read(new CaptureReader(1_000_000), file);

        assertThat(read.failures).containsExactly(new Note(file + "#1", "too large: over the 1.0 MB limit"));
        assertThat(read.captures).extracting(Capture::url).containsExactly("https://news.example/small");
    }

    @Test
    void deliversRecordsBeforeGarbageThenFailsOnceAndGoesOnWithTheNextFile() throws IOException {
        byte[] good = crawl(WarcCompression.NONE);
        String garbage = "this is not a WARC record\r\n\r\n";
        int cut = indexOf(good, "WARC/1.", indexOf(good, "Article A", 0));
        ByteArrayOutputStream broken = new ByteArrayOutputStream();
        broken.write(good, 0, cut);
        broken.writeBytes(garbage.getBytes(StandardCharsets.US_ASCII));
        broken.write(good, cut, good.length - cut);
        Path file = Files.write(dir.resolve("garbage.warc"), broken.toByteArray());
        Path next = Files.write(dir.resolve("next.txt"), "next file".getBytes(StandardCharsets.US_ASCII));

        Collected read = Collected.read(file, next);

        assertThat(read.captures).extracting(Capture::source).containsExactly(file + "#3", next.toString());
        assertThat(read.failures).containsExactly(new Note(file + "#4", "not a valid WARC record"));
    }

    @Test
    void failsARecordWhoseContentLengthRunsPastTheEnd() throws IOException {
        String first = "<p>first</p>";
        String second = "<p>second, cut short</p>";
        String warc = record("https://news.example/1", first, 0) + record("https://news.example/2", second, 500);
        Path file = Files.write(dir.resolve("short.warc"), warc.getBytes(StandardCharsets.UTF_8));

        Collected read = Collected.read(file);

        assertThat(read.captures).extracting(Capture::content).containsExactly(first);
        assertThat(read.failures).containsExactly(
                new Note(file + "#2", "truncated record: Content-Length 603 runs past the end of the file"));
    }

    @Test
    void failsATruncatedGzippedWarcAtTheRecordCut() throws IOException {
        byte[] whole = crawl(WarcCompression.GZIP);
        Path file = Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(whole, whole.length - 40));

        Collected read = Collected.read(file);

        assertThat(read.captures).extracting(Capture::source).containsExactly(file + "#3", file + "#8");
        assertThat(read.failures).containsExactly(new Note(file + "#9", "truncated gzip stream"));
    }

    @Test
    void decodesAGzipContentEncoding() throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .addHeader("Content-Encoding", "gzip")
                .body(MediaType.parse("text/html; charset=utf-8"), CaptureReaderTest.gzip("<p>compressé</p>".getBytes(StandardCharsets.UTF_8)))
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(out)) {
            writer.write(new WarcResponse.Builder("https://news.example/gz").date(DATE).body(http).build());
        }
        Path file = Files.write(dir.resolve("encoded.warc"), out.toByteArray());

        assertThat(Collected.read(file).only().content()).isEqualTo("<p>compressé</p>");
    }

    @Test
    void failsAResponseWithABrokenHttpHeaderAndGoesOnWithTheNextRecord() throws IOException {
        String broken = record("https://news.example/1", "<p>first</p>", 0)
                .replace("HTTP/1.1 200 OK", "\u0001\u0002 not HTTP at!");
        String warc = broken + record("https://news.example/2", "<p>second</p>", 0);
        Path file = Files.write(dir.resolve("badhttp.warc"), warc.getBytes(StandardCharsets.UTF_8));

        Collected read = Collected.read(file);

        assertThat(read.failures).containsExactly(new Note(file + "#1", "not a valid HTTP response"));
        assertThat(read.captures).extracting(Capture::content).containsExactly("<p>second</p>");
    }

    @Test
    void failsAContentLengthOutOfRangeAndGoesOnWithTheNextFile() throws IOException {
        String huge = record("https://news.example/1", "<p>first</p>", 0)
                .replaceFirst("Content-Length: \\d+\r\n\r\nHTTP", "Content-Length: 99999999999999999999999\r\n\r\nHTTP");
        Path file = Files.write(dir.resolve("huge.warc"), huge.getBytes(StandardCharsets.UTF_8));
        Path next = Files.write(dir.resolve("next.txt"), "next file".getBytes(StandardCharsets.US_ASCII));

        Collected read = Collected.read(file, next);

        assertThat(read.failures).containsExactly(
                new Note(file + "#1", "Content-Length is not a number from 0 to 9223372036854775807"));
        assertThat(read.captures).extracting(Capture::source).containsExactly(next.toString());
    }

    @Test
    void failsANegativeContentLength() throws IOException {
        String negative = record("https://news.example/1", "<p>first</p>", 0)
                .replaceFirst("Content-Length: \\d+\r\n\r\nHTTP", "Content-Length: -5\r\n\r\nHTTP");
        Path file = Files.write(dir.resolve("negative.warc"), negative.getBytes(StandardCharsets.UTF_8));

        assertThat(Collected.read(file).failures).containsExactly(
                new Note(file + "#1", "Content-Length is not a number from 0 to 9223372036854775807"));
    }

    @Test
    void failsADeclaredLengthPastTheFileBeforeReadingIt() throws IOException {
        String first = record("https://news.example/1", "<p>first</p>", 0);
        String second = record("https://news.example/2", "<p>second</p>", 0)
                .replaceFirst("Content-Length: \\d+\r\n\r\nHTTP", "Content-Length: 9000000000000000000\r\n\r\nHTTP");
        Path file = Files.write(dir.resolve("long.warc"), (first + second).getBytes(StandardCharsets.UTF_8));

        Collected read = Collected.read(file);

        assertThat(read.captures).extracting(Capture::content).containsExactly("<p>first</p>");
        assertThat(read.failures).containsExactly(
                new Note(file + "#2", "truncated record: Content-Length 9000000000000000000 runs past the end of the file"));
    }

    @Test
    void refusesAGzippedRecordThatWouldUnpackOverTheInflationBudget() throws IOException {
        String bomb = record("https://news.example/1", "<p>first</p>", 0)
                .replaceFirst("Content-Length: \\d+\r\n\r\nHTTP", "Content-Length: 9000000000000000000\r\n\r\nHTTP");
        Path file = Files.write(dir.resolve("bomb.warc.gz"), CaptureReaderTest.gzip(bomb.getBytes(StandardCharsets.UTF_8)));

        Collected read = Collected.read(file);

        assertThat(read.captures).isEmpty();
        assertThat(read.failures).containsExactly(
                new Note(file + "#1", "Content-Length 9000000000000000000 unpacks over 100 times the file's size"));
    }

    @Test
    void failsAWarcHeaderOverTheLimitWithoutHoldingItAndAbandonsTheFile() throws IOException {
        String huge = "WARC/1.0\r\nWARC-Type: resource\r\nX-Padding: " + "a".repeat(WarcInput.MAX_HEADER_BYTES * 4) + "\r\n\r\n";
        Path file = Files.write(dir.resolve("header.warc"), (huge + record("https://news.example/2", "<p>second</p>", 0))
                .getBytes(StandardCharsets.UTF_8));
        Path next = Files.write(dir.resolve("next.txt"), "next file".getBytes(StandardCharsets.US_ASCII));

        Collected read = Collected.read(file, next);

        assertThat(read.failures).containsExactly(new Note(file + "#1", "WARC header over 256 kB"));
        assertThat(read.captures).extracting(Capture::source).containsExactly(next.toString());
    }

    @Test
    void failsAnHttpHeaderOverTheLimitAndGoesOnWithTheNextRecord() throws IOException {
        String huge = record("https://news.example/1", "<p>first</p>", 0, "X-Padding: " + "a".repeat(WarcInput.MAX_HEADER_BYTES * 4) + "\r\n");
        Path file = Files.write(dir.resolve("http.warc"), (huge + record("https://news.example/2", "<p>second</p>", 0))
                .getBytes(StandardCharsets.UTF_8));

        Collected read = Collected.read(file);

        assertThat(read.failures).containsExactly(new Note(file + "#1", "HTTP header over 256 kB"));
        assertThat(read.captures).extracting(Capture::content).containsExactly("<p>second</p>");
    }

    @Test
    void failsHttpNumbersOutOfRangeRecordByRecord() throws IOException {
        String status = record("https://news.example/1", "99999999999999999999 OK", "", "<p>first</p>", 0);
        String chunk = record("https://news.example/2", "200 OK", "Transfer-Encoding: chunked\r\n",
                "FFFFFFFFFFFFFFFFFFFFFFFF\r\nabc\r\n0\r\n\r\n", 0);
        String negative = record("https://news.example/3", "-200 OK", "", "<p>third</p>", 0);
        Path file = Files.write(dir.resolve("http.warc"), (status + chunk + negative + record("https://news.example/4", "<p>fourth</p>", 0))
                .getBytes(StandardCharsets.UTF_8));

        Collected read = Collected.read(file);

        assertThat(read.failures).containsExactly(new Note(file + "#1", "not a valid HTTP response"),
                new Note(file + "#3", "not a valid HTTP response"));
        // jwarc reads a chunk size past the record's end as the rest of the record: bounded, not allocated
        assertThat(read.captures).extracting(Capture::source).containsExactly(file + "#2", file + "#4");
    }

    /** A response record written by hand; {@code extra} bytes are added to its Content-Length. */
    private static String record(String url, String html, int extra) {
        return record(url, html, extra, "");
    }

    /** A response record written by hand, with {@code headers} added to its HTTP header. */
    private static String record(String url, String html, int extra, String headers) {
        return record(url, "200 OK", headers, html, extra);
    }

    /** A response record written by hand, with its HTTP status, extra HTTP headers and body. */
    private static String record(String url, String status, String headers, String html, int extra) {
        String http = "HTTP/1.1 " + status + "\r\n" + headers + "Content-Type: text/html; charset=utf-8\r\nContent-Length: "
                + html.length() + "\r\n\r\n" + html;
        return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + url + "\r\nWARC-Date: 2024-11-06T08:30:00Z\r\n"
                + "WARC-Record-ID: <urn:uuid:" + UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8)) + ">\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + (http.length() + extra)
                + "\r\n\r\n" + http + "\r\n\r\n";
    }

    private static int indexOf(byte[] bytes, String needle, int from) {
        return new String(bytes, StandardCharsets.ISO_8859_1).indexOf(needle, from);
    }
}
