// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code search --data PATH}: search latency through the running server. The OrangeSum records (the first
 * {@code --limit}) go into a fresh store with the real command line ({@code ./veille ingest}, one JVM, timed end to
 * end: its start and model load are in the rate), then {@code ./veille serve} runs on it and one client on loopback
 * sends a fixed mix of searches {@code --rounds} times, after one round to warm up. Every search asks for all the
 * facets and highlighted snippets (the API always gives them; the label facet too when {@code --labels} gives the
 * server a Décodex list), 20 hits a page:
 * <ul>
 *   <li>words: {@code gouvernement}; {@code santé publique}; {@code police}; a prefix, {@code économi*}</li>
 *   <li>phrases: {@code "premier ministre"}; {@code "Emmanuel Macron"}</li>
 *   <li>boolean: {@code manifestation +police -football}; {@code hôpital | médecin}; {@code (grève | manifestation) retraites}</li>
 *   <li>filtered: {@code gouvernement} in French; {@code police} with the store's most named identity; {@code santé}
 *       in the last 30 days of the store; {@code france} from its largest web domain</li>
 *   <li>newest first: {@code macron}; every article of the largest web domain (no words)</li>
 *   <li>the second page of {@code france}</li>
 * </ul>
 * The identity, domain and days come from the store (its facets and newest day), read once before timing. Then each
 * page kind is timed the same way (home, search, article, story, identity, outlet). Any answer other than 200 fails
 * the run.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search latency through ./veille serve on an OrangeSum store: p50 and p95, ingest rate, index size.")
final class SearchCommand implements Callable<Integer> {

    /** Days of the date-filtered search, up to the store's newest day. */
    static final int RECENT_DAYS = 30;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--data", required = true, paramLabel = "PATH", description = "the OrangeSum folder (holds " + OrangeSumEval.RECORDS + ")")
    Path data;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "only the first N records (default: all)")
    int limit;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "20", description = "times the mix is sent (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--veille", paramLabel = "FILE", description = "the launcher to run (default: ./veille of this project)")
    Path veille;

    @Option(names = "--store", paramLabel = "DIR", description = "an existing store to serve instead of ingesting the records (no ingest rate then)")
    Path existing;

    @Option(names = "--soak", paramLabel = "N", defaultValue = "10000", description = "requests of the soak, valid and malformed (default: ${DEFAULT-VALUE}; 0: none)")
    int soak;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "16", description = "concurrent clients of the soak (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--labels", paramLabel = "FILE", description = "a Décodex list the server loads (serve --labels), so searches count the label facet too")
    Path labels;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path records = data.resolve(OrangeSumEval.RECORDS);
        if (!Files.isRegularFile(records)) throw usage(records + " not found: give the OrangeSum folder with --data");
        if (rounds < 1) throw usage("--rounds must be at least 1");
        Path launcher = veille != null ? veille : ScaleCommand.projectLauncher();
        if (!Files.isExecutable(launcher)) throw usage(launcher + " is not an executable launcher: give one with --veille");
        Path work = Files.createTempDirectory("veille-search");
        try {
            Path store;
            ScaleCommand.Step ingest = null;
            int n;
            if (existing != null) {
                store = existing;
                n = -1;
            } else {
                Path input = work.resolve("records.jsonl");
                n = copyRecords(records, input);
                store = work.resolve("store");
                err.printf("bench: ingesting %d records into %s%n", n, store);
                err.flush();
                ingest = ScaleCommand.ingest(launcher, store, input, work);
                out.printf(Locale.ROOT, "ingest: %d articles in %.1f s, %.1f articles/s (one ./veille ingest, its JVM start and model load included), peak %d MB%n",
                        n, ingest.wall().toMillis() / 1e3, ingest.perSecond(n), ScaleCommand.mb(ingest.peakBytes()));
            }
            long indexBytes = indexBytes(store);
            out.printf(Locale.ROOT, "index: %.1f MB on disk (Lucene's files; the journal articles.jsonl is %.1f MB more)%n",
                    indexBytes / 1e6, Files.size(store.resolve("articles.jsonl")) / 1e6);
            out.flush();
            Process server = labels == null ? ScaleCommand.startServer(launcher, store, work.resolve("serve.log"))
                    : ScaleCommand.startServer(launcher, store, work.resolve("serve.log"), "--labels", labels.toAbsolutePath().toString());
            try {
                String base = ScaleCommand.baseUri(store);
                int articles = get(base + "/api/health").path("articles").asInt();
                Map<String, List<String>> mix = mix(base);
                timeAll(mix, 1); // warm-up: the JIT and the facet ordinals, not measured
                Map<String, List<Double>> times = timeAll(mix, rounds);
                List<Double> all = times.values().stream().flatMap(List::stream).toList();
                times.forEach((kind, t) -> out.printf(Locale.ROOT, "%-10s p50 %6.1f ms  p95 %6.1f ms  (%d requests)%n",
                        kind, percentile(t, 50), percentile(t, 95), t.size()));
                Map<String, List<String>> pageMix = pages(base);
                Map<String, List<Double>> pages = timeAll(pageMix, rounds);
                pages.forEach((kind, t) -> out.printf(Locale.ROOT, "page %-8s p50 %6.1f ms  p95 %6.1f ms%n", kind, percentile(t, 50), percentile(t, 95)));
                double pagesP95 = pages.values().stream().mapToDouble(t -> percentile(t, 95)).max().orElse(0);
                out.flush();
                String soaked = soak > 0 ? " " + new Soak(http, base, soak, clients, mix, pageMix).run(server, out) : "";
                out.printf(Locale.ROOT, "server peak resident %d MB%n", ScaleCommand.mb(ScaleCommand.peakResident(server)));
                out.printf(Locale.ROOT, "RESULT search p50_ms=%.1f p95_ms=%.1f ingest_per_s=%s index_mb=%.1f articles=%d pages_p95_ms=%.1f%s%n",
                        percentile(all, 50), percentile(all, 95), ingest == null ? "n/a" : String.format(Locale.ROOT, "%.1f", ingest.perSecond(n)),
                        indexBytes / 1e6, articles, pagesP95, soaked);
            } finally {
                ScaleCommand.stopServer(server);
            }
            return BenchMain.Exit.OK.code;
        } finally {
            ScaleCommand.deleteTree(work);
        }
    }

    /** Copies the first {@code --limit} records (or all) to {@code out}; returns how many. */
    private int copyRecords(Path records, Path out) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(records)), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null && (limit <= 0 || lines.size() < limit); ) {
                if (!line.isBlank()) lines.add(line);
            }
        }
        Files.write(out, lines, StandardCharsets.UTF_8);
        return lines.size();
    }

    /** The store's Lucene files: everything in it but the journal and the server's note. */
    private static long indexBytes(Path store) throws IOException {
        try (Stream<Path> files = Files.list(store)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals("articles.jsonl") && !f.getFileName().toString().startsWith("veille-serve"))
                    .mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** The searches of the mix by kind, their identity, domain and days read from the store. */
    private Map<String, List<String>> mix(String base) throws IOException, InterruptedException {
        JsonNode probe = get(base + "/api/search?q=france&limit=1");
        String entity = topValue(probe, "entity");
        String domain = topValue(probe, "domain"); // OrangeSum's records name no outlet, their URLs a domain
        JsonNode days = get(base + "/api/attention").path("days");
        LocalDate last = days.isEmpty() ? LocalDate.now() : LocalDate.parse(days.get(days.size() - 1).path("day").asText());
        Map<String, List<String>> mix = new LinkedHashMap<>();
        mix.put("words", Stream.of("gouvernement", "santé publique", "police", "économi*").map(q -> search(base, q)).toList());
        mix.put("phrases", Stream.of("\"premier ministre\"", "\"Emmanuel Macron\"").map(q -> search(base, q)).toList());
        mix.put("boolean", Stream.of("manifestation +police -football", "hôpital | médecin", "(grève | manifestation) retraites")
                .map(q -> search(base, q)).toList());
        mix.put("filtered", List.of(search(base, "gouvernement") + "&language=fr",
                search(base, "police") + param("entity", entity),
                search(base, "santé") + "&from=" + last.minusDays(RECENT_DAYS - 1) + "&to=" + last,
                search(base, "france") + param("domain", domain)));
        mix.put("by date", List.of(search(base, "macron") + "&sort=date", base + "/api/search?sort=date" + param("domain", domain)));
        mix.put("page 2", List.of(search(base, "france") + "&offset=20"));
        return mix;
    }

    /** One of each page, its article, story, identity and outlet the first of a search's. */
    private Map<String, List<String>> pages(String base) throws IOException, InterruptedException {
        JsonNode probe = get(base + "/api/search?q=gouvernement&limit=1");
        JsonNode hit = probe.path("hits").path(0);
        JsonNode stories = get(base + "/api/stories?limit=1").path("stories").path(0);
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("home", List.of(base + "/"));
        pages.put("search", List.of(base + "/search?q=gouvernement"));
        pages.put("article", List.of(base + "/articles/" + hit.path("id").asText()));
        pages.put("story", List.of(base + "/stories/" + encode(stories.path("story").asText())));
        String entity = topValue(probe, "entity"), outlet = topValue(probe, "outlet");
        if (!entity.isEmpty()) pages.put("entity", List.of(base + "/entities/" + encode(entity).replace("+", "%20")));
        if (!outlet.isEmpty()) pages.put("outlet", List.of(base + "/outlets/" + encode(outlet).replace("+", "%20"))); // OrangeSum's records name none
        return pages;
    }

    private static String topValue(JsonNode search, String facet) {
        JsonNode values = search.path("facets").path(facet);
        return values.isEmpty() ? "" : values.get(0).path("value").asText();
    }

    private static String search(String base, String q) {
        return base + "/api/search?q=" + encode(q);
    }

    private static String param(String name, String value) {
        return value.isEmpty() ? "" : "&" + name + "=" + encode(value);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Each kind's requests sent {@code times} times in turn; their latencies in milliseconds. */
    private Map<String, List<Double>> timeAll(Map<String, List<String>> requests, int times) throws IOException, InterruptedException {
        Map<String, List<Double>> out = new LinkedHashMap<>();
        for (int round = 0; round < times; round++) {
            for (Map.Entry<String, List<String>> kind : requests.entrySet()) {
                for (String uri : kind.getValue()) {
                    long start = System.nanoTime();
                    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(uri)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                    double ms = (System.nanoTime() - start) / 1e6;
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(uri + " answered " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
                    }
                    out.computeIfAbsent(kind.getKey(), k -> new ArrayList<>()).add(ms);
                }
            }
        }
        return out;
    }

    private JsonNode get(String uri) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(uri)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException(uri + " answered " + r.statusCode() + ": " + r.body());
        return JSON.readTree(r.body());
    }

    /** The {@code p}-th percentile (nearest rank) of some latencies. */
    static double percentile(List<Double> values, int p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) return 0;
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
