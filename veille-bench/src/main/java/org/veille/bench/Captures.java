// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A set's pages as text captures made by a real {@link Browser}: each page (decoded by Veille, written back as
 * UTF-8 behind a byte-order mark, which every browser obeys over the page's own charset declaration) is rendered
 * once and kept under {@code <cache>/<browser>/<sha256 of the page>}, so a rerun reads files. A page the browser
 * fails on becomes an empty capture (said on stderr, not cached).
 */
final class Captures {

    /** The cache of captures: {@code ~/.cache/veille-captures}. */
    static final Path DEFAULT_CACHE = Path.of(System.getProperty("user.home"), ".cache", "veille-captures");
    /** A page's rendering past this is a hung browser: the slowest pages of the sets take about a second. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Browsers at once: Chromium alone runs several processes; two keep a shared 2-core machine usable. */
    static final int THREADS = 2;

    private final Browser browser;
    private final Path cache;

    Captures(Browser browser, Path cache) {
        this.browser = browser;
        this.cache = cache.resolve(browser.key());
    }

    /** The pages with their markup replaced by the browser's text of them, in the same order. */
    List<Page> of(List<Page> pages, PrintWriter err) {
        try {
            Files.createDirectories(cache);
            Path work = Files.createTempDirectory("veille-captures-");
            try {
                return render(pages, work, err);
            } finally {
                try (var files = Files.list(work)) {
                    files.forEach(f -> f.toFile().delete());
                }
                Files.deleteIfExists(work);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep captures under " + cache, e);
        }
    }

    private List<Page> render(List<Page> pages, Path work, PrintWriter err) throws IOException {
        String[] texts = new String[pages.size()];
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Path cached = cache.resolve(digest(pages.get(i).html()));
            if (Files.isRegularFile(cached)) texts[i] = Files.readString(cached, StandardCharsets.UTF_8);
            else missing.add(i);
        }
        if (!missing.isEmpty()) {
            err.printf("bench: %s renders %d pages (%d cached under %s)%n", browser.key(), missing.size(),
                    pages.size() - missing.size(), cache);
            err.flush();
            long start = System.nanoTime();
            AtomicInteger next = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            int threads = Math.min(THREADS, missing.size());
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    workers.add(pool.submit(() -> {
                        try (PageRenderer renderer = browser.open(TIMEOUT)) {
                            for (int k = next.getAndIncrement(); k < missing.size(); k = next.getAndIncrement()) {
                                int i = missing.get(k);
                                texts[i] = renderOne(renderer, pages.get(i), work, err, failed);
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> w : workers) w.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IOException(browser.key() + " failed: " + e.getCause().getMessage(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
            err.printf("bench: %s rendered %d pages in %.1f s, %d failed%n", browser.key(), missing.size(),
                    (System.nanoTime() - start) / 1e9, failed.get());
            err.flush();
        }
        List<Page> captures = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            captures.add(new Page(p.name(), p.source(), p.url(), texts[i]));
        }
        return captures;
    }

    private String renderOne(PageRenderer renderer, Page page, Path work, PrintWriter err, AtomicInteger failed) throws IOException {
        String key = digest(page.html());
        Path file = work.resolve(key + ".html");
        Files.writeString(file, "\uFEFF" + page.html(), StandardCharsets.UTF_8);
        try {
            String text = renderer.render(file);
            Path temporary = cache.resolve(key + ".part-" + Thread.currentThread().threadId());
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, cache.resolve(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return text;
        } catch (IOException e) {
            failed.incrementAndGet();
            synchronized (err) {
                err.println("bench: " + browser.key() + " gave no text of " + page.name() + ": " + e.getMessage());
            }
            return "";
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The SHA-256 of the page's markup as UTF-8, in hexadecimal: its name in the cache. */
    static String digest(String html) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JDK", e);
        }
    }
}
