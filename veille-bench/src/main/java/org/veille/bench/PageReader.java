// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.veille.read.Capture;
import org.veille.read.CaptureReader;
import org.veille.read.ReadListener;

/**
 * Decodes evaluation pages the way Veille does ({@link CaptureReader}: gunzip, charset detection), so that
 * every tool gets the same text and timings cover extraction only. {@code CaptureReader} goes by file
 * extension, so a page whose name does not end in {@code .html}/{@code .htm} (some upstream pages are named
 * after their host, like {@code site.net}) is read through a temporary link with that extension. A page that
 * still cannot be read becomes an empty page, on which every tool finds nothing; it is reported on {@code err}.
 */
final class PageReader {

    private final CaptureReader reader = new CaptureReader();

    /** A page to read: its gold key, file and address. */
    record Wanted(String name, Path file, String url) {
    }

    /** Reads {@code wanted} in order; prints failures and a count of charset guesses to {@code err}. */
    List<Page> read(List<Wanted> wanted, PrintWriter err) {
        Map<Path, String> decoded = new HashMap<>();
        List<String> failures = new ArrayList<>();
        int guesses = 0;
        Path links = null;
        try {
            List<Path> files = new ArrayList<>();
            Map<Path, Path> linked = new HashMap<>();
            for (Wanted w : wanted) {
                if (readable(w.file())) {
                    files.add(w.file());
                } else {
                    if (links == null) links = Files.createTempDirectory("veille-bench");
                    Path link = links.resolve(linked.size() + (w.file().toString().endsWith(".gz") ? ".html.gz" : ".html"));
                    Files.createSymbolicLink(link, w.file().toAbsolutePath());
                    linked.put(link, w.file());
                    files.add(link);
                }
            }
            Listener listener = new Listener();
            reader.read(files, listener);
            listener.contents.forEach((source, text) -> {
                Path file = Path.of(source);
                decoded.put(linked.getOrDefault(file, file), text);
            });
            failures.addAll(listener.failures);
            guesses = listener.guesses;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot link pages for reading", e);
        } finally {
            delete(links);
        }
        failures.forEach(f -> err.println("bench: unreadable page " + f));
        if (guesses > 0) err.println("bench: " + guesses + " pages decoded with a guessed charset");
        err.flush();
        return wanted.stream()
                .map(w -> new Page(w.name(), w.file().toString(), w.url(), decoded.getOrDefault(w.file(), "")))
                .toList();
    }

    /** Whether CaptureReader reads this file as HTML by its name. */
    private static boolean readable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String bare = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        return bare.endsWith(".html") || bare.endsWith(".htm");
    }

    private static void delete(Path links) {
        if (links == null) return;
        try (var entries = Files.list(links)) {
            for (Path link : entries.toList()) Files.deleteIfExists(link);
            Files.deleteIfExists(links);
        } catch (IOException e) {
            // a leftover temporary folder of links is harmless
        }
    }

    /** Collects what the reader reports, on the reading thread. */
    private static final class Listener implements ReadListener {
        final Map<String, String> contents = new HashMap<>();
        final List<String> failures = new ArrayList<>();
        int guesses;

        @Override
        public void captured(Capture capture) {
            contents.put(capture.source(), capture.content());
        }

        @Override
        public void failed(String source, String reason) {
            failures.add(source + ": " + reason);
        }

        @Override
        public void warned(String source, String message) {
            guesses++;
        }
    }
}
