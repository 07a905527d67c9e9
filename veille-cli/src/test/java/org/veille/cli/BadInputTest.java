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
        Files.writeString(dir.resolve("hugelength.warc"), "WARC/1.0\r\nWARC-Type: resource\r\n"
                + "WARC-Record-ID: <urn:uuid:11111111-1111-1111-1111-111111111111>\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
                + "Content-Type: text/plain\r\nContent-Length: 99999999999999999999999\r\n\r\nhello\r\n\r\n");
        Files.write(dir.resolve("utf16.txt"), GOOD.replace("rouvre", "rouvre enfin").getBytes(StandardCharsets.UTF_16LE));
        Files.writeString(dir.resolve("short.txt"), "Trop court.");
        Files.writeString(dir.resolve("xxe.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
                <rss version="2.0"><channel><item><title>&xxe;</title><description>&xxe;</description></item></channel></rss>
                """);
        Files.writeString(dir.resolve(FORGED_NAME), "court");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        code = Main.run(new PrintWriter(o), new PrintWriter(e), "analyze", "--format", "jsonl", dir.toString());
        out = o.toString();
        err = e.toString();
    }

    /** A file name that would print a fake summary line and turn the terminal red. */
    private static final String FORGED_NAME = "x\nveille: analyzed 99 articles from 99 inputs; 0 failed\n\u001b[31mred.txt";

    @Test
    void theGoodInputsAreProcessed() {
        assertThat(code).isZero();
        assertThat(out.lines().count()).as(out).isEqualTo(3); // good.txt, latin1.txt and utf16.txt
        assertThat(out).doesNotContain("root:");
    }

    @Test
    void untrustedNamesAndReasonsAreEscapedOnOneLine() {
        assertThat(err).doesNotContain("\u001b").doesNotContain("\r");
        assertThat(err.lines().filter(l -> l.startsWith("veille: analyzed"))).hasSize(1);
        assertThat(err).contains("x\\nveille: analyzed 99 articles from 99 inputs; 0 failed\\n\\u001b[31mred.txt: ");
        assertThat(err.lines()).allMatch(l -> l.startsWith("veille: "));
    }

    @Test
    void eachBadInputGetsOneLineNamingItAndTheReason() {
        System.out.println(err);
        for (String name : new String[] {"empty.txt", "binary.html", "truncated.txt.gz", "huge.html", "broken.warc",
                "hugelength.warc", "short.txt", "xxe.xml", "red.txt"}) {
            assertThat(err.lines().filter(l -> l.contains(name) && !l.contains("warning"))).as(name + " in " + err).hasSize(1);
        }
        assertThat(err).contains("latin1.txt").contains("windows-1252");
    }

    @Test
    void aClosingSummaryCountsSuccessesAndFailures() {
        assertThat(err.lines().reduce((a, b) -> b).orElse(""))
                .isEqualTo("veille: analyzed 3 articles from 12 inputs; 9 failed"); // a rejection is one input, not two
    }

    @Test
    void theReadableTableEscapesNamesAndCapturedText() throws IOException {
        Path forged = Files.createTempDirectory(dir, "table");
        Files.writeString(forged.resolve(FORGED_NAME), GOOD.replace("Le pont", "Le pont \u001b[2J\u001b[31m"));
        String[] run = Cli.run("analyze", "--format", "table", forged.toString());
        assertThat(run[0]).isEqualTo("0");
        assertThat(run[1]).contains("Le pont \\u001b[2J\\u001b[31m de Valbrune").contains("\\nveille: analyzed 99 articles")
                .doesNotContain("\u001b");
        assertThat(run[1].lines()).noneMatch(l -> l.startsWith("veille:"));
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
