// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veille.read.Capture;
import org.veille.read.CaptureReader;
import org.veille.read.ReadListener;

/**
 * Decodes evaluation pages the way Veille does ({@link CaptureReader}: gunzip, charset detection), so that
 * every tool gets the same text and timings cover extraction only. A page that cannot be read becomes an
 * empty page, on which every tool finds nothing; it is reported on {@code err}.
 */
final class PageReader {

    private final CaptureReader reader = new CaptureReader();

    /** A page to read: its gold key, file and address. */
    record Wanted(String name, Path file, String url) {
    }

    /** Reads {@code wanted} in order; prints a summary of failures and charset guesses to {@code err}. */
    List<Page> read(List<Wanted> wanted, PrintWriter err) {
        Map<String, String> decoded = new HashMap<>();
        List<String> failures = new ArrayList<>();
        int[] guesses = {0};
        reader.read(wanted.stream().map(Wanted::file).toList(), new ReadListener() {
            @Override
            public void captured(Capture capture) {
                decoded.put(capture.source(), capture.content());
            }

            @Override
            public void failed(String source, String reason) {
                failures.add(source + ": " + reason);
            }

            @Override
            public void warned(String source, String message) {
                guesses[0]++;
            }
        });
        failures.forEach(f -> err.println("bench: unreadable page " + f));
        if (guesses[0] > 0) {
            err.println("bench: " + guesses[0] + " pages decoded with a guessed charset");
        }
        err.flush();
        return wanted.stream()
                .map(w -> new Page(w.name(), w.file().toString(), w.url(), decoded.getOrDefault(w.file().toString(), "")))
                .toList();
    }
}
