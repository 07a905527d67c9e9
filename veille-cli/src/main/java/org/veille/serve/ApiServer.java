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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.veille.link.StatementLinker;
import org.veille.link.TextChanges;
import org.veille.store.ArticleJson;
import org.veille.store.ArticleStore;
import org.veille.store.Facet;
import org.veille.store.QuoteHit;
import org.veille.store.SearchRequest;
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
    /** The longest name a capture may be sent under. */
    static final int MAX_SOURCE_CHARS = 1_024;
    /** How long a closing server waits for the requests in progress. */
    private static final long STOP_SECONDS = 5;

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // The JDK's server writes an answer's headers and body apart; with Nagle's algorithm on, the body then waits for
        // the client's delayed acknowledgement: 40 ms added to every answer on loopback. Read once, when the server's
        // configuration class loads, so it is set before the first server is made.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer http;
    private final ExecutorService workers;
    private final ArticleStore store;
    private final Ingestor ingestor;
    /**
     * The home page's data and the store version it was read at: every visitor sees the same until the next commit,
     * and reading the largest stories' articles is most of the page's cost.
     */
    private volatile Versioned<Pages.Home> home;

    private record Versioned<T>(long version, T value) {}
    private final OutletLabels labels;
    private final byte[] token;
    private final Consumer<String> log;
    private final Path uploads;
    private final ReentrantLock ingesting = new ReentrantLock();
    private final ArticleJson articleJson = new ArticleJson();
    private final TextChanges textChanges = new TextChanges();
    private final StatementLinker statementLinker = new StatementLinker();

    private ApiServer(HttpServer http, ExecutorService workers, ArticleStore store, Ingestor ingestor, OutletLabels labels,
                      String token, Consumer<String> log, Path uploads) {
        this.http = http;
        this.workers = workers;
        this.store = store;
        this.ingestor = ingestor;
        this.labels = labels;
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.log = log;
        this.uploads = uploads;
    }

    /**
     * Starts serving {@code store} on {@code address} (port 0: any free port).
     *
     * @param labels the outlets' labels shown on the pages and counted as a facet ({@link OutletLabels#NONE}: none)
     * @param log takes one line for each request that failed on the server's side (never told to the client); it
     *            may hold text from the request, to escape before a terminal shows it
     */
    public static ApiServer start(ArticleStore store, Ingestor ingestor, OutletLabels labels, InetSocketAddress address,
                                  String token, Consumer<String> log) throws IOException {
        if (token == null || token.isBlank()) throw new IllegalArgumentException("a write token is required");
        HttpServer http = HttpServer.create(address, BACKLOG);
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, Thread.ofPlatform().daemon().name("veille-http-", 0).factory());
        Path uploads = Files.createTempDirectory("veille-ingest");
        ApiServer server = new ApiServer(http, workers, store, ingestor, labels, token, log, uploads);
        http.setExecutor(workers);
        http.createContext("/", server::handle);
        http.start();
        server.refreshHomeAhead();
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
            page(exchange, path, Params.parse(exchange.getRequestURI().getRawQuery()));
            return;
        }
        if (path.equals("/api/ingest")) {
            allow(method, "POST");
            ingest(exchange);
            return;
        }
        allow(method, "GET");
        Params p = Params.parse(exchange.getRequestURI().getRawQuery());
        if (path.equals("/api/health")) {
            send(exchange, 200, Map.of("status", "ok", "articles", store.size(), "ingest", ingestor.ready() ? "ready" : "loading"));
        } else if (path.equals("/api/openapi.json")) {
            send(exchange, 200, "application/json", resource("openapi.json"));
        } else if (path.equals("/api/search")) {
            search(exchange, p);
        } else if (path.startsWith("/api/articles/") && path.endsWith(VERSIONS)) {
            String id = segment(path.substring(0, path.length() - VERSIONS.length()), "/api/articles/");
            List<StoredArticle> versions = store.versions(id);
            if (versions.isEmpty()) throw new Refusal(404, "no article " + id);
            send(exchange, 200, VersionHistory.of(versions, textChanges).row());
        } else if (path.startsWith("/api/articles/")) {
            String id = segment(path, "/api/articles/");
            StoredArticle article = store.get(id).orElseThrow(() -> new Refusal(404, "no article " + id));
            send(exchange, 200, "application/json", articleJson.toJson(article).getBytes(StandardCharsets.UTF_8));
        } else if (path.equals("/api/stories")) {
            ArticleStore.Largest largest = store.largestStories(p.limit(20));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("total", largest.total());
            body.put("stories", largest.stories().stream().map(s -> StorySummary.of(s).row()).toList());
            list(exchange, p, body, "stories");
        } else if (path.startsWith("/api/stories/")) {
            String id = segment(path, "/api/stories/");
            Story story = store.story(id).orElseThrow(() -> new Refusal(404, "no story " + id));
            Map<String, Object> body = new LinkedHashMap<>(StoryDetail.of(story, store, textChanges).row());
            body.put("statements", StatementVariants.of(story.articles(), statementLinker, textChanges).rows());
            send(exchange, 200, body);
        } else if (path.equals("/api/quotations")) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (QuoteHit hit : store.quotes(p.first("speaker"), p.limit(100))) rows.add(Rows.quotation(hit));
            list(exchange, p, Map.of("quotations", rows), "quotations");
        } else if (path.equals("/api/statements")) {
            String speaker = p.first("speaker");
            if (speaker == null || speaker.isBlank()) throw new Refusal(400, "speaker, a canonical name, is required");
            List<StoredArticle> quoting = EntityView.quoting(store, speaker.strip(), p.limit(EntityView.STATEMENT_ARTICLES));
            list(exchange, p, Map.of("speaker", speaker.strip(), "statements",
                    StatementVariants.of(quoting, statementLinker, textChanges).rows()), "statements");
        } else if (path.equals("/api/attention")) {
            String by = p.choice("by", "all", "outlet", "language");
            Facet split = by.equals("all") ? null : Facet.named(by).orElseThrow();
            Attention attention = new Attention(by, store.perDay(SearchQuery.of(p, labels, 1, false), split));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("query", p.first("q", ""));
            body.put("by", by);
            body.put("days", attention.rows());
            list(exchange, p, body, "days");
        } else if (path.startsWith("/api/entities/")) {
            EntityView entity = EntityView.of(store, segment(path, "/api/entities/"));
            if (entity.articles() == 0 && entity.statements().isEmpty()) throw new Refusal(404, "no article names " + entity.name());
            list(exchange, p, entity.row(), "per_day");
        } else if (path.equals("/api/outlets")) {
            list(exchange, p, Map.of("outlets", OutletView.list(store, labels, p.limit(OUTLETS))), "outlets");
        } else if (path.startsWith("/api/outlets/")) {
            OutletView outlet = OutletView.of(store, labels, segment(path, "/api/outlets/"), p.offset());
            if (outlet.articles() == 0) throw new Refusal(404, "no article of " + outlet.name());
            list(exchange, p, outlet.row(), "latest");
        } else if (path.equals("/api/labels")) {
            String domain = p.first("domain");
            if (domain == null || domain.isBlank()) throw new Refusal(400, "domain, the web domain to label, is required");
            send(exchange, 200, Collections.singletonMap("label", Rows.label(labels.of(domain.strip().toLowerCase(Locale.ROOT)).orElse(null))));
        } else {
            throw new Refusal(404, "no such endpoint; the API is described at /api/openapi.json");
        }
    }

    /** Outlets listed when the request does not say how many. */
    static final int OUTLETS = 100;

    /**
     * A body that holds a list: JSON as it is, or with {@code format=csv} that list alone, as CSV to download.
     */
    private static void list(HttpExchange exchange, Params p, Map<String, Object> body, String listKey) throws IOException {
        if (p.choice("format", "json", "csv").equals("json")) {
            send(exchange, 200, body);
            return;
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) body.get(listKey);
        exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"veille-" + listKey + ".csv\"");
        send(exchange, 200, "text/csv", Export.csv(rows).getBytes(StandardCharsets.UTF_8));
    }

    /** A web page: HTML, its errors as pages too. */
    private void page(HttpExchange exchange, String path, Params p) throws IOException {
        if (path.equals("/static/veille.css")) {
            send(exchange, 200, "text/css", resource("veille.css"));
            return;
        }
        String html;
        int status = 200;
        if (path.equals("/")) {
            html = Pages.home(currentHome());
        } else if (path.equals("/search")) {
            SearchResults results = store.search(SearchQuery.of(p, labels, Pages.SEARCH_PAGE, true));
            html = Pages.search(p, results, SearchQuery.shown(results, labels));
        } else if (path.startsWith("/articles/")) {
            Optional<StoredArticle> article = store.get(segment(path, "/articles/"));
            status = article.isPresent() ? 200 : 404;
            html = article.map(a -> Pages.article(a, a.story() == null ? null : store.story(a.story()).orElse(null),
                            VersionHistory.of(store.versions(a.id()), textChanges), labels))
                    .orElseGet(() -> Pages.message("Not found", "No such article in this store."));
        } else if (path.startsWith("/stories/")) {
            Optional<Story> story = store.story(segment(path, "/stories/"));
            status = story.isPresent() ? 200 : 404;
            html = story.map(s -> Pages.story(StoryDetail.of(s, store, textChanges), StatementVariants.of(s.articles(), statementLinker, textChanges), labels))
                    .orElseGet(() -> Pages.message("Not found", "No such story in this store."));
        } else if (path.startsWith("/entities/")) {
            EntityView entity = EntityView.of(store, segment(path, "/entities/"));
            status = entity.articles() > 0 || !entity.statements().isEmpty() ? 200 : 404;
            html = status == 200 ? Pages.entity(entity) : Pages.message("Not found", "No article names " + entity.name() + ".");
        } else if (path.equals("/outlets")) {
            html = Pages.outlets(OutletView.list(store, labels, p.limit(OUTLETS)));
        } else if (path.startsWith("/outlets/")) {
            OutletView outlet = OutletView.of(store, labels, segment(path, "/outlets/"), p.offset());
            status = outlet.articles() > 0 ? 200 : 404;
            html = status == 200 ? Pages.outlet(outlet) : Pages.message("Not found", "No article of " + outlet.name() + ".");
        } else {
            status = 404;
            html = Pages.message("Not found", "No such page.");
        }
        send(exchange, status, "text/html", html.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads the home page's data on a thread of its own (at start, after an ingest that changed the store), so the
     * next visitor finds it ready; a failure here is met again, and told, by the visitor's own read.
     */
    private void refreshHomeAhead() {
        Thread.ofVirtual().name("veille-home").start(() -> {
            try {
                currentHome();
            } catch (RuntimeException ignored) {
                // the page's own request reads it again and answers the error
            }
        });
    }

    /** The home page's data, read again when the store changed since it was last read. */
    private Pages.Home currentHome() {
        long version = store.version();
        Versioned<Pages.Home> kept = home;
        if (kept != null && kept.version() == version) return kept.value();
        Pages.Home fresh = home();
        home = new Versioned<>(version, fresh);
        return fresh;
    }

    /** The home page's data: the latest articles, the largest stories, and articles per day by language up to the newest day. */
    private Pages.Home home() {
        SearchRequest latest = SearchRequest.newest(Pages.HOME_LATEST);
        SortedMap<LocalDate, Map<String, Integer>> attention = store.lastDay()
                .map(last -> store.perDay(new SearchRequest("", Map.of(), last.minusDays(Pages.HOME_DAYS - 1), last,
                        SearchRequest.Order.RELEVANCE, 0, 1, Map.of()), Facet.LANGUAGE))
                .orElseGet(TreeMap::new);
        return new Pages.Home(store.size(), store.largestStories(Pages.HOME_STORIES), store.search(latest).hits(), attention);
    }

    private void search(HttpExchange exchange, Params p) throws IOException {
        SearchRequest request = SearchQuery.of(p, labels, 20, true);
        if (request.browsesAll() && p.first("sort") == null) {
            throw new Refusal(400, "q, the query, is required (or a filter, or sort=date to browse everything)");
        }
        SearchResults results = store.search(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", request.query());
        body.put("total", results.total());
        body.put("offset", request.offset());
        body.put("words_asked", results.wordsAsked());
        body.put("words_searched", results.wordsSearched());
        body.put("hits", results.hits().stream().map(Rows::searchHit).toList());
        Map<String, Object> facets = new LinkedHashMap<>();
        SearchQuery.shown(results, labels).forEach((name, counts) -> facets.put(name, counts.stream().map(Rows::counted).toList()));
        body.put("facets", facets);
        list(exchange, p, body, "hits");
    }

    /** Receives a capture in a temporary file (within {@link #MAX_INGEST_BYTES}), then ingests it. */
    private void ingest(HttpExchange exchange) throws IOException {
        authorize(exchange);
        String source = source(exchange, Params.parse(exchange.getRequestURI().getRawQuery()));
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
            if (outcome.added() > 0) refreshHomeAhead(); // once the client has its answer: the two compete for the cores
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
    private static String source(HttpExchange exchange, Params query) {
        String source = Optional.ofNullable(query.first("name")).orElse(exchange.getRequestHeaders().getFirst("X-Veille-Source"));
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

    /** The suffix of an article's path that asks for its page's versions. */
    private static final String VERSIONS = "/versions";

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
