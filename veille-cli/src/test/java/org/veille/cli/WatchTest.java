// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.veille.store.ArticleStore;
import org.veille.store.StoredArticle;
import org.veille.watch.WatchState;

/**
 * {@code watch --once} against a server on loopback whose sources change between polls: new items appear, the feed
 * answers 304, a sitemap answers 500 and then recovers, a feed times out, one is not XML, and item pages are cut
 * short, loop in redirects, weigh too much or are disallowed by robots.txt. Every new article must be stored exactly
 * once, each fault told once per poll on one line, and nothing may crash. The pages are real French articles from
 * the shared trafilatura evaluation set, read at test time.
 */
class WatchTest {

    private static final Path PAGES = Path.of(System.getProperty("veille.shared", "../../shared"),
            "data/extraction/trafilatura-eval/pages");
    private static final List<String> ARTICLES = List.of("aoc.media.archaisme", "blog.mondediplo.net.turpitude",
            "dalloz-actualite.fr.raoult", "dw.com-elephants");

    @TempDir
    Path dir;

    private HttpServer server;
    private String base;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final AtomicInteger notModified = new AtomicInteger();
    private final AtomicInteger feedVersion = new AtomicInteger(1);
    private final AtomicBoolean sitemapUp = new AtomicBoolean(false);

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
                case "/robots.txt" -> send(x, 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
                case "/feed.xml" -> {
                    String etag = "\"v" + feedVersion.get() + "\"";
                    x.getResponseHeaders().set("ETag", etag);
                    if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                        notModified.incrementAndGet();
                        x.sendResponseHeaders(304, -1);
                        return;
                    }
                    List<String> items = new ArrayList<>(List.of("/a/0", "/a/1", "/private/secret", "/loop/a"));
                    if (feedVersion.get() > 1) items.add("/a/2");
                    StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>");
                    for (String i : items) rss.append("<item><title>x</title><link>").append(base).append(i).append("</link></item>");
                    send(x, 200, "application/rss+xml", rss.append("</channel></rss>").toString());
                }
                case "/faults.xml" -> send(x, 200, "application/atom+xml",
                        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><link href=\"/cut\"/></entry>"
                                + "<entry><link href=\"/big\"/></entry><entry><link href=\"/noise\"/></entry>"
                                + "<entry><link href=\"/blank\"/></entry></feed>");
                case "/noise" -> { // noise the first time (garbled on the way), the article after
                    if (hits.get(path).get() == 1) send(x, 200, "text/html", "\u0000\u0001\u0002\u0003".repeat(500));
                    else send(x, 200, "text/html; charset=utf-8", page(ARTICLES.get(0)));
                }
                case "/blank" -> { // text with no article the first time (a page still being written), the article after
                    if (hits.get(path).get() == 1) send(x, 200, "text/html", "<html><body><p>...</p></body></html>");
                    else send(x, 200, "text/html; charset=utf-8", page(ARTICLES.get(1)));
                }
                case "/sitemap.xml" -> {
                    if (!sitemapUp.get()) {
                        send(x, 500, "text/plain", "down");
                        return;
                    }
                    send(x, 200, "application/xml", "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                            + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url><loc>" + base
                            + "/a/3</loc><news:news><news:title>x</news:title></news:news></url></urlset>");
                }
                case "/slow.xml" -> {
                    sleep(2_500);
                    send(x, 200, "application/xml", "<rss/>");
                }
                case "/broken.xml" -> send(x, 200, "application/xml", "{ this is not XML <<<");
                case "/loop/a" -> redirect(x, "/loop/b");
                case "/loop/b" -> redirect(x, "/loop/a");
                case "/cut" -> {
                    x.sendResponseHeaders(200, 100_000);
                    x.getResponseBody().write("<html><body><p>".repeat(100).getBytes(StandardCharsets.UTF_8));
                    x.getResponseBody().flush();
                    x.getHttpContext().getServer(); // the exchange closes short of its length: the client sees the body cut
                }
                case "/big" -> {
                    x.sendResponseHeaders(200, 0);
                    OutputStream out = x.getResponseBody();
                    byte[] chunk = "<p>bla bla bla bla</p>\n".repeat(1_000).getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < 200; i++) out.write(chunk); // 4.6 MB
                }
                default -> {
                    if (path.startsWith("/a/")) {
                        int n = Integer.parseInt(path.substring(3));
                        send(x, 200, "text/html; charset=utf-8", page(ARTICLES.get(n)));
                    } else {
                        send(x, 404, "text/plain", "no");
                    }
                }
            }
        } catch (IOException e) {
            // the client stopped reading (an oversize page): nothing to answer
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void redirect(HttpExchange x, String to) throws IOException {
        x.getResponseHeaders().set("Location", to);
        x.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
    }

    private static String page(String name) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(PAGES.resolve(name + ".html.gz")))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path config() throws IOException {
        Path config = dir.resolve("watch.json");
        Files.writeString(config, """
                {"sources": [
                  {"url": "BASE/feed.xml", "every": "1m"},
                  {"url": "BASE/faults.xml", "every": "1m"},
                  {"url": "BASE/sitemap.xml", "every": "1m"},
                  {"url": "BASE/slow.xml", "every": "1m"},
                  {"url": "BASE/broken.xml", "every": "1m"}],
                 "http": {"timeout_seconds": 1, "connect_timeout_seconds": 2, "politeness_ms": 0, "retries": 1,
                          "backoff_ms": 50, "max_bytes": 1048576}}
                """.replace("BASE", base));
        return config;
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void everyNewArticleIsStoredOnceAndEveryFaultToldOnce() throws IOException {
        Path store = dir.resolve("store");
        Path config = config();

        String[] first = Cli.run("watch", "--once", "--data", store.toString(), "--config", config.toString(), "--threads", "2");
        String err = first[2];
        assertThat(first[0]).as(err).isEqualTo("0");
        assertThat(err).doesNotContain("Exception", "\tat ");
        assertOnce(err, base + "/sitemap.xml: HTTP 500 after 2 tries");
        assertOnce(err, base + "/slow.xml: timed out after 1 s");
        assertOnce(err, base + "/broken.xml: not an RSS or Atom feed, nor a sitemap");
        assertOnce(err, base + "/feed.xml: " + base + "/private/secret: disallowed by robots.txt");
        assertOnce(err, base + "/feed.xml: " + base + "/loop/a: redirect loop");
        assertOnce(err, base + "/faults.xml: " + base + "/big: body over the 1 MiB limit: reading stopped");
        assertOnce(err, base + "/faults.xml: " + base + "/cut: body cut short");
        assertThat(hits.get("/cut")).as("a body cut short is asked for again at once, as a 5xx is").hasValue(2);
        assertThat(hits.get("/noise")).as("and a body garbled on the way").hasValue(2);
        assertThat(err).doesNotContain("/noise").contains("3 new articles");
        assertThat(hits.get("/private/secret")).isNull();
        assertThat(stored(store)).containsExactlyInAnyOrder(base + "/a/0", base + "/a/1", base + "/noise");

        sitemapUp.set(true); // recovers
        String[] second = Cli.run("watch", "--once", "--data", store.toString(), "--config", config.toString(), "--threads", "2");
        assertThat(second[0]).as(second[2]).isEqualTo("0");
        assertThat(notModified.get()).as("the feed, unchanged, answers 304").isEqualTo(1);
        assertThat(second[2]).doesNotContain("sitemap.xml:", "robots", "redirect loop", "Exception").contains("2 new articles");
        assertThat(hits.get("/noise")).as("its article stored, the page is not asked for again").hasValue(2);
        assertThat(hits.get("/blank")).as("a page that gave no article is asked for again on the next poll").hasValue(2);
        assertOnce(second[2], base + "/faults.xml: " + base + "/cut: body cut short"); // a fault that may pass is tried again

        feedVersion.set(2); // a new item appears
        String[] third = Cli.run("watch", "--once", "--data", store.toString(), "--config", config.toString(), "--threads", "2");
        assertThat(third[0]).as(third[2]).isEqualTo("0");
        assertThat(third[2]).contains("1 new article");
        assertThat(stored(store)).containsExactlyInAnyOrder(base + "/a/0", base + "/a/1", base + "/a/2", base + "/a/3", base + "/noise",
                base + "/blank");
        for (int i = 0; i < 4; i++) assertThat(hits.get("/a/" + i)).as("page %d fetched once", i).hasValue(1);

        String[] sources = Cli.run("sources", "--data", store.toString(), "--format", "jsonl");
        assertThat(sources[0]).isEqualTo("0");
        String[] rows = sources[1].strip().split("\n");
        assertThat(rows).hasSize(5);
        assertThat(sources[1]).contains("\"url\":\"" + base + "/sitemap.xml\",", "\"last_error\":\"timed out after 1 s");
        assertThat(rows).extracting(row -> row.substring(0, row.indexOf("\",")))
                .as("by address").isSorted();
        assertThat(rows[3]).contains("sitemap.xml", "\"last_error\":null", "\"articles\":1");
        assertThat(rows[2]).contains("feed.xml", "\"last_error\":null", "\"articles\":3");
        assertThat(Files.readString(store.resolve(WatchState.FILE))).contains(base + "/a/2");
    }

    /** The sources of the stored articles, each once. */
    private static List<String> stored(Path store) {
        try (ArticleStore s = ArticleStore.openReadOnly(store)) {
            List<String> sources = new ArrayList<>();
            for (String id : s.ids()) sources.add(s.get(id).map(StoredArticle::analyzed).orElseThrow().article().source());
            return sources;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertOnce(String err, String line) {
        long count = err.lines().filter(l -> l.startsWith("veille: " + line)).count();
        assertThat(count).as("once in:\n%s", err).isEqualTo(1);
    }
}
