// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.read;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Feeds {@link CaptureReader} mutated versions of a valid sample of every format it reads (truncations, bit
 * flips, huge numbers, deep nesting, NUL bytes, wrong encodings, inside and outside gzip), in batches that
 * also hold the unmutated samples. Nothing may throw out of {@code read}; every failure is one line, at
 * most once per source; and every good file of the batch still comes out whole. The seed is fixed, so a
 * failure replays; the batch and mutation are named in the assertion.
 */
class ReadFuzzTest {

    private static final long SEED = 17;
    private static final int BATCHES = 120;
    private static final int MUTANTS_PER_BATCH = 6;

    private static final String FRENCH = """
            Une fissure de plusieurs mètres a été découverte lundi sur le barrage de la Sarnelle, à Valbrune. \
            « Nous ne prenons aucun risque », a déclaré la préfète ; l’œuvre a coûté 12 millions d’euros.""";

    @TempDir
    static Path dir;

    /** Each format's valid sample, by file name, and what it reads to alone. */
    private static final Map<String, byte[]> SAMPLES = new LinkedHashMap<>();
    private static final Map<String, List<Capture>> EXPECTED = new LinkedHashMap<>();

    @BeforeAll
    static void writeSamples() throws IOException {
        byte[] txt = (FRENCH + "\n\nSuite de l'article, 1er paragraphe.\n").getBytes(StandardCharsets.UTF_8);
        byte[] html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Barrage</title></head><body>"
                + "<article><h1>Barrage</h1><p>" + FRENCH + "</p><p>Publié le 06/11/2024 à 08:30.</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] jsonl = ("""
                {"title": "Barrage", "url": "https://news.example/1", "date": "2024-11-06", "text": "%s"}
                {"title": "Suite", "date": 1730881800, "html": "<p>%s</p>", "tags": [["a", {"b": [1, 2.5e10]}]]}
                {"title": "Troisième", "published": "2024-11-07T10:00:00+01:00", "body": "Un autre texte, 3e ligne."}
                """.formatted(FRENCH, FRENCH)).getBytes(StandardCharsets.UTF_8);
        byte[] rss = ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Journal</title>
                <item><title>Barrage &amp; eau</title><link>https://news.example/1</link><pubDate>Wed, 06 Nov 2024 08:30:00 +0100</pubDate>
                <content:encoded><![CDATA[<p>%s</p><div>Deuxième<br/>ligne</div>]]></content:encoded></item>
                <item><title>Deux</title><description>&lt;p&gt;Échappé&lt;/p&gt;</description></item>
                </channel></rss>
                """.formatted(FRENCH)).getBytes(StandardCharsets.UTF_8);
        byte[] atom = ("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Journal</title>
                <entry><title>Barrage</title><link rel="alternate" href="https://news.example/1"/><published>2024-11-06T08:30:00Z</published>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>%s</p></div></content></entry>
                </feed>
                """.formatted(FRENCH)).getBytes(StandardCharsets.UTF_8);
        SAMPLES.put("sample.txt", txt);
        SAMPLES.put("sample.html", html);
        SAMPLES.put("sample.warc", warc(WarcCompression.NONE, html, txt));
        SAMPLES.put("sample.warc.gz", warc(WarcCompression.GZIP, html, txt));
        SAMPLES.put("sample.jsonl", jsonl);
        SAMPLES.put("sample.jsonl.gz", CaptureReaderTest.gzip(jsonl));
        SAMPLES.put("sample.rss", rss);
        SAMPLES.put("sample.atom", atom);
        SAMPLES.put("sample.txt.gz", CaptureReaderTest.gzip(txt));
        SAMPLES.put("sample.html.gz", CaptureReaderTest.gzip(html));
        SAMPLES.put("sample.xml.gz", CaptureReaderTest.gzip(rss));
        Path good = Files.createDirectory(dir.resolve("good"));
        for (var sample : SAMPLES.entrySet()) {
            Path file = Files.write(good.resolve(sample.getKey()), sample.getValue());
            Collected alone = Collected.read(file);
            assertThat(alone.failures).as(sample.getKey()).isEmpty();
            assertThat(alone.captures).as(sample.getKey()).isNotEmpty();
            EXPECTED.put(file.toString(), alone.captures);
        }
    }

    private static byte[] warc(WarcCompression compression, byte[] html, byte[] txt) throws IOException {
        Instant date = Instant.parse("2024-11-06T08:30:00Z");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression)) {
            HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"), html).build();
            writer.write(new WarcResponse.Builder("https://news.example/1").date(date).body(http).build());
            writer.write(new WarcResource.Builder(URI.create("https://news.example/2.txt")).date(date)
                    .body(MediaType.PLAIN_TEXT, txt).build());
        }
        return out.toByteArray();
    }

    /** The ways an input is broken: each takes the sample's bytes and the random source. */
    private static final Map<String, BiFunction<byte[], Random, byte[]>> MUTATIONS = new LinkedHashMap<>();

    static {
        MUTATIONS.put("truncate", (b, r) -> Arrays.copyOf(b, r.nextInt(b.length)));
        MUTATIONS.put("flip bits", (b, r) -> {
            byte[] m = b.clone();
            for (int i = 1 + r.nextInt(8); i > 0; i--) {
                m[r.nextInt(m.length)] ^= (byte) (1 << r.nextInt(8));
            }
            return m;
        });
        MUTATIONS.put("huge number", (b, r) -> replaceNumber(b, r, "99999999999999999999999"));
        MUTATIONS.put("negative number", (b, r) -> replaceNumber(b, r, "-1"));
        MUTATIONS.put("long number", (b, r) -> replaceNumber(b, r, "7".repeat(100_000)));
        MUTATIONS.put("deep nesting", (b, r) -> {
            String open = switch (r.nextInt(3)) {
                case 0 -> "[";
                case 1 -> "{\"a\":";
                default -> "<div>";
            };
            return insert(b, r.nextInt(b.length + 1), open.repeat(50_000).getBytes(StandardCharsets.UTF_8));
        });
        MUTATIONS.put("long line", (b, r) -> insert(b, r.nextInt(b.length + 1), "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII)));
        MUTATIONS.put("NUL bytes", (b, r) -> insert(b, r.nextInt(b.length + 1), new byte[1 + r.nextInt(64)]));
        MUTATIONS.put("wrong encoding", (b, r) -> {
            String text = new String(b, StandardCharsets.ISO_8859_1);
            String charset = List.of("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", "UTF-16").get(r.nextInt(5));
            return text.getBytes(Charset.forName(charset));
        });
        MUTATIONS.put("random bytes", (b, r) -> {
            byte[] m = new byte[r.nextInt(4096)];
            r.nextBytes(m);
            return m;
        });
        MUTATIONS.put("repeat", (b, r) -> {
            int from = r.nextInt(b.length);
            int to = from + r.nextInt(b.length - from);
            byte[] part = Arrays.copyOfRange(b, from, to);
            byte[] many = new byte[part.length * 300];
            for (int i = 0; i < 300; i++) {
                System.arraycopy(part, 0, many, i * part.length, part.length);
            }
            return insert(b, to, many);
        });
    }

    @Test
    void noMutantEscapesReadAndEveryGoodFileStillComesOut() {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            Random random = new Random(SEED);
            List<String> samples = new ArrayList<>(SAMPLES.keySet());
            List<String> mutations = new ArrayList<>(MUTATIONS.keySet());
            CaptureReader reader = new CaptureReader();
            int failures = 0;
            for (int batch = 0; batch < BATCHES; batch++) {
                Path folder = Files.createDirectory(dir.resolve("batch" + batch));
                List<Path> inputs = new ArrayList<>();
                List<String> made = new ArrayList<>();
                for (int i = 0; i < MUTANTS_PER_BATCH; i++) {
                    String sample = samples.get(random.nextInt(samples.size()));
                    String mutation = mutations.get(random.nextInt(mutations.size()));
                    byte[] bytes = mutate(sample, mutation, random);
                    made.add(sample + " by " + mutation);
                    inputs.add(Files.write(folder.resolve(i + "-" + sample), bytes));
                }
                List<Path> good = EXPECTED.keySet().stream().map(Path::of).toList();
                List<Path> all = new ArrayList<>(inputs);
                all.addAll(random.nextInt(all.size() + 1), good); // good files before, between or after the bad

                Collected read = new Collected();
                String what = "batch " + batch + ": " + made;
                assertThatCode(() -> reader.read(all, read)).as(what).doesNotThrowAnyException();

                for (Path file : good) {
                    assertThat(read.captures.stream().filter(c -> c.source().startsWith(file + "#") || c.source().equals(file.toString())))
                            .as(what + ", good " + file.getFileName()).containsExactlyElementsOf(EXPECTED.get(file.toString()));
                }
                failures += read.failures.size();
                Set<String> failed = new HashSet<>();
                for (Collected.Note note : read.failures) {
                    assertThat(failed.add(note.source())).as(what + ": one line per source, " + note).isTrue();
                    assertThat(note.message()).as(what).isNotBlank().doesNotContain("\n").hasSizeLessThan(300)
                            .doesNotContain("a bug in Veille"); // each way of breaking an input is named, none reaches the last resort
                }
            }
            assertThat(failures).as("mutants that failed, so the fuzzing bites").isGreaterThan(BATCHES * MUTANTS_PER_BATCH / 3);
        });
    }

    /** The sample mutated; for gzipped samples, half the time inside the compression and half outside. */
    private static byte[] mutate(String sample, String mutation, Random random) throws IOException {
        byte[] bytes = SAMPLES.get(sample);
        BiFunction<byte[], Random, byte[]> mutator = MUTATIONS.get(mutation);
        if (sample.endsWith(".gz") && !sample.endsWith(".warc.gz") && random.nextBoolean()) {
            String inner = sample.substring(0, sample.length() - 3);
            byte[] plain = SAMPLES.containsKey(inner) ? SAMPLES.get(inner) : gunzip(bytes);
            return CaptureReaderTest.gzip(mutator.apply(plain, random));
        }
        return mutator.apply(bytes, random);
    }

    private static byte[] gunzip(byte[] gz) throws IOException {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    /** {@code bytes} with a run of ASCII digits, chosen at random, replaced by {@code number}. */
    private static byte[] replaceNumber(byte[] bytes, Random random, String number) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
            if (Character.isDigit(bytes[i]) && (i == 0 || !Character.isDigit(bytes[i - 1]))) {
                starts.add(i);
            }
        }
        if (starts.isEmpty()) {
            return insert(bytes, random.nextInt(bytes.length + 1), number.getBytes(StandardCharsets.US_ASCII));
        }
        int start = starts.get(random.nextInt(starts.size()));
        int end = start;
        while (end < bytes.length && Character.isDigit(bytes[end])) {
            end++;
        }
        byte[] replacement = number.getBytes(StandardCharsets.US_ASCII);
        byte[] m = new byte[bytes.length - (end - start) + replacement.length];
        System.arraycopy(bytes, 0, m, 0, start);
        System.arraycopy(replacement, 0, m, start, replacement.length);
        System.arraycopy(bytes, end, m, start + replacement.length, bytes.length - end);
        return m;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        byte[] m = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, m, 0, at);
        System.arraycopy(inserted, 0, m, at, inserted.length);
        System.arraycopy(bytes, at, m, at + inserted.length, bytes.length - at);
        return m;
    }
}
