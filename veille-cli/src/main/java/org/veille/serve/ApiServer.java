// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.veille.link.TextChanges;
import org.veille.store.ArticleJson;
import org.veille.store.ArticleStore;
import org.veille.store.QuoteHit;
import org.veille.store.SearchHit;
import org.veille.store.SearchResults;
import org.veille.store.StoreException;
import org.veille.store.Story;
import org.veille.store.StoredArticle;

/**
 * Veille's HTTP server on the embedded store: JSON under {@code /api/} (search, articles, stories, quotations, and
 * {@code POST /api/ingest}, which needs the token given at start: 401 without it, 403 with another) and web pages
 * elsewhere ({@link Pages}). API errors are JSON objects {@code {"error": "…"}} with their status, page errors are
 * pages; no stack trace ever reaches a client. Built on the JDK's own
 * HTTP server: the API is a handful of routes, and it needs no other dependency.
 */
public final class ApiServer implements AutoCloseable {

    /** Request threads: a search or an article takes milliseconds; more threads than cores only queue on them. */
    static final int WORKERS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    /** Connections waiting to be accepted before the system refuses more. */
    private static final int BACKLOG = 64;
    /** The largest capture {@code POST /api/ingest} takes: a day's JSONL export of a large outlet. */
    public static final long MAX_INGEST_BYTES = 256L << 20;
    /** The most items a list answers at once; {@code limit} asks for fewer. */
    static final int MAX_LIMIT = 1_000;
    /** The longest query string read: a long boolean query fits, a request meant to exhaust memory does not. */
    static final int MAX_QUERY_CHARS = 16_384;
    /** The longest name a capture may be sent under. */
    static final int MAX_SOURCE_CHARS = 1_024;
    /** How long a closing server waits for the requests in progress. */
    private static final long STOP_SECONDS = 5;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer http;
    private final ExecutorService workers;
    private final ArticleStore store;
    private final Ingestor ingestor;
    private final byte[] token;
    private final Consumer<String> log;
    private final Path uploads;
    private final ReentrantLock ingesting = new ReentrantLock();
    private final ArticleJson articleJson = new ArticleJson();
    private final TextChanges textChanges = new TextChanges();

    private ApiServer(HttpServer http, ExecutorService workers, ArticleStore store, Ingestor ingestor, String token,
                      Consumer<String> log, Path uploads) {
        this.http = http;
        this.workers = workers;
        this.store = store;
        this.ingestor = ingestor;
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.log = log;
        this.uploads = uploads;
    }

    /**
     * Starts serving {@code store} on {@code address} (port 0: any free port).
     *
     * @param log takes one line for each request that failed on the server's side (never told to the client); it
     *            may hold text from the request, to escape before a terminal shows it
     */
    public static ApiServer start(ArticleStore store, Ingestor ingestor, InetSocketAddress address, String token,
                                  Consumer<String> log) throws IOException {
        if (token == null || token.isBlank()) throw new IllegalArgumentException("a write token is required");
        HttpServer http = HttpServer.create(address, BACKLOG);
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, Thread.ofPlatform().daemon().name("veille-http-", 0).factory());
        Path uploads = Files.createTempDirectory("veille-ingest");
        ApiServer server = new ApiServer(http, workers, store, ingestor, token, log, uploads);
        http.setExecutor(workers);
        http.createContext("/", server::handle);
        http.start();
        return server;
    }

    /** The port the server listens on. */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The address the server listens on. */
    public String host() {
        return http.getAddress().getAddress().getHostAddress();
    }

    /** Stops taking requests, waits a little for those in progress, and frees the threads. */
    @Override
    public void close() {
        http.stop((int) STOP_SECONDS);
        workers.shutdown();
        try {
            workers.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Files.deleteIfExists(uploads);
        } catch (IOException e) {
            // a leftover empty temporary folder harms nothing
        }
    }

    /** An answer that is not a success: its status and the message the client reads. */
    static final class Refusal extends RuntimeException {
        final int status;

        Refusal(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            try {
                route(exchange);
            } catch (Refusal r) {
                if (r.status == 401) exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"veille\"");
                error(exchange, r.status, r.getMessage());
            } catch (StoreException e) {
                error(exchange, 500, "the store " + e.problem().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + (e.problem() == StoreException.Problem.DAMAGED ? ": run veille check" : ""));
            } catch (IOException | UncheckedIOException e) {
                // the client went away, or the store could not be read: nothing a client can act on but a retry
                tell(exchange, e);
                error(exchange, 500, "internal error");
            } catch (RuntimeException e) {
                tell(exchange, e);
                error(exchange, 500, "internal error");
            }
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        if (!path.startsWith("/api/")) {
            allow(method, "GET");
            page(exchange, path, query(exchange));
            return;
        }
        if (path.equals("/api/ingest")) {
            allow(method, "POST");
            ingest(exchange);
            return;
        }
        allow(method, "GET");
        Map<String, String> query = query(exchange);
        if (path.equals("/api/health")) {
            send(exchange, 200, Map.of("status", "ok", "articles", store.size()));
        } else if (path.equals("/api/openapi.json")) {
            send(exchange, 200, "application/json", resource("openapi.json"));
        } else if (path.equals("/api/search")) {
            search(exchange, query);
        } else if (path.startsWith("/api/articles/")) {
            String id = segment(path, "/api/articles/");
            StoredArticle article = store.get(id).orElseThrow(() -> new Refusal(404, "no article " + id));
            send(exchange, 200, "application/json", articleJson.toJson(article).getBytes(StandardCharsets.UTF_8));
        } else if (path.equals("/api/stories")) {
            stories(exchange, query);
        } else if (path.startsWith("/api/stories/")) {
            String id = segment(path, "/api/stories/");
            Story story = store.story(id).orElseThrow(() -> new Refusal(404, "no story " + id));
            send(exchange, 200, StoryDetail.of(story, store, textChanges).row());
        } else if (path.equals("/api/quotations")) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (QuoteHit hit : store.quotes(query.get("speaker"), limit(query, 100))) rows.add(Rows.quotation(hit));
            send(exchange, 200, Map.of("quotations", rows));
        } else {
            throw new Refusal(404, "no such endpoint; the API is described at /api/openapi.json");
        }
    }

    /** A web page: HTML, its errors as pages too. */
    private void page(HttpExchange exchange, String path, Map<String, String> query) throws IOException {
        if (path.equals("/static/veille.css")) {
            send(exchange, 200, "text/css", resource("veille.css"));
            return;
        }
        String html;
        int status = 200;
        if (path.equals("/")) {
            html = Pages.home(store.largestStories(Pages.HOME_STORIES), store.size());
        } else if (path.equals("/search")) {
            String q = query.getOrDefault("q", "");
            html = q.isBlank() ? Pages.message("Search", "Type words to search for.") : Pages.search(q, store.search(q, limit(query, 50)));
        } else if (path.startsWith("/articles/")) {
            Optional<StoredArticle> article = store.get(segment(path, "/articles/"));
            status = article.isPresent() ? 200 : 404;
            html = article.map(Pages::article).orElseGet(() -> Pages.message("Not found", "No such article in this store."));
        } else if (path.startsWith("/stories/")) {
            Optional<Story> story = store.story(segment(path, "/stories/"));
            status = story.isPresent() ? 200 : 404;
            html = story.map(s -> Pages.story(StoryDetail.of(s, store, textChanges)))
                    .orElseGet(() -> Pages.message("Not found", "No such story in this store."));
        } else {
            status = 404;
            html = Pages.message("Not found", "No such page.");
        }
        send(exchange, status, "text/html", html.getBytes(StandardCharsets.UTF_8));
    }

    private void search(HttpExchange exchange, Map<String, String> query) throws IOException {
        String q = query.getOrDefault("q", "");
        if (q.isBlank()) throw new Refusal(400, "q, the query, is required");
        SearchResults results = store.search(q, limit(query, 20));
        List<Map<String, Object>> hits = new ArrayList<>();
        for (SearchHit hit : results.hits()) hits.add(Rows.searchHit(hit));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", q);
        body.put("words_asked", results.wordsAsked());
        body.put("words_searched", results.wordsSearched());
        body.put("hits", hits);
        send(exchange, 200, body);
    }

    private void stories(HttpExchange exchange, Map<String, String> query) throws IOException {
        ArticleStore.Largest largest = store.largestStories(limit(query, 20));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Story s : largest.stories()) rows.add(StorySummary.of(s).row());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", largest.total());
        body.put("stories", rows);
        send(exchange, 200, body);
    }

    /** Receives a capture in a temporary file (within {@link #MAX_INGEST_BYTES}), then ingests it. */
    private void ingest(HttpExchange exchange) throws IOException {
        authorize(exchange);
        Map<String, String> query = query(exchange);
        String source = source(exchange, query);
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null && parseLength(declared) > MAX_INGEST_BYTES) {
            throw new Refusal(413, "a capture may hold at most " + (MAX_INGEST_BYTES >> 20) + " MB");
        }
        Path file = Files.createTempFile(uploads, "capture", ".part");
        try {
            receive(exchange.getRequestBody(), file);
            Ingestor.Outcome outcome;
            ingesting.lock(); // one ingest at a time: the link stage places each batch among the stories stored before it
            try {
                outcome = ingestor.ingest(file, source);
            } finally {
                ingesting.unlock();
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("source", source);
            body.put("articles", outcome.articles());
            body.put("added", outcome.added());
            body.put("failed", outcome.failed());
            body.put("ids", outcome.ids());
            body.put("messages", outcome.messages());
            body.put("stored", outcome.stored());
            send(exchange, outcome.articles() > 0 ? 200 : 422, body);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long parseLength(String declared) {
        try {
            return Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            throw new Refusal(400, "Content-Length is not a number");
        }
    }

    private static void receive(InputStream body, Path file) throws IOException {
        try (InputStream in = body; OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > MAX_INGEST_BYTES) {
                    throw new Refusal(413, "a capture may hold at most " + (MAX_INGEST_BYTES >> 20) + " MB");
                }
                out.write(buffer, 0, n);
            }
        }
    }

    /** The name the capture is read under: {@code name=} or the {@code X-Veille-Source} header. */
    private static String source(HttpExchange exchange, Map<String, String> query) {
        String source = Optional.ofNullable(query.get("name")).orElse(exchange.getRequestHeaders().getFirst("X-Veille-Source"));
        if (source == null || source.isBlank()) {
            throw new Refusal(400, "name the capture (name=page.html, or the X-Veille-Source header): its type comes from the name");
        }
        if (source.length() > MAX_SOURCE_CHARS || source.indexOf('\0') >= 0) {
            throw new Refusal(400, "the capture's name is too long or holds a NUL");
        }
        return source;
    }

    private void authorize(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new Refusal(401, "writes need the token given at start: Authorization: Bearer TOKEN");
        }
        byte[] given = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token)) throw new Refusal(403, "wrong token");
    }

    private static void allow(String method, String allowed) {
        if (!method.equals(allowed)) throw new Refusal(405, "use " + allowed + " here");
    }

    /** The query string's parameters, percent-decoded; the first value of each wins. */
    static Map<String, String> query(HttpExchange exchange) {
        String raw = exchange.getRequestURI().getRawQuery();
        Map<String, String> params = new HashMap<>();
        if (raw == null || raw.isEmpty()) return params;
        if (raw.length() > MAX_QUERY_CHARS) throw new Refusal(414, "the query string is too long");
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            try {
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.putIfAbsent(key, value);
            } catch (IllegalArgumentException e) {
                throw new Refusal(400, "the query string is not percent-encoded correctly");
            }
        }
        return params;
    }

    /** {@code limit=}: between 1 and {@link #MAX_LIMIT}, {@code otherwise} when absent. */
    static int limit(Map<String, String> query, int otherwise) {
        String value = query.get("limit");
        if (value == null) return otherwise;
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) return limit;
        } catch (NumberFormatException e) {
            // told below
        }
        throw new Refusal(400, "limit must be a whole number from 1 to " + MAX_LIMIT);
    }

    /** The path's last segment after {@code prefix}, percent-decoded; a nested path is no resource here. */
    private static String segment(String rawPath, String prefix) {
        String raw = rawPath.substring(prefix.length());
        if (raw.isEmpty() || raw.contains("/")) throw new Refusal(404, "no such resource");
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new Refusal(400, "the path is not percent-encoded correctly");
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ApiServer.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException(name + " is missing from the application");
            return in.readAllBytes();
        }
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        send(exchange, status, "application/json", bytes);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] bytes) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type + "; charset=utf-8");
        headers.set("X-Content-Type-Options", "nosniff");
        // no script at all, from anywhere: whatever a captured page held, nothing of it runs here
        headers.set("Content-Security-Policy", "default-src 'none'; style-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static void error(HttpExchange exchange, int status, String message) {
        try {
            if (!exchange.getRequestURI().getRawPath().startsWith("/api/")) {
                send(exchange, status, "text/html", Pages.message("Error " + status, message).getBytes(StandardCharsets.UTF_8));
                return;
            }
            send(exchange, status, Map.of("error", message));
        } catch (IOException | RuntimeException e) {
            // the response had begun, or the client is gone: nothing more can be said to it
        }
    }

    /** One line on the server's stderr for a failure on its side: the request and the reason, no stack. */
    private void tell(HttpExchange exchange, Exception e) {
        log.accept(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath() + " failed: "
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
    }
}
