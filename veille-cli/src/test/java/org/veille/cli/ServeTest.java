// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veille.serve.ApiServer;
import org.veille.serve.OutletLabels;
import org.veille.serve.ServedStore;
import org.veille.store.ArticleStore;

/**
 * {@code serve}'s API on a store of the project's examples, through real HTTP on loopback: every endpoint, bad
 * requests, the token, an oversize body, and {@code ingest} sent through the running server.
 */
class ServeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "test-token-0123456789";
    private static final Path EXAMPLES = Path.of("../examples");

    @TempDir
    static Path dir;
    static Path store;
    static ArticleStore articles;
    static ApiServer server;
    static ServedStore note;
    static final List<String> serverLog = Collections.synchronizedList(new ArrayList<>());
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void serve() throws IOException {
        store = dir.resolve("store");
        String[] run = Cli.run("ingest", EXAMPLES.resolve("fr-echo-sarnelle-barrage.txt").toString(),
                EXAMPLES.resolve("en-crawl-export.jsonl").toString(), "--data", store.toString());
        assertThat(run[0]).as(run[2]).isEqualTo("0");
        articles = ArticleStore.open(store);
        server = ApiServer.start(articles, ServeCommand.ingestor(articles, new Pipeline(2)), OutletLabels.NONE,
                new InetSocketAddress("127.0.0.1", 0), TOKEN, serverLog::add);
        note = new ServedStore(ProcessHandle.current().pid(), server.host(), server.port(), TOKEN);
        note.write(store);
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) server.close();
        if (note != null) note.remove(store);
        if (articles != null) articles.close();
    }

    record Answer(int status, JsonNode body, HttpResponse<String> raw) {}

    static Answer get(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
    }

    static Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), JSON.readTree(r.body()), r);
    }

    static URI uri(String pathAndQuery) {
        return URI.create(note.baseUri() + pathAndQuery);
    }

    static HttpRequest.Builder ingest(Path file) throws IOException {
        return HttpRequest.newBuilder(uri("/api/ingest?name=" + URLEncoder.encode(file.getFileName().toString(), StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofFile(file));
    }

    @Test
    void listensOnLoopbackOnly() {
        assertThat(server.host()).isEqualTo("127.0.0.1");
    }

    @Test
    void searchFindsStoredArticlesAndSaysWhatItSearched() throws Exception {
        Answer a = get("/api/search?q=" + URLEncoder.encode("barrage", StandardCharsets.UTF_8) + "&limit=5");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().get("hits")).isNotEmpty();
        assertThat(a.body().get("hits").get(0).has("snippet")).isTrue();
        assertThat(a.raw().headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(a.raw().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(a.raw().headers().firstValue("Content-Security-Policy")).get().asString().contains("default-src 'none'");

        Answer longQuery = get("/api/search?q=" + URLEncoder.encode("mot ".repeat(1_500), StandardCharsets.UTF_8));
        assertThat(longQuery.status()).as("any query a user can type is answered").isEqualTo(200);
        assertThat(longQuery.body().get("words_searched").asInt()).isLessThan(longQuery.body().get("words_asked").asInt());
    }

    @Test
    void searchFiltersCountsFacetsSortsAndPages() throws Exception {
        Answer all = get("/api/search?sort=date&limit=2");
        assertThat(all.status()).as(all.body().toString()).isEqualTo(200);
        int total = all.body().get("total").asInt();
        assertThat(total).isEqualTo(articles.size());
        assertThat(all.body().get("hits")).hasSize(2);
        JsonNode languages = all.body().get("facets").get("language");
        assertThat(languages).isNotEmpty();
        String language = languages.get(0).get("value").asText();
        int inLanguage = languages.get(0).get("count").asInt();
        Answer filtered = get("/api/search?sort=date&limit=50&language=" + language);
        assertThat(filtered.body().get("total").asInt()).isEqualTo(inLanguage);
        filtered.body().get("hits").forEach(h -> assertThat(h.get("language").asText()).isEqualTo(language));
        String published = all.body().get("hits").get(0).get("published").asText();
        assertThat(published.compareTo(all.body().get("hits").get(1).get("published").asText())).as("newest first").isGreaterThanOrEqualTo(0);
        Answer second = get("/api/search?sort=date&limit=1&offset=1");
        assertThat(second.body().get("hits").get(0).get("id")).isEqualTo(all.body().get("hits").get(1).get("id"));
        Answer none = get("/api/search?q=barrage&outlet=" + URLEncoder.encode("No Such Outlet", StandardCharsets.UTF_8));
        assertThat(none.body().get("total").asInt()).isZero();
        assertThat(get("/api/search?q=barrage&label=no+warning").body().get("total").asInt()).as("no labels loaded").isZero();

        JsonNode hit = get("/api/search?q=barrage").body().get("hits").get(0);
        JsonNode span = hit.get("highlights").get(0);
        assertThat(hit.get("snippet").asText().substring(span.get(0).asInt(), span.get(1).asInt())).containsIgnoringCase("barrage");
        JsonNode inTitle = hit.get("title_highlights").get(0);
        assertThat(hit.get("title").asText().substring(inTitle.get(0).asInt(), inTitle.get(1).asInt())).isEqualToIgnoringCase("barrage");
        assertError(get("/api/search?q=x&from=yesterday"), 400);
        assertError(get("/api/search?q=x&sort=size"), 400);
        assertError(get("/api/search?q=x&offset=-1"), 400);
    }

    @Test
    void everyListExportsAsCsv() throws Exception {
        HttpResponse<String> csv = page("/api/search?q=barrage&format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        assertThat(csv.headers().firstValue("Content-Disposition")).get().asString().contains("veille-hits.csv");
        assertThat(csv.body()).startsWith("id,title,outlet,published,language,story,score,snippet,highlights,title_highlights\r\n");
        assertThat(page("/api/stories?format=csv").body()).startsWith("story,thread,size,");
        assertThat(page("/api/quotations?format=csv").body()).startsWith("article,title,speaker,");
        assertThat(page("/api/attention?format=csv").body()).startsWith("day,total\r\n");
        assertError(get("/api/stories?format=xml"), 400);
    }

    @Test
    void attentionEntitiesAndOutlets() throws Exception {
        Answer days = get("/api/attention?by=language");
        assertThat(days.status()).isEqualTo(200);
        int counted = 0;
        for (JsonNode d : days.body().get("days")) counted += d.get("total").asInt();
        assertThat(counted).as("every dated article").isPositive().isLessThanOrEqualTo(articles.size());

        String entity = get("/api/search?sort=date").body().get("facets").get("entity").get(0).get("value").asText();
        Answer named = get("/api/entities/" + URLEncoder.encode(entity, StandardCharsets.UTF_8).replace("+", "%20"));
        assertThat(named.status()).as(named.body().toString()).isEqualTo(200);
        assertThat(named.body().get("articles").asInt()).isPositive();
        named.body().get("co_occurring").forEach(c -> assertThat(c.get("value").asText()).isNotEqualTo(entity));
        assertError(get("/api/entities/Nobody%20Named%20So"), 404);

        String speaker = get("/api/search?sort=date").body().get("facets").get("speaker").get(0).get("value").asText();
        Answer said = get("/api/statements?speaker=" + URLEncoder.encode(speaker, StandardCharsets.UTF_8));
        assertThat(said.status()).isEqualTo(200);
        assertThat(said.body().get("statements").isArray()).isTrue();
        assertError(get("/api/statements"), 400);

        Answer outlets = get("/api/outlets");
        String outlet = outlets.body().get("outlets").get(0).get("outlet").asText();
        Answer one = get("/api/outlets/" + URLEncoder.encode(outlet, StandardCharsets.UTF_8).replace("+", "%20"));
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().get("articles").asInt()).isEqualTo(outlets.body().get("outlets").get(0).get("articles").asInt());
        assertError(get("/api/outlets/nobody"), 404);
        assertThat(get("/api/labels?domain=example.org").body().get("label").isNull()).isTrue();
        assertError(get("/api/labels"), 400);
        for (String pageOf : List.of("/entities/" + URLEncoder.encode(entity, StandardCharsets.UTF_8).replace("+", "%20"),
                "/outlets/" + URLEncoder.encode(outlet, StandardCharsets.UTF_8).replace("+", "%20"), "/outlets", "/search?q=barrage&sort=date")) {
            HttpResponse<String> html = page(pageOf);
            assertThat(html.statusCode()).as(pageOf).isEqualTo(200);
            assertThat(html.body()).as(pageOf).doesNotContain("<script");
        }
    }

    @Test
    void badRequestsGetAJsonErrorAndTheirStatus() throws Exception {
        assertError(get("/api/search"), 400);
        assertError(get("/api/search?q=x&limit=0"), 400);
        assertError(get("/api/search?q=x&limit=abc"), 400);
        assertThat(rawStatus("GET /api/search?q=%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")).contains(" 400 ");
        assertError(get("/api/nothing"), 404);
        assertError(get("/api/articles/no-such-id"), 404);
        assertError(get("/api/articles/a/b"), 404);
        assertError(get("/api/stories/no-such-story"), 404);
        assertError(send(HttpRequest.newBuilder(uri("/api/search?q=x")).POST(HttpRequest.BodyPublishers.ofString("x")).build()), 405);
        assertError(get("/api/ingest"), 405);
        assertError(get("/api/search?q=" + "x".repeat(20_000)), 414);
        assertThat(serverLog).as("a client's mistake is not the server's failure").isEmpty();
    }

    private static void assertError(Answer a, int status) {
        assertThat(a.status()).as(a.body().toString()).isEqualTo(status);
        assertThat(a.body().size()).as("only the error, no stack trace").isEqualTo(1);
        assertThat(a.body().get("error").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void articlesStoriesAndQuotationsAnswerAsTheCommandLinePrintsThem() throws Exception {
        Answer hits = get("/api/search?q=barrage");
        String id = hits.body().get("hits").get(0).get("id").asText();
        Answer article = get("/api/articles/" + id);
        assertThat(article.status()).isEqualTo(200);
        assertThat(article.body().get("id").asText()).isEqualTo(id);
        assertThat(article.body().get("text").asText()).isNotBlank();

        Answer stories = get("/api/stories?limit=2");
        assertThat(stories.status()).isEqualTo(200);
        assertThat(stories.body().get("total").asInt()).isGreaterThanOrEqualTo(stories.body().get("stories").size());
        String story = stories.body().get("stories").get(0).get("story").asText();
        Answer detail = get("/api/stories/" + URLEncoder.encode(story, StandardCharsets.UTF_8));
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body().has("timeline")).isTrue();
        assertThat(detail.body().has("provenance")).isTrue();
        assertThat(detail.body().get("statements").isArray()).isTrue();

        Answer quotes = get("/api/quotations?limit=10");
        assertThat(quotes.status()).isEqualTo(200);
        assertThat(quotes.body().get("quotations").isArray()).isTrue();

        Answer health = get("/api/health");
        assertThat(health.body().get("articles").asInt()).isEqualTo(articles.size());
        Answer openApi = get("/api/openapi.json");
        assertThat(openApi.body().get("paths").has("/api/ingest")).isTrue();
    }

    /** A client that must not wait on the models' load (a benchmark, a watcher) asks health first. */
    @Test
    void healthSaysWhenAnIngestWouldStartAtOnce() throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
        String ingest;
        do {
            ingest = get("/api/health").body().get("ingest").asText();
            assertThat(ingest).isIn("loading", "ready");
            if (ingest.equals("loading")) Thread.sleep(100);
        } while (ingest.equals("loading") && System.nanoTime() < deadline);
        assertThat(ingest).as("the models load within two minutes").isEqualTo("ready");
    }

    @Test
    void ingestNeedsTheToken() throws Exception {
        Path capture = EXAMPLES.resolve("fr-peche-sans-date.txt");
        Answer none = send(ingest(capture).build());
        assertError(none, 401);
        assertThat(none.raw().headers().firstValue("WWW-Authenticate")).isPresent();
        assertError(send(ingest(capture).header("Authorization", "Bearer wrong").build()), 403);
        assertError(send(ingest(capture).header("Authorization", "Basic " + TOKEN).build()), 401);
        assertError(send(HttpRequest.newBuilder(uri("/api/ingest")).header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("text")).build()), 400); // no name: its type is unknown
    }

    @Test
    void ingestStoresAndLinksTheCaptureOnce() throws Exception {
        Path capture = EXAMPLES.resolve("fr-phare-isambert-marche.txt");
        Answer first = send(ingest(capture).header("Authorization", "Bearer " + TOKEN).build());
        assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
        assertThat(first.body().get("articles").asInt()).isEqualTo(1);
        String id = first.body().get("ids").get(0).asText();
        Answer stored = get("/api/articles/" + id);
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.body().get("story").isNull()).as("linked into a story").isFalse();
        assertThat(stored.body().get("source").asText()).isEqualTo("fr-phare-isambert-marche.txt");

        Answer again = send(ingest(capture).header("Authorization", "Bearer " + TOKEN).build());
        assertThat(again.body().get("added").asInt()).isZero();
        assertThat(again.body().get("stored").asInt()).isEqualTo(first.body().get("stored").asInt());
    }

    @Test
    void aCaptureThatGivesNoArticleIsToldWhy() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Answer a = send(ingest(empty).header("Authorization", "Bearer " + TOKEN).build());
        assertThat(a.status()).isEqualTo(422);
        assertThat(a.body().get("failed").asInt()).isEqualTo(1);
        assertThat(a.body().get("messages").get(0).asText()).startsWith("empty.txt: ");
    }

    @Test
    void anOversizeBodyIsRefusedBeforeItIsRead() throws Exception {
        assertThat(rawStatus("POST /api/ingest?name=big.jsonl HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
                + "\r\nContent-Length: " + (ApiServer.MAX_INGEST_BYTES + 1) + "\r\n\r\n")).contains(" 413 ");
    }

    /** Sends a request as written (one no client library would send) and reads the status line of the answer. */
    private static String rawStatus(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    @Test
    void ingestOnThisMachineGoesThroughTheServer() throws Exception {
        int before = articles.size();
        assertThat(page("/").body()).contains(before + " articles, ");
        String[] run = Cli.run("ingest", EXAMPLES.resolve("fr-fromagerie-sans-titre.txt").toString(),
                EXAMPLES.resolve("no-such-file.txt").toString(), "--data", store.toString());
        assertThat(run[0]).as(run[2]).isEqualTo("0");
        assertThat(run[2]).contains("through the server, process " + ProcessHandle.current().pid());
        assertThat(run[2]).contains("no-such-file.txt: no such file");
        assertThat(run[2]).contains("ingested 1 article from 2 inputs; 1 failed");
        assertThat(articles.size()).isEqualTo(before + 1);
        assertThat(page("/").body()).as("the home page read again once the store changed").contains((before + 1) + " articles, ");
    }

    static HttpResponse<String> page(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void pagesShowStoriesSearchArticlesAndStories() throws Exception {
        HttpResponse<String> home = page("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(home.body()).contains("Largest stories", "href=\"/stories/");
        HttpResponse<String> search = page("/search?q=barrage");
        assertThat(search.body()).contains("href=\"/articles/");
        String id = get("/api/search?q=barrage").body().get("hits").get(0).get("id").asText();
        HttpResponse<String> article = page("/articles/" + id);
        assertThat(article.statusCode()).isEqualTo(200);
        assertThat(article.body()).contains("<article>", "href=\"/stories/");
        String story = get("/api/articles/" + id).body().get("story").asText();
        HttpResponse<String> storyPage = page("/stories/" + URLEncoder.encode(story, StandardCharsets.UTF_8));
        assertThat(storyPage.statusCode()).isEqualTo(200);
        assertThat(storyPage.body()).contains("Timeline", "href=\"/articles/" + id + "\"");
        assertThat(page("/static/veille.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        HttpResponse<String> missing = page("/articles/nothing-here");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("No such article");
        assertThat(page("/nowhere").statusCode()).isEqualTo(404);
    }

    @Test
    void capturedMarkupShowsAsTextAndNothingCanRun() throws Exception {
        Path hostile = Files.writeString(dir.resolve("hostile.txt"), String.join("\n\n",
                "Le port de Kerbrennec ferme <img src=x onerror=alert(1)> pour travaux",
                "<script>alert('capture')</script> Le maire de Kerbrennec a annoncé lundi la fermeture du port de pêche pendant"
                        + " six mois pour des travaux de dragage, une décision attendue depuis des années par les pêcheurs.",
                "Selon la mairie, les travaux coûteront 4 millions d'euros et seront financés par la région et l'État."
                        + " Les pêcheurs seront accueillis au port voisin pendant toute la durée du chantier.",
                "« Nous avons attendu trop longtemps », a déclaré le président du comité des pêches, qui salue la décision."));
        Answer ingested = send(ingest(hostile).header("Authorization", "Bearer " + TOKEN).build());
        assertThat(ingested.status()).as(ingested.body().toString()).isEqualTo(200);
        String id = ingested.body().get("ids").get(0).asText();
        HttpResponse<String> article = page("/articles/" + id);
        assertThat(article.body()).contains("&lt;script&gt;").doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img");
        String csp = article.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'none'").doesNotContain("unsafe-inline").doesNotContain("script-src");
        HttpResponse<String> search = page("/search?q=" + URLEncoder.encode("\"><script>alert(2)</script>", StandardCharsets.UTF_8));
        assertThat(search.body()).doesNotContainIgnoringCase("<script").contains("&quot;&gt;&lt;script&gt;");
    }

    @Test
    void aNoteNamingALiveProcessThatServesNothingIsPassedBy() throws Exception {
        Path other = dir.resolve("passed-by");
        String[] first = Cli.run("ingest", EXAMPLES.resolve("fr-peche-sans-date.txt").toString(), "--data", other.toString());
        assertThat(first[0]).as(first[2]).isEqualTo("0");
        new ServedStore(ProcessHandle.current().pid(), "127.0.0.1", 1, "x").write(other); // a live pid, no server on port 1
        String[] run = Cli.run("ingest", EXAMPLES.resolve("fr-fromagerie-sans-titre.txt").toString(), "--data", other.toString());
        assertThat(run[0]).as(run[2]).isEqualTo("0");
        assertThat(run[2]).contains("1 new").doesNotContain("through the server");
    }

    @Test
    void aNoteLeftByADeadServerIsIgnored() throws IOException {
        Path other = Files.createDirectories(dir.resolve("stale"));
        long dead = ProcessHandle.current().pid() + 1_000_000;
        new ServedStore(dead, "127.0.0.1", 1, "x").write(other);
        assertThat(ServedStore.find(other)).isEmpty();
        assertThat(ServedStore.find(store)).hasValue(note);
    }
}
