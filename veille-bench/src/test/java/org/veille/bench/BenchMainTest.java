// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in-process, on tiny synthetic sets laid out like the shared ones. */
class BenchMainTest {

    private static final String ARTICLE = """
            <html lang="fr"><head><title>Le titre</title>
            <meta property="article:published_time" content="2020-07-02T10:00:00+02:00"></head>
            <body><nav>Accueil Rubriques Connexion</nav><article><h1>Le titre</h1>
            <p>Le conseil municipal a voté mardi soir le budget de la ville pour l'année prochaine, après un long débat.</p>
            <p>Les élus de l'opposition ont dénoncé une hausse des impôts locaux, que la majorité juge modérée et nécessaire.</p>
            </article><footer>Mentions légales</footer></body></html>
            """;

    @TempDir
    Path dir;

    @Test
    void extractionOnATrafilaturaLikeSetEndsWithItsResultLine() throws IOException {
        gzip(dir.resolve("pages/a.html.gz"), ARTICLE);
        Files.writeString(dir.resolve("eval.json"), """
                {"a.html": {"url": "https://example.org/a", "lang": "fr", "path": "pages/a.html.gz",
                  "with": ["le budget de la ville", "hausse des impôts locaux"], "without": ["Mentions légales"],
                  "title": "Le titre", "author": "", "date": "2020-07-02"}}
                """);
        String out = run(0, "extraction", "--data", dir.toString(), "--warmup", "1");
        assertThat(out).contains("trafilatura-eval: 1 pages, 2 with / 1 without snippets", "veille", "readability4j", "boilerpipe");
        assertThat(out.strip().lines().reduce((a, b) -> b).orElseThrow())
                .matches("RESULT extraction f1=\\d\\.\\d{3} precision=(\\d\\.\\d{3}|n/a) recall=\\d\\.\\d{3} pages_per_s=\\d+");
    }

    @Test
    void extractionOnAnOrangeSumLikeSetScoresTitleAndDate() throws IOException {
        Files.createDirectories(dir.resolve("pages"));
        Files.writeString(dir.resolve("pages/7.html"), ARTICLE);
        Files.writeString(dir.resolve("pages/manifest.csv"), "id,file,url,date,split_title,split_abstract\n7,7.html,https://example.org/7,2020-07-02,,\n");
        gzip(dir.resolve(OrangeSumEval.RECORDS), """
                {"id": "6", "url": "https://example.org/6", "title": "Autre", "abstract": "", "text": "Autre texte.", "date": "2020-07-01"}
                {"id": "7", "url": "https://example.org/7", "title": "Le titre", "abstract": "Le conseil municipal a voté mardi soir le budget de la ville pour l'année prochaine, après un long débat.", "text": "Les élus de l'opposition ont dénoncé une hausse des impôts locaux, que la majorité juge modérée et nécessaire.", "date": "2020-07-02"}
                """);
        String out = run(0, "extraction", "--data", dir.toString(), "--no-peers", "--warmup", "1");
        assertThat(out).contains("OrangeSum: 1 pages").doesNotContain("readability4j");
        assertThat(out.strip().lines().reduce((a, b) -> b).orElseThrow())
                .matches("RESULT extraction f1=\\d\\.\\d{3} precision=\\d\\.\\d{3} recall=\\d\\.\\d{3} title=\\d\\.\\d{3} date=\\d\\.\\d{3} pages_per_s=\\d+");
    }

    @Test
    void datesOnAnHtmldateLikeSetCountsEveryPage() throws IOException {
        gzip(dir.resolve("pages/a.html.gz"), ARTICLE);
        gzip(dir.resolve("pages/b.html.gz"), "<html><body><p>Nothing dated here.</p></body></html>");
        Files.writeString(dir.resolve("eval.json"), """
                {"a.html": {"url": "https://example.org/a", "date": "2020-07-02", "subset": "default", "path": "pages/a.html.gz"},
                 "b.html": {"url": "https://example.org/b", "date": null, "subset": "mediacloud_2020", "path": "pages/b.html.gz"}}
                """);
        String out = run(0, "dates", "--data", dir.toString(), "--warmup", "1");
        assertThat(out).contains("htmldate-eval: 2 pages (2 upstream entries), 1 without a gold date");
        assertThat(out.strip().lines().reduce((a, b) -> b).orElseThrow()).matches("RESULT dates accuracy=\\d\\.\\d{3} n=2");
    }

    @Test
    void limitTakesTheFirstPagesByName() throws IOException {
        gzip(dir.resolve("pages/b.html.gz"), ARTICLE);
        gzip(dir.resolve("pages/a.html.gz"), ARTICLE);
        Files.writeString(dir.resolve("eval.json"), """
                {"b.html": {"path": "pages/b.html.gz", "with": ["budget"], "without": []},
                 "a.html": {"path": "pages/a.html.gz", "with": ["nowhere to be found"], "without": []}}
                """);
        String out = run(0, "extraction", "--data", dir.toString(), "--no-peers", "--limit", "1", "--warmup", "1");
        assertThat(out).contains("1 pages, 1 with / 0 without").contains("RESULT extraction f1=0.000");
    }

    @Test
    void quotesOnAPolnearLikeSetEndsWithItsResultLine() throws Exception {
        Path set = Path.of(BenchMainTest.class.getResource("quotes/polnear").toURI());
        String out = run(0, "quotes", "--data", set.toString());
        assertThat(out).contains("PolNeAR: 1 articles", "partial/mixed", "tokens/s");
        assertThat(out.strip().lines().reduce((a, b) -> b).orElseThrow())
                .matches("RESULT quotes set=polnear found=\\d\\.\\d{3} precision=(\\d\\.\\d{3}|n/a) f1=\\d\\.\\d{3}"
                        + " speakers=(\\d\\.\\d{3}|n/a) tokens_per_s=\\d+");
    }

    @Test
    void quotesOnTheDevSetTakeTheirTextsAndListTheMisses() throws Exception {
        Path set = Path.of(BenchMainTest.class.getResource("quotes/frnews").toURI());
        gzip(dir.resolve("records.jsonl.gz"), Files.readString(set.resolve("texts.jsonl")));
        String out = run(0, "quotes", "--data", set.toString(), "--texts", dir.resolve("records.jsonl.gz").toString(), "--errors");
        assertThat(out).contains("French news dev set: 1 articles, 4 gold quotations", "direct+partial", "Missed or wrong speakers: ");
        assertThat(out.strip().lines().reduce((a, b) -> b).orElseThrow())
                .matches("RESULT quotes set=frnews found=\\d\\.\\d{3} speakers=(\\d\\.\\d{3}|n/a) speakers_all=\\d\\.\\d{3}"
                        + " kind=(\\d\\.\\d{3}|n/a) tokens_per_s=\\d+");
        run(2, "quotes", "--data", set.toString(), "--texts", dir.resolve("absent.jsonl.gz").toString());
    }

    @Test
    void scaleRunsTheLauncherOncePerBatchThenAddsOneAndAHundredColdAndThroughAServer() throws IOException {
        StringBuilder records = new StringBuilder();
        for (int i = 0; i < 2 + ScaleCommand.HELD_OUT; i++) records.append("{\"id\": \"").append(i).append("\", \"text\": \"Texte.\"}\n");
        gzip(dir.resolve(OrangeSumEval.RECORDS), records.toString());
        Path calls = dir.resolve("calls.txt");
        // the server's health, answered here: loading once, then ready
        HttpServer health = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger asked = new AtomicInteger();
        health.createContext("/api/health", exchange -> {
            byte[] body = ("{\"status\": \"ok\", \"ingest\": \"" + (asked.getAndIncrement() == 0 ? "loading" : "ready") + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        health.start();
        try {
            // a launcher that logs its calls; as a server it leaves the note a server writes, then waits to be stopped
            String note = "{\"host\": \"127.0.0.1\", \"port\": " + health.getAddress().getPort() + "}";
            Path launcher = Files.writeString(dir.resolve("veille"), "#!/bin/sh\necho \"$@\" >> " + calls + "\n"
                    + "if [ \"$1\" = serve ]; then mkdir -p \"$3\"; echo '" + note + "' > \"$3/veille-serve.json\"; exec sleep 60; fi\n");
            assertThat(launcher.toFile().setExecutable(true)).isTrue();
            String out = run(0, "scale", "--data", dir.toString(), "--veille", launcher.toString(), "--batch", "1");
            assertThat(out).contains("batch   2", "add 1 to 2 articles", "add 100 to 3 articles", "its models loaded after",
                    "add 1 through the server");
            assertThat(asked.get()).isEqualTo(2);
            List<String> lines = Files.readAllLines(calls);
            assertThat(lines).hasSize(7);
            assertThat(lines.get(4)).startsWith("serve --data ");
            assertThat(lines).filteredOn(l -> l.startsWith("ingest --data ")).hasSize(6);
            assertThat(out.strip().lines().reduce((a, b) -> b).orElseThrow()).matches("RESULT scale ingest_per_s=\\d+\\.\\d peak_mb=\\d+"
                    + " add1_ms=\\d+ add100_ms=\\d+ first_per_s=\\d+\\.\\d last_per_s=\\d+\\.\\d"
                    + " served_add1_ms=\\d+ served_add100_ms=\\d+ served_peak_mb=\\d+");
        } finally {
            health.stop(0);
        }
    }

    @Test
    void anUnknownFolderIsAUsageError() {
        run(2, "scale", "--data", dir.toString());
        run(2, "soak", "--data", dir.toString());
        run(2, "extraction", "--data", dir.toString());
        run(2, "dates", "--data", dir.toString());
        run(2, "quotes", "--data", dir.toString());
        run(2);
    }

    @Test
    void soakRefusesAPollIntervalTheWatcherRefusesAndABurstItsFeedsCannotHold() throws IOException {
        gzip(dir.resolve(OrangeSumEval.RECORDS), "{\"id\": \"1\", \"title\": \"Titre\", \"text\": \"Texte.\"}\n");
        run(2, "soak", "--data", dir.toString(), "--every", "5");
        run(2, "soak", "--data", dir.toString(), "--sources", "10", "--polls", "5");
        run(2, "soak", "--data", dir.toString(), "--sources", "2", "--polls", "10", "--burst", "31"); // a source's feed holds 30
    }

    @Test
    void similarityOnSemEvalLikePairsEndsWithItsResultLine() throws IOException {
        Path csv = dir.resolve("training_set.csv");
        StringBuilder rows = new StringBuilder("pair_id,lang1,lang2,title1,text1,title2,text2,Overall\n");
        String[][] pairs = {
                {"1_2", "en", "en", "Flood in Valencia: 2300 residents evacuated\nafter record rain.", "Valencia floods: 2300 people evacuated, \"record\" rain.", "1.0"},
                {"3_4", "en", "en", "Flood in Valencia: 2300 residents evacuated.", "Lyon wins the cup final after extra time.", "4.0"},
                {"5_6", "de", "en", "Hochwasser in Valencia: 2300 Einwohner evakuiert.", "Flood in Valencia: 2300 residents evacuated.", "1.5"},
                {"7_8", "de", "en", "Lyon gewinnt das Pokalfinale.", "Flood in Valencia: 2300 residents evacuated.", "3.5"}};
        for (String[] p : pairs) {
            rows.append(p[0]).append(',').append(p[1]).append(',').append(p[2]).append(",,\"").append(p[3].replace("\"", "\"\""))
                    .append("\",,\"").append(p[4].replace("\"", "\"\"")).append("\",").append(p[5]).append('\n');
        }
        Files.writeString(csv, rows);
        String out = run(0, "similarity", "--data", csv.toString(), "--no-ner", "--dictd", dir.resolve("no-dictd").toString());
        assertThat(out).contains("Pearson with -Overall", "de-en", "en-en");
        assertThat(out.strip().lines().reduce((a, b) -> b).orElseThrow())
                .matches("RESULT similarity pearson=(\\d\\.\\d{3}|-\\d\\.\\d{3}|n/a) pearson_tune=\\S+ pearson_all=\\d\\.\\d{3} pairs=4 per_s=\\d+");
    }

    private static String run(int expectedCode, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BenchMain.run(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(code).as("exit code; stderr: %s", err).isEqualTo(expectedCode);
        return out.toString();
    }

    private static void gzip(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file))) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
