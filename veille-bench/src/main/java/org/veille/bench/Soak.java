// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The soak of {@code bench search}: {@code requests} requests from {@code clients} concurrent clients on loopback,
 * the searches and pages of the latency mix with malformed requests among them (one in five: a bad order, a bad
 * number, a bad day, an unknown path, a wrong method, an over-long query string, a write without the token), each with the
 * status it must get. It counts the answers that are not what they must be, and reads the server's resident memory
 * before, after, and at its peak.
 */
final class Soak {

    /** One request in this many is malformed. */
    static final int MALFORMED_EVERY = 5;
    /** Longer than the server's query-string limit (16 KiB). */
    private static final int OVER_LONG = 20_000;

    private record Probe(String method, String uri, int status) {}

    private final HttpClient http;
    private final int requests, clients;
    private final List<Probe> valid = new ArrayList<>(), malformed = new ArrayList<>();

    Soak(HttpClient http, String base, int requests, int clients, Map<String, List<String>> searches, Map<String, List<String>> pages) {
        this.http = http;
        this.requests = requests;
        this.clients = clients;
        Stream.concat(searches.values().stream(), pages.values().stream()).flatMap(List::stream).forEach(u -> valid.add(new Probe("GET", u, 200)));
        malformed.add(new Probe("GET", base + "/api/search?q=x&sort=size", 400));
        malformed.add(new Probe("GET", base + "/api/search?q=x&limit=abc", 400));
        malformed.add(new Probe("GET", base + "/api/search?q=x&from=yesterday", 400));
        malformed.add(new Probe("GET", base + "/api/no-such-thing", 404));
        malformed.add(new Probe("GET", base + "/articles/no-such-article", 404));
        malformed.add(new Probe("POST", base + "/api/search?q=x", 405));
        malformed.add(new Probe("GET", base + "/api/search?q=" + "x".repeat(OVER_LONG), 414));
        malformed.add(new Probe("POST", base + "/api/ingest?name=a.txt", 401));
    }

    /** Runs the soak and prints what it found; returns its part of the RESULT line. */
    String run(Process server, PrintWriter out) throws InterruptedException {
        long before = ScaleCommand.resident(server);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger wrongOnValid = new AtomicInteger(), wrongOnMalformed = new AtomicInteger();
        ConcurrentLinkedQueue<String> examples = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < requests; ) {
                        boolean bad = i % MALFORMED_EVERY == MALFORMED_EVERY - 1;
                        Probe p = bad ? malformed.get((i / MALFORMED_EVERY) % malformed.size()) : valid.get(i % valid.size());
                        int status = send(p);
                        if (status != p.status()) {
                            (bad ? wrongOnMalformed : wrongOnValid).incrementAndGet();
                            if (examples.size() < 5) examples.add(p.method() + " " + abbreviated(p.uri()) + " -> " + status + " (wanted " + p.status() + ")");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("a soak client failed: " + e.getCause(), e.getCause());
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long after = ScaleCommand.resident(server);
        out.printf(Locale.ROOT, "soak: %d requests (1 in %d malformed) from %d clients in %.1f s, %.0f/s; wrong answers: %d to valid requests, %d to malformed; server resident %d MB before, %d MB after, peak %d MB%n",
                requests, MALFORMED_EVERY, clients, seconds, requests / seconds, wrongOnValid.get(), wrongOnMalformed.get(),
                ScaleCommand.mb(before), ScaleCommand.mb(after), ScaleCommand.mb(ScaleCommand.peakResident(server)));
        examples.forEach(e -> out.println("  " + e));
        out.flush();
        return String.format(Locale.ROOT, "soak_errors=%d soak_rss_mb=%d", wrongOnValid.get() + wrongOnMalformed.get(), ScaleCommand.mb(after));
    }

    private int send(Probe p) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(p.uri()));
        r = p.method().equals("POST") ? r.POST(HttpRequest.BodyPublishers.ofString("x")) : r.GET();
        try {
            return http.send(r.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1; // the connection failed: counted as a wrong answer
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviated(String uri) {
        return uri.length() > 120 ? uri.substring(0, 120) + "…" : uri;
    }
}
