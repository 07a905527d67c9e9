// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.veille.read.XmlText;
import org.veille.store.ArticleStore;
import org.veille.store.StoreException;
import org.veille.store.StoredArticle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./veille watch} under load, as issue 16's soak run asks: simulated sources on loopback (RSS feeds whose items
 * are pages made from OrangeSum records) publish at random while faults are injected at random into their answers
 * (server errors, answers slower than the watcher's timeout, bodies cut short, bytes that are no feed or page); the
 * watcher is killed with SIGKILL and restarted {@code --kills} times. When the sources have been polled
 * {@code --polls} times they stop publishing and the watcher is given time to catch up; then the store is read: every
 * published page must be stored once (lost and duplicated are counted), the latency from an item's appearance in its
 * feed to its article's visibility in the store is read by a reader polling the store, and the watcher's peak
 * resident memory from {@code /proc}.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = "watch under load: simulated sources publishing, faults injected, the watcher killed and restarted; articles lost and duplicated, latency, peak memory.")
final class SoakCommand implements Callable<Integer> {

    /** Items a feed lists, newest first: enough that a watcher down for a restart misses none. */
    private static final int FEED_ITEMS = 30;
    /** The watcher's read timeout in the run; a slow answer takes longer, so that it times out. */
    private static final int TIMEOUT_SECONDS = 2;
    /** How often the publisher draws new items and the reader looks at the store. */
    private static final Duration TICK = Duration.ofMillis(500);
    /** Time the watcher gets, after publishing stops, to fetch and store what is left: a few polls and a restart. */
    private static final int DRAIN_POLLS = 6;
    private static final Duration DRAIN_EXTRA = Duration.ofMinutes(2);
    /** The slowest storing rate the drain waits for after a burst, in articles per second: a tenth of what 2 cores analyze. */
    private static final int DRAIN_BURST_PER_SECOND = 3;
    /**
     * Share of a feed's items a burst may fill at one source: an item pushed out of the feed before the watcher's next
     * poll could never be fetched, and the feed still holds the items published just before.
     */
    private static final double BURST_FEED_SHARE = 0.5;
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    @Option(names = "--data", required = true, paramLabel = "PATH", description = "the OrangeSum folder (holds " + OrangeSumEval.RECORDS + ")")
    Path data;

    @Option(names = "--sources", paramLabel = "N", defaultValue = "100", description = "simulated sources (default: ${DEFAULT-VALUE})")
    int sources;

    @Option(names = "--polls", paramLabel = "N", defaultValue = "10000", description = "feed polls, all sources together, before publishing stops (default: ${DEFAULT-VALUE})")
    int polls;

    @Option(names = "--every", paramLabel = "S", defaultValue = "10", description = "each source's poll interval in seconds, 10 at least (default: ${DEFAULT-VALUE})")
    int every;

    @Option(names = "--items-per-poll", paramLabel = "X", defaultValue = "0.2", description = "new items a source publishes per poll interval, on average (default: ${DEFAULT-VALUE})")
    double itemsPerPoll;

    @Option(names = "--faults", paramLabel = "P", defaultValue = "0.1", description = "share of answers with a fault injected (default: ${DEFAULT-VALUE})")
    double faultRate;

    @Option(names = "--kills", paramLabel = "N", defaultValue = "2", description = "times the watcher is killed with SIGKILL and restarted (default: ${DEFAULT-VALUE})")
    int kills;

    @Option(names = "--burst", paramLabel = "N", defaultValue = "0", description = "items published at once, spread over the sources,"
            + " when the polls are done: the watcher's throughput is how fast it stores them (default: ${DEFAULT-VALUE}, none)")
    int burst;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "20261206", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--veille", paramLabel = "FILE", description = "the launcher to run (default: ./veille of this project)")
    Path veille;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A page a source published: its address, when it appeared in the feed, and the record it is made of. */
    private record Item(String url, Instant appeared, JsonNode record) {}

    private enum Fault { SERVER_ERROR, SLOW, CUT_SHORT, GARBAGE }

    private final Map<Integer, List<Item>> published = new ConcurrentHashMap<>();
    private final Map<String, Item> byUrl = new ConcurrentHashMap<>();
    /** When the watcher was killed, for telling the slowest items' delays apart. */
    private final List<Instant> killed = new ArrayList<>();
    /** Items listed as the slowest: what a long tail of latency is made of. */
    private static final int SLOWEST_LISTED = 5;
    private final AtomicInteger feedPolls = new AtomicInteger();
    private final AtomicInteger pageFetches = new AtomicInteger();
    private final Map<Fault, AtomicInteger> faults = new ConcurrentHashMap<>();
    private final Map<String, Duration> latency = new ConcurrentHashMap<>();
    private Random random;
    private String base;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path records = data.resolve(OrangeSumEval.RECORDS);
        if (!Files.isRegularFile(records)) throw usage(records + " not found: give the OrangeSum folder with --data");
        if (every < 10) throw usage("--every must be 10 seconds at least (the watcher's least interval)");
        if (sources < 1 || polls < sources) throw usage("--sources must be at least 1 and --polls at least --sources");
        int burstPerSource = (int) (FEED_ITEMS * BURST_FEED_SHARE);
        if (burst < 0 || burst > sources * burstPerSource) {
            throw usage("--burst must be from 0 to " + burstPerSource + " items per source, " + sources * burstPerSource + " here");
        }
        Path launcher = veille != null ? veille : ScaleCommand.projectLauncher();
        random = new Random(seed);
        int expectedItems = (int) Math.ceil(polls * itemsPerPoll * 1.5) + sources + burst;
        List<JsonNode> pool = records(records, expectedItems);
        for (Fault f : Fault.values()) faults.put(f, new AtomicInteger());
        Path work = Files.createTempDirectory("veille-soak");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/", this::answer);
        server.start();
        base = "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
        Path store = work.resolve("store");
        Path config = writeConfig(work);
        err.printf("bench: %d sources polled every %d s, %d polls, faults in %.0f%% of answers, %d kills; store %s%n",
                sources, every, polls, faultRate * 100, kills, store);
        err.flush();
        Instant start = Instant.now();
        long peak = 0;
        int restarts = 0;
        Process watcher = startWatcher(launcher, store, config, work, restarts);
        Reader reader = new Reader(store);
        try {
            int nextRecord = 0;
            Set<Integer> killAt = new HashSet<>();
            for (int k = 1; k <= kills; k++) killAt.add(polls * k / (kills + 1));
            while (feedPolls.get() < polls) {
                Thread.sleep(TICK.toMillis());
                double chance = itemsPerPoll * TICK.toMillis() / (every * 1000.0);
                for (int s = 0; s < sources && nextRecord < pool.size(); s++) {
                    if (random.nextDouble() < chance) publish(s, pool.get(nextRecord++));
                }
                reader.look();
                peak = Math.max(peak, ScaleCommand.peakResident(watcher));
                int due = killAt.stream().filter(p -> p <= feedPolls.get()).findFirst().orElse(-1);
                if (due >= 0) {
                    killAt.remove(due);
                    watcher.destroyForcibly().waitFor();
                    killed.add(Instant.now());
                    restarts++;
                    err.printf("bench: watcher killed (SIGKILL) after %d polls, restarted%n", feedPolls.get());
                    err.flush();
                    watcher = startWatcher(launcher, store, config, work, restarts);
                }
                if (!watcher.isAlive()) throw new IllegalStateException("the watcher ended by itself with " + watcher.exitValue()
                        + ": see " + work.resolve("watch-" + restarts + ".log"));
            }
            Instant stopped = Instant.now();
            List<Item> bursted = new ArrayList<>();
            for (int i = 0; i < burst && nextRecord < pool.size(); i++) bursted.add(publish(i % sources, pool.get(nextRecord++)));
            Instant drainEnd = stopped.plus(Duration.ofSeconds((long) every * DRAIN_POLLS)).plus(DRAIN_EXTRA)
                    .plusSeconds(bursted.size() / DRAIN_BURST_PER_SECOND);
            while (Instant.now().isBefore(drainEnd) && latency.size() < byUrl.size()) {
                Thread.sleep(TICK.toMillis());
                reader.look();
                peak = Math.max(peak, ScaleCommand.peakResident(watcher));
            }
            peak = Math.max(peak, ScaleCommand.peakResident(watcher));
            ScaleCommand.stopServer(watcher);
            reader.close();
            Report report = report(store);
            Duration run = Duration.between(start, stopped);
            List<Duration> waits = new ArrayList<>(latency.values());
            Collections.sort(waits);
            int faultCount = faults.values().stream().mapToInt(AtomicInteger::get).sum();
            out.printf(Locale.ROOT, "run %d s: %d feed polls (%.1f/s), %d page fetches, %d faults injected %s, %d kills%n",
                    run.toSeconds(), feedPolls.get(), feedPolls.get() / Math.max(1.0, run.toMillis() / 1e3), pageFetches.get(),
                    faultCount, faults, restarts);
            out.printf(Locale.ROOT, "published %d, stored %d, lost %d, duplicated %d%n", byUrl.size(), report.stored(),
                    report.lost().size(), report.duplicated());
            for (String url : report.lost().stream().limit(10).toList()) out.println("  lost: " + url);
            out.printf(Locale.ROOT, "latency from the feed to the store: p50 %.1f s, p95 %.1f s, max %.1f s (poll interval %d s)%n",
                    seconds(waits, 0.50), seconds(waits, 0.95), seconds(waits, 1.0), every);
            out.println("slowest: " + slowest(start, killTimes(start)));
            Burst burstRun = burst(bursted);
            if (!bursted.isEmpty()) {
                out.printf(Locale.ROOT, "burst of %d items over %d sources: %d stored, the last %.1f s after their publication: %.1f articles/s"
                                + " end to end (poll wait, fetch, analysis, linking and commit included)%n",
                        bursted.size(), Math.min(sources, bursted.size()), burstRun.stored(), burstRun.seconds(), burstRun.perSecond());
            }
            out.printf(Locale.ROOT, "watcher peak resident memory %d MB%n", ScaleCommand.mb(peak));
            out.printf(Locale.ROOT, "RESULT soak polls=%d faults=%d kills=%d published=%d stored=%d lost=%d duplicated=%d"
                            + " latency_p50_s=%.1f latency_p95_s=%.1f latency_max_s=%.1f peak_mb=%d burst=%d burst_per_s=%.1f%n",
                    feedPolls.get(), faultCount, restarts, byUrl.size(), report.stored(), report.lost().size(), report.duplicated(),
                    seconds(waits, 0.50), seconds(waits, 0.95), seconds(waits, 1.0), ScaleCommand.mb(peak), bursted.size(), burstRun.perSecond());
            out.flush();
            return report.lost().isEmpty() && report.duplicated() == 0 ? 0 : 1;
        } finally {
            if (watcher.isAlive()) watcher.destroyForcibly();
            server.stop(0);
            ((ExecutorService) server.getExecutor()).shutdownNow();
            ScaleCommand.deleteTree(work);
        }
    }

    private static double seconds(List<Duration> sorted, double quantile) {
        if (sorted.isEmpty()) return Double.NaN;
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)).toMillis() / 1e3;
    }

    private Item publish(int source, JsonNode record) {
        List<Item> items = published.computeIfAbsent(source, s -> Collections.synchronizedList(new ArrayList<>()));
        String url = base + "/s/" + source + "/a/" + items.size();
        Item item = new Item(url, Instant.now(), record);
        items.add(item);
        byUrl.put(url, item);
        return item;
    }

    /** A burst's outcome: its items stored, and the time from their publication to the last one's visibility. */
    private record Burst(int stored, double seconds) {
        double perSecond() {
            return seconds > 0 ? stored / seconds : Double.NaN;
        }
    }

    private Burst burst(List<Item> items) {
        if (items.isEmpty()) return new Burst(0, 0);
        Instant first = items.getFirst().appeared();
        int stored = 0;
        Instant last = first;
        for (Item item : items) {
            Duration seen = latency.get(item.url());
            if (seen == null) continue;
            stored++;
            Instant at = item.appeared().plus(seen);
            if (at.isAfter(last)) last = at;
        }
        return new Burst(stored, Duration.between(first, last).toMillis() / 1e3);
    }

    private Process startWatcher(Path launcher, Path store, Path config, Path work, int run) throws IOException {
        return new ProcessBuilder(launcher.toString(), "watch", "--data", store.toString(), "--config", config.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("watch-" + run + ".log").toFile()).start();
    }

    private Path writeConfig(Path work) throws IOException {
        StringBuilder sources = new StringBuilder();
        for (int s = 0; s < this.sources; s++) {
            if (s > 0) sources.append(",\n");
            sources.append("{\"url\": \"").append(base).append("/s/").append(s).append("/feed.xml\", \"every\": \"").append(every).append("s\"}");
        }
        Path config = work.resolve("watch.json");
        Files.writeString(config, "{\"sources\": [" + sources + "],\n \"http\": {\"timeout_seconds\": " + TIMEOUT_SECONDS
                + ", \"connect_timeout_seconds\": 2, \"politeness_ms\": 0, \"retries\": 1, \"backoff_ms\": 100}}\n");
        return config;
    }

    /** The first {@code n} records with a title and a text, each to be one page. */
    private static List<JsonNode> records(Path file, int n) throws IOException {
        List<JsonNode> out = new ArrayList<>(n);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            for (String line; out.size() < n && (line = lines.readLine()) != null; ) {
                JsonNode record = Gold.line(line);
                if (!record.path("title").asText("").isBlank() && !record.path("text").asText("").isBlank()) out.add(record);
            }
        }
        return out;
    }

    private void answer(HttpExchange x) throws IOException {
        try (x) {
            String[] parts = x.getRequestURI().getPath().split("/"); // "", "s", source, "feed.xml" | "a", n
            if (parts.length < 4 || !parts[1].equals("s")) {
                send(x, 404, "text/plain", "not here");
                return;
            }
            List<Item> items = published.getOrDefault(Integer.parseInt(parts[2]), List.of());
            String type;
            String body;
            if (parts[3].equals("feed.xml")) {
                feedPolls.incrementAndGet();
                type = "application/rss+xml; charset=utf-8";
                body = feed(parts[2], items);
            } else if (parts[3].equals("a") && parts.length == 5) {
                Item item = byUrl.get(base + x.getRequestURI().getPath());
                if (item == null) {
                    send(x, 404, "text/plain", "no such article");
                    return;
                }
                pageFetches.incrementAndGet();
                type = "text/html; charset=utf-8";
                body = page(item);
            } else {
                send(x, 404, "text/plain", "not here");
                return;
            }
            if (randomDouble() < faultRate) {
                injectFault(x, type, body);
                return;
            }
            send(x, 200, type, body);
        } catch (RuntimeException e) {
            send(x, 500, "text/plain", "bench error: " + e);
        }
    }

    private synchronized double randomDouble() {
        return random.nextDouble();
    }

    private synchronized Fault randomFault() {
        return Fault.values()[random.nextInt(Fault.values().length)];
    }

    private void injectFault(HttpExchange x, String type, String body) throws IOException {
        Fault fault = randomFault();
        faults.get(fault).incrementAndGet();
        switch (fault) {
            case SERVER_ERROR -> send(x, 503, "text/plain", "overloaded");
            case SLOW -> {
                sleep(Duration.ofSeconds(TIMEOUT_SECONDS + 1));
                send(x, 200, type, body);
            }
            case CUT_SHORT -> {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                x.getResponseHeaders().set("Content-Type", type);
                x.sendResponseHeaders(200, bytes.length);
                try (OutputStream o = x.getResponseBody()) {
                    o.write(bytes, 0, bytes.length / 2);
                }
            }
            case GARBAGE -> {
                byte[] noise = new byte[2048];
                synchronized (this) {
                    random.nextBytes(noise);
                }
                x.getResponseHeaders().set("Content-Type", type);
                x.sendResponseHeaders(200, noise.length);
                try (OutputStream o = x.getResponseBody()) {
                    o.write(noise);
                }
            }
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String feed(String source, List<Item> items) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Source ")
                .append(source).append("</title><link>http://127.0.0.1/s/").append(source).append("/</link><description>soak</description>\n");
        List<Item> snapshot;
        synchronized (items) {
            snapshot = new ArrayList<>(items.subList(Math.max(0, items.size() - FEED_ITEMS), items.size()));
        }
        Collections.reverse(snapshot);
        for (Item item : snapshot) {
            b.append("<item><title>").append(XmlText.escape(item.record().path("title").asText())).append("</title><link>").append(item.url())
                    .append("</link><guid>").append(item.url()).append("</guid><pubDate>").append(RFC_1123.format(item.appeared()))
                    .append("</pubDate></item>\n");
        }
        return b.append("</channel></rss>\n").toString();
    }

    private static String page(Item item) {
        StringBuilder b = new StringBuilder("<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>")
                .append(XmlText.escape(item.record().path("title").asText())).append("</title><meta property=\"article:published_time\" content=\"")
                .append(DateTimeFormatter.ISO_INSTANT.format(item.appeared())).append("\"></head><body><article><h1>")
                .append(XmlText.escape(item.record().path("title").asText())).append("</h1>\n");
        for (String paragraph : item.record().path("text").asText().split("\n+")) {
            if (!paragraph.isBlank()) b.append("<p>").append(XmlText.escape(paragraph.strip())).append("</p>\n");
        }
        return b.append("</article></body></html>\n").toString();
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream o = x.getResponseBody()) {
            o.write(bytes);
        }
    }

    /** The slowest items: each one's latency and when it appeared, in seconds since the run's start. */
    private String slowest(Instant start, String kills) {
        return latency.entrySet().stream().sorted(Map.Entry.<String, Duration>comparingByValue().reversed()).limit(SLOWEST_LISTED)
                .map(e -> String.format(Locale.ROOT, "%.1f s (appeared at %.0f s)", e.getValue().toMillis() / 1e3,
                        Duration.between(start, byUrl.get(e.getKey()).appeared()).toMillis() / 1e3))
                .collect(Collectors.joining(", ")) + kills;
    }

    private String killTimes(Instant start) {
        if (killed.isEmpty()) return "";
        return "; watcher killed at " + killed.stream().map(k -> String.format(Locale.ROOT, "%.0f s", Duration.between(start, k).toMillis() / 1e3))
                .collect(Collectors.joining(", "));
    }

    /** Looks at the store as a reader would, and notes when each published page first shows there. */
    private final class Reader implements AutoCloseable {
        private final Path dir;
        private ArticleStore store;
        private final Set<String> seen = new HashSet<>();

        Reader(Path dir) {
            this.dir = dir;
        }

        void look() {
            try {
                if (store == null) store = ArticleStore.openReadOnly(dir);
                for (String id : store.ids()) {
                    if (!seen.add(id)) continue;
                    store.get(id).map(StoredArticle::analyzed).map(a -> a.article().source()).map(byUrl::get)
                            .ifPresent(item -> latency.putIfAbsent(item.url(), Duration.between(item.appeared(), Instant.now())));
                }
            } catch (StoreException | UncheckedIOException e) {
                // no store yet (the watcher has not committed), or a commit in progress: looked at again next tick
            }
        }

        @Override
        public void close() throws IOException {
            if (store != null) store.close();
        }
    }

    private record Report(int stored, List<String> lost, int duplicated) {}

    /** Every stored article's source against what was published: lost pages, and pages stored more than once. */
    private Report report(Path dir) throws IOException {
        Map<String, Integer> copies = new HashMap<>();
        int stored = 0;
        try (ArticleStore store = ArticleStore.openReadOnly(dir)) {
            for (String id : store.ids()) {
                stored++;
                store.get(id).map(a -> a.analyzed().article().source()).ifPresent(url -> copies.merge(url, 1, Integer::sum));
            }
        }
        List<String> lost = byUrl.keySet().stream().filter(url -> !copies.containsKey(url)).sorted().toList();
        int duplicated = (int) copies.values().stream().filter(n -> n > 1).count();
        return new Report(stored, lost, duplicated);
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
