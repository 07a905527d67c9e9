// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.veille.serve.ApiServer;
import org.veille.serve.OutletLabels;
import org.veille.store.ArticleStore;

/**
 * Article versions through {@code watch --once} against a loopback server whose Atom feed dates its entries: a page is
 * fetched again only when its entry's date changes; then an edited page (a new headline, a number corrected) is kept as
 * a second version linked to the first, a page whose server answers 304 to the conditional request is not stored again,
 * and a page whose capture changed only outside its text (a comment, as a clock or an advertisement would) is no new
 * version, and an entry dated for the first time is not fetched. {@code show ID --versions} prints both versions with their fetch times and the difference.
 */
class ArticleVersionsTest {

    private static final Path PAGES = Path.of(System.getProperty("veille.shared", "../../shared"),
            "data/extraction/trafilatura-eval/pages");
    private static final String EDITED = "dw.com-elephants", UNCHANGED = "blog.mondediplo.net.turpitude",
            FURNITURE = "aoc.media.archaisme";
    private static final String HEADLINE = "La perte des terres fertiles et les éléphants en Guinée-Conakry";
    private static final String NEW_HEADLINE = "Les terres fertiles de Guinée-Conakry menacées, et ses éléphants";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private HttpServer server;
    private String base;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    /** Each entry's date; the furniture page's entry has none at first. */
    private final Map<String, String> updated = new ConcurrentHashMap<>(Map.of(
            "/a/edited", "2026-12-01T08:00:00Z", "/a/unchanged", "2026-12-01T08:00:00Z"));
    private volatile boolean edited, furnitureMoved;

    @BeforeEach
    void serve() throws IOException {
        assumeTrue(Files.isDirectory(PAGES), PAGES + " is not here");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop(0);
    }

    private void answer(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        try (x) {
            switch (path) {
                case "/feed.xml" -> {
                    StringBuilder atom = new StringBuilder("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title>");
                    for (String item : List.of("/a/edited", "/a/unchanged", "/a/furniture")) {
                        atom.append("<entry><title>x</title><link href=\"").append(base).append(item).append("\"/>");
                        if (updated.containsKey(item)) atom.append("<updated>").append(updated.get(item)).append("</updated>");
                        atom.append("</entry>");
                    }
                    send(x, "application/atom+xml", atom.append("</feed>").toString());
                }
                case "/a/edited" -> {
                    String page = page(EDITED);
                    if (edited) page = page.replace(HEADLINE, NEW_HEADLINE).replace("24 milliards de tonnes", "42 milliards de tonnes");
                    send(x, "text/html; charset=utf-8", page);
                }
                case "/a/unchanged" -> {
                    x.getResponseHeaders().set("ETag", "\"same\"");
                    if ("\"same\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                        x.sendResponseHeaders(304, -1);
                        return;
                    }
                    send(x, "text/html; charset=utf-8", page(UNCHANGED));
                }
                case "/a/furniture" -> send(x, "text/html; charset=utf-8",
                        page(FURNITURE) + (furnitureMoved ? "<!-- served at 09:12:44 -->" : ""));
                default -> {
                    x.sendResponseHeaders(404, -1);
                }
            }
        }
    }

    private static void send(HttpExchange x, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(200, bytes.length);
        x.getResponseBody().write(bytes);
    }

    private static String page(String name) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(PAGES.resolve(name + ".html.gz")))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String[] watch(Path store) throws IOException {
        Path config = dir.resolve("watch.json");
        Files.writeString(config, """
                {"sources": [{"url": "BASE/feed.xml", "every": "1m"}],
                 "http": {"timeout_seconds": 5, "politeness_ms": 0, "retries": 0},
                 "topics": [{"name": "guinee", "query": "Guinée-Conakry"}]}
                """.replace("BASE", base));
        String[] run = Cli.run("watch", "--once", "--data", store.toString(), "--config", config.toString(), "--threads", "2");
        assertThat(run[0]).as(run[2]).isEqualTo("0");
        assertThat(run[2]).doesNotContain("Exception", "\tat ");
        return run;
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void anEditedPageIsKeptAsASecondVersionAndOnlyPagesTheFeedSaysChangedAreFetchedAgain() throws IOException {
        Path store = dir.resolve("store");
        assertThat(watch(store)[2]).contains("3 new articles, 0 new versions");
        String first = idOf(store, "/a/edited");

        assertThat(watch(store)[2]).as("the feed's dates did not change").contains("0 pages fetched");
        for (String page : List.of("/a/edited", "/a/unchanged", "/a/furniture")) assertThat(hits.get(page)).as(page).hasValue(1);

        edited = true;
        updated.replaceAll((page, date) -> "2026-12-01T09:30:00Z");
        updated.put("/a/furniture", "2026-12-01T08:00:00Z"); // a date given for the first time tells no change
        String third = watch(store)[2];
        assertThat(third).contains("1 page fetched, 0 new articles, 1 new version of known ones (1 asked again unchanged)");
        for (String page : List.of("/a/edited", "/a/unchanged")) assertThat(hits.get(page)).as(page).hasValue(2);
        assertThat(hits.get("/a/furniture")).hasValue(1);

        furnitureMoved = true;
        updated.put("/a/furniture", "2026-12-01T09:45:00Z");
        assertThat(watch(store)[2]).as("only a comment moved").contains("1 page fetched, 0 new articles, 0 new versions");
        assertThat(hits.get("/a/furniture")).hasValue(2);
        assertThat(storedSources(store)).containsExactlyInAnyOrder(base + "/a/edited", base + "/a/edited",
                base + "/a/unchanged", base + "/a/furniture");

        assertThat(watch(store)[2]).as("nothing changed since").contains("0 pages fetched");
        String second = idOf(store, "/a/edited");
        assertThat(second).isNotEqualTo(first);

        for (String id : List.of(first, second)) {
            String[] shown = Cli.run("show", id, "--versions", "--data", store.toString());
            assertThat(shown[0]).as(shown[2]).isEqualTo("0");
            JsonNode history = JSON.readTree(shown[1]);
            assertThat(history.path("source").asText()).isEqualTo(base + "/a/edited");
            JsonNode versions = history.path("versions");
            assertThat(versions).hasSize(2);
            assertThat(versions.get(0).path("id").asText()).isEqualTo(first);
            assertThat(versions.get(1).path("id").asText()).isEqualTo(second);
            assertThat(versions.get(1).path("previous_version").asText()).isEqualTo(first);
            assertThat(versions.get(0).path("fetched").asText()).as("fetched in the first poll")
                    .isLessThan(versions.get(1).path("fetched").asText());
            JsonNode change = history.path("changes").get(0);
            assertThat(change.path("from").asText()).isEqualTo(first);
            assertThat(change.path("title").path("from").asText()).contains(HEADLINE);
            assertThat(change.path("title").path("to").asText()).contains(NEW_HEADLINE);
            assertThat(change.path("changed")).as("the headline the page prints, and the corrected number")
                    .anySatisfy(c -> {
                        assertThat(c.path("from").asText()).startsWith("24 milliards de tonnes");
                        assertThat(c.path("inserted").get(0).asText()).isEqualTo("42");
                        assertThat(c.path("removed").get(0).asText()).isEqualTo("24");
                    });
        }
        served(store, first, second);
        String[] topic = Cli.run("topic", "guinee", "--config", dir.resolve("watch.json").toString(), "--data", store.toString());
        JsonNode guinee = JSON.readTree(topic[1]);
        assertThat(guinee.path("matched").asInt()).as("both versions match").isEqualTo(2);
        assertThat(guinee.path("articles").asInt()).as("the page counts once").isEqualTo(1);
        String[] plain = Cli.run("show", first, "--data", store.toString());
        assertThat(plain[1]).contains("\"fetched\":\"20", "\"previous_version\":null");
    }

    /** The versions through {@code serve}: the API's history, and the article page's section with the edits marked. */
    private static void served(Path store, String first, String second) throws IOException {
        try (ArticleStore articles = ArticleStore.open(store);
             ApiServer api = ApiServer.start(articles, ServeCommand.ingestor(articles, new Pipeline(1)), OutletLabels.NONE,
                     new InetSocketAddress("127.0.0.1", 0), "test-token-0123456789", line -> {});
             HttpClient http = HttpClient.newHttpClient()) {
            String root = "http://127.0.0.1:" + api.port();
            HttpResponse<String> history = get(http, root + "/api/articles/" + first + "/versions");
            assertThat(history.statusCode()).isEqualTo(200);
            JsonNode versions = JSON.readTree(history.body()).path("versions");
            assertThat(versions).extracting(v -> v.path("id").asText()).containsExactly(first, second);
            assertThat(get(http, root + "/api/articles/0123456789abcdef0123456789abcdef/versions").statusCode()).isEqualTo(404);
            HttpResponse<String> page = get(http, root + "/articles/" + second);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Versions of this page", "<del>24</del>", "<ins>42</ins>", NEW_HEADLINE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The id of the newest stored version of the page at {@code path}. */
    private String idOf(Path store, String path) {
        try (ArticleStore s = ArticleStore.openReadOnly(store)) {
            String any = s.ids().stream().filter(id -> s.get(id).orElseThrow().analyzed().article().source().equals(base + path))
                    .findFirst().orElseThrow();
            return s.versions(any).getLast().id();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> storedSources(Path store) {
        try (ArticleStore s = ArticleStore.openReadOnly(store)) {
            return s.ids().stream().map(id -> s.get(id).orElseThrow().analyzed().article().source()).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
