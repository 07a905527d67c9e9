// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** What the server's {@code POST /api/ingest} runs: read → extract → analyze → link → store on one capture file. */
public interface Ingestor {

    /**
     * What one ingest did.
     *
     * @param articles the articles the file gave
     * @param added    those new to the store
     * @param failed   the inputs that gave no article (each told in {@code messages})
     * @param ids      the ids of the file's articles, new or already stored, in order
     * @param messages one line per input that failed or was guessed at, as the command line prints them
     * @param stored   the articles in the store after it
     */
    record Outcome(int articles, int added, int failed, List<String> ids, List<String> messages, int stored) {}

    /**
     * Ingests {@code file}, read as if it were named {@code source} (its type comes from that name, its articles
     * carry it). Called by one request at a time.
     */
    Outcome ingest(Path file, String source) throws IOException;

    /** Whether an ingest would start at once: false while the models it analyzes with are still loading. */
    boolean ready();
}
