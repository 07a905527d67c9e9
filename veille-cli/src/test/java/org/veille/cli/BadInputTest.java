// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gets one line on stderr naming it and the reason; the batch goes on. */
class BadInputTest {

    @TempDir
    static Path dir;

    private static String out;
    private static String err;
    private static int code;

    static final String GOOD = """
            Le pont de Valbrune rouvre

            Après dix-huit mois de travaux, le vieux pont de pierre de Valbrune a rouvert ce mardi à la circulation, sous les applaudissements des riverains.

            « C'est un soulagement pour tout le quartier », a déclaré la maire, Marie Dubreuil, en coupant le ruban.
            """;

    @BeforeAll
    static void runOnABatchOfBrokenFiles() throws IOException {
        Files.writeString(dir.resolve("good.txt"), GOOD);
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) binary[i] = (byte) (i * 31);
        Files.write(dir.resolve("binary.html"), binary);
        byte[] gz = gzip(GOOD.repeat(50).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("truncated.txt.gz"), Arrays.copyOf(gz, gz.length / 2));
        byte[] latin = GOOD.getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("latin1.txt"), latin);
        try (OutputStream huge = Files.newOutputStream(dir.resolve("huge.html"))) {
            byte[] block = "<p>bla bla bla bla bla bla bla bla bla bla</p>\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (int written = 0; written < 50 << 20; written += block.length) huge.write(block);
        }
        Files.writeString(dir.resolve("broken.warc"), "WARC/1.1\r\nWARC-Type: response\r\nthis line is no header\r\n\r\ngarbage");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        code = Main.run(new PrintWriter(o), new PrintWriter(e), "analyze", "--format", "jsonl", dir.toString());
        out = o.toString();
        err = e.toString();
    }

    @Test
    void theGoodInputsAreProcessed() {
        assertThat(code).isZero();
        assertThat(out.lines().count()).as(out).isEqualTo(2); // good.txt and latin1.txt
    }

    @Test
    void eachBadInputGetsOneLineNamingItAndTheReason() {
        System.out.println(err);
        for (String name : new String[] {"empty.txt", "binary.html", "truncated.txt.gz", "huge.html", "broken.warc"}) {
            assertThat(err.lines().filter(l -> l.contains(name) && !l.contains("warning"))).as(name + " in " + err).hasSize(1);
        }
        assertThat(err).contains("latin1.txt").contains("windows-1252");
    }

    @Test
    void aClosingSummaryCountsSuccessesAndFailures() {
        assertThat(err.lines().reduce((a, b) -> b).orElse("")).contains("2 articles").contains("5 failed");
    }

    @Test
    void nothingProcessedIsAnError() throws IOException {
        Path only = Files.createTempDirectory(dir, "only");
        Files.write(only.resolve("empty.txt"), new byte[0]);
        int exit = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "analyze", only.toString());
        assertThat(exit).isNotZero();
    }

    private static byte[] gzip(byte[] data) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(bytes)) {
            z.write(data);
        }
        return bytes.toByteArray();
    }
}
