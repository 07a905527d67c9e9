// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.watch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.veille.read.CaptureReader;

/**
 * HTTP as a polite watcher does it, on the JDK's client: conditional GET ({@code If-None-Match},
 * {@code If-Modified-Since}; a 304 is {@link NotModified}), robots.txt asked once a day per host and honoured, one
 * request per host every {@link HttpPolicy#politeness()} at most, connect and read timeouts (the read timeout bounds
 * headers and body together), retries with exponential backoff on 5xx answers, timeouts, bodies cut short and bodies
 * that are not text, redirects followed up to a limit (a loop is told as one), bodies read up to a size limit (reading
 * stops past it), and a User-Agent naming Veille. Every outcome is a value: nothing throws for what a server does. Thread-safe.
 */
public final class Fetcher implements AutoCloseable {

    /** What one fetch gave. */
    public sealed interface Fetched permits Body, NotModified, Failed {}

    /**
     * A 2xx answer's body.
     *
     * @param url          where it was found, after redirects
     * @param charset      the Content-Type's charset, or null
     * @param etag         the ETag validator, or null
     * @param lastModified the Last-Modified validator, or null
     */
    public record Body(String url, byte[] bytes, String charset, String etag, String lastModified, Instant at) implements Fetched {}

    /** A 304: nothing changed since the validators given. */
    public record NotModified() implements Fetched {}

    /** No body: {@code reason} in plain words, and what asking again may do. */
    public record Failed(String reason, Kind kind) implements Fetched {
        /** Whether asking again will not help (4xx, robots.txt, a redirect loop, a body too large). */
        public boolean lasting() {
            return kind == Kind.LASTING || kind == Kind.TOO_LARGE;
        }
    }

    /** What asking again may do after a failure. */
    public enum Kind {
        /** Nothing: 4xx, robots.txt, a redirect loop, a malformed address. */
        LASTING,
        /** Nothing: the body is over the size limit. */
        TOO_LARGE,
        /** Maybe later (5xx, network): the next poll asks again. */
        LATER,
        /**
         * Maybe at once: the server answered, then the transfer failed (a timeout, a body cut short, bytes that are not
         * the text the answer says it holds), as a dropped connection or a restarting server does; asked again after a
         * backoff, since waiting for the next poll delays the article by a whole poll interval.
         */
        BROKEN_OFF
    }

    /** robots.txt is read again after this long. */
    static final Duration ROBOTS_KEPT = Duration.ofHours(24);
    /** A robots.txt larger than this is not read and allows all (RFC 9309 would read its first 500 KiB). */
    static final int MAX_ROBOTS_BYTES = 512 << 10;
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    private record Answer(int status, HttpHeaders headers, byte[] body, String url) {}

    private record KeptRobots(Robots robots, long nanos) {}

    private final HttpPolicy policy;
    private final HttpClient client;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("veille-fetch-timeout").factory());
    private final Map<String, KeptRobots> robots = new HashMap<>();
    /** Per host, the earliest time (System.nanoTime) of its next request. */
    private final Map<String, Long> nextRequest = new HashMap<>();

    public Fetcher(HttpPolicy policy) {
        this.policy = policy;
        this.client = HttpClient.newBuilder().connectTimeout(policy.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Fetches {@code url}, conditionally when a validator is given (each may be null). */
    public Fetched fetch(String url, String etag, String lastModified) {
        Set<String> seen = new HashSet<>();
        String current = url;
        for (int hop = 0; ; hop++) {
            URI uri;
            try {
                uri = httpUri(current);
            } catch (URISyntaxException e) {
                return new Failed("not an http or https address: " + current, Kind.LASTING);
            }
            if (!seen.add(uri.toString())) return new Failed("redirect loop (back to " + uri + ")", Kind.LASTING);
            Object rules = robotsFor(uri);
            if (rules instanceof Failed unreachable) return unreachable;
            if (!((Robots) rules).allows(pathAndQuery(uri))) return new Failed("disallowed by robots.txt", Kind.LASTING);
            Object outcome = ask(uri, etag, lastModified, policy.maxBytes());
            if (outcome instanceof Failed f) return f;
            Answer answer = (Answer) outcome;
            int status = answer.status();
            if (isRedirect(status)) {
                String location = answer.headers().firstValue("Location").orElse(null);
                if (location == null) return new Failed("HTTP " + status + " without a Location", Kind.LASTING);
                if (hop >= policy.maxRedirects()) return new Failed("more than " + policy.maxRedirects() + " redirects", Kind.LASTING);
                try {
                    current = uri.resolve(new URI(location.strip())).toString();
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return new Failed("redirected to a malformed address", Kind.LASTING);
                }
                continue;
            }
            if (status == 304) return new NotModified();
            if (isSuccess(status)) {
                HttpHeaders h = answer.headers();
                String charset = h.firstValue("Content-Type").map(CHARSET::matcher).filter(Matcher::find)
                        .map(m -> m.group(1)).orElse(null);
                return new Body(answer.url(), answer.body(), charset, h.firstValue("ETag").orElse(null),
                        h.firstValue("Last-Modified").orElse(null), Instant.now());
            }
            return new Failed("HTTP " + status + (status >= 500 ? " after " + (policy.retries() + 1) + " tries" : ""),
                    status < 500 ? Kind.LASTING : Kind.LATER);
        }
    }

    /**
     * An answer, or the failure once the retries are spent: 5xx answers, timeouts and bodies cut short are tried again
     * after a backoff.
     */
    private Object ask(URI uri, String etag, String lastModified, long maxBytes) {
        Object outcome = null;
        for (int attempt = 0; attempt <= policy.retries(); attempt++) {
            if (attempt > 0) {
                try {
                    Thread.sleep(policy.backoff().multipliedBy(1L << (attempt - 1)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new Failed("interrupted", Kind.LATER);
                }
            }
            outcome = once(uri, etag, lastModified, maxBytes);
            if (!mayPass(outcome)) return outcome;
        }
        if (outcome instanceof Failed f) {
            return new Failed(f.reason() + " (" + (policy.retries() + 1) + " tries)", Kind.LATER);
        }
        return outcome;
    }

    /**
     * Whether asking again soon may succeed: a 5xx answer, a transfer {@link Kind#BROKEN_OFF}, or a success whose body
     * is not text (garbled on the way; once the retries are spent it is handed over as it is, and what reads it says
     * why it is refused, as for a link to a binary file).
     */
    private static boolean mayPass(Object outcome) {
        if (outcome instanceof Answer a) return a.status() >= 500 || isSuccess(a.status()) && !CaptureReader.holdsText(a.body());
        return outcome instanceof Failed f && f.kind() == Kind.BROKEN_OFF;
    }

    private static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }

    /** One request, after the host's politeness delay: its answer, or why there is none. */
    private Object once(URI uri, String etag, String lastModified, long maxBytes) {
        try {
            waitTurn(uri);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed("interrupted", Kind.LATER);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(policy.readTimeout())
                .header("User-Agent", HttpPolicy.USER_AGENT);
        if (etag != null) request.header("If-None-Match", etag);
        if (lastModified != null) request.header("If-Modified-Since", lastModified);
        long seconds = policy.readTimeout().toMillis();
        AtomicBoolean late = new AtomicBoolean();
        InputStream[] stream = new InputStream[1];
        ScheduledFuture<?> timer = watchdog.schedule(() -> {
            late.set(true);
            synchronized (stream) {
                if (stream[0] != null) close(stream[0]);
            }
        }, seconds, TimeUnit.MILLISECONDS);
        long read = 0;
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                synchronized (stream) {
                    stream[0] = in;
                    if (late.get()) close(in);
                }
                java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
                byte[] buffer = new byte[16 << 10];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    read += n;
                    if (read > maxBytes) {
                        return new Failed("body over the " + megabytes(maxBytes) + " limit: reading stopped", Kind.TOO_LARGE);
                    }
                    body.write(buffer, 0, n);
                }
                return new Answer(response.statusCode(), response.headers(), body.toByteArray(), response.uri().toString());
            }
        } catch (HttpTimeoutException e) {
            return new Failed("timed out after " + seconds(policy.readTimeout()) + " waiting for an answer", Kind.BROKEN_OFF);
        } catch (IOException e) {
            if (late.get()) return new Failed("timed out after " + seconds(policy.readTimeout()) + " reading the body", Kind.BROKEN_OFF);
            if (read > 0) return new Failed("body cut short after " + read + " bytes (" + plain(e) + ")", Kind.BROKEN_OFF);
            return new Failed("cannot connect or read: " + plain(e), Kind.LATER);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed("interrupted", Kind.LATER);
        } catch (IllegalArgumentException e) {
            return new Failed("bad request: " + e.getMessage(), Kind.LASTING);
        } finally {
            timer.cancel(false);
        }
    }

    /**
     * The host's rules, asked for at most once every {@link #ROBOTS_KEPT}; or, when robots.txt cannot be read (5xx,
     * network), the failure: nothing is fetched from the host, and robots.txt is asked for again on the next fetch.
     */
    private Object robotsFor(URI uri) {
        String origin = origin(uri);
        synchronized (robots) {
            KeptRobots kept = robots.get(origin);
            if (kept != null && System.nanoTime() - kept.nanos() < ROBOTS_KEPT.toNanos()) return kept.robots();
        }
        Object read = readRobots(URI.create(origin + "/robots.txt"));
        if (read instanceof Failed f) return new Failed("robots.txt unreadable, so nothing is fetched from this host: " + f.reason(), Kind.LATER);
        synchronized (robots) {
            robots.put(origin, new KeptRobots((Robots) read, System.nanoTime()));
        }
        return read;
    }

    /** RFC 9309: redirects followed, 4xx allows all; 5xx and network failures are a {@link Failed}: all disallowed until asked again. */
    private Object readRobots(URI uri) {
        Set<String> seen = new HashSet<>();
        for (int hop = 0; hop <= policy.maxRedirects() && seen.add(uri.toString()); hop++) {
            Object outcome = ask(uri, null, null, MAX_ROBOTS_BYTES);
            if (outcome instanceof Failed f && f.kind() == Kind.TOO_LARGE) return Robots.ALLOW_ALL;
            if (!(outcome instanceof Answer answer)) return outcome;
            if (isRedirect(answer.status()) && answer.headers().firstValue("Location").isPresent()) {
                try {
                    uri = httpUri(uri.resolve(new URI(answer.headers().firstValue("Location").get().strip())).toString());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return Robots.ALLOW_ALL;
                }
                continue;
            }
            if (answer.status() >= 500) return new Failed("HTTP " + answer.status(), Kind.LATER);
            if (answer.status() >= 300) return Robots.ALLOW_ALL;
            return Robots.parse(new String(answer.body(), StandardCharsets.UTF_8));
        }
        return Robots.ALLOW_ALL;
    }

    private void waitTurn(URI uri) throws InterruptedException {
        long now = System.nanoTime();
        long turn;
        synchronized (nextRequest) {
            turn = Math.max(now, nextRequest.getOrDefault(origin(uri), now));
            nextRequest.put(origin(uri), turn + policy.politeness().toNanos());
        }
        if (turn > now) TimeUnit.NANOSECONDS.sleep(turn - now);
    }

    private static URI httpUri(String address) throws URISyntaxException {
        URI uri = new URI(address);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new URISyntaxException(address, "not http");
        }
        return uri;
    }

    private static String origin(URI uri) {
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
    }

    private static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // closed to stop a late read: nothing to tell
        }
    }

    private static String plain(IOException e) {
        if (e instanceof java.net.ConnectException) return "connection refused or unreachable";
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    static String megabytes(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MiB" : (bytes >> 10) + " KiB";
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        client.close();
    }
}
