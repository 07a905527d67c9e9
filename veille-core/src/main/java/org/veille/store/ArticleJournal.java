// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * A second copy of every article put in a store, one JSON line each, appended beside the index
 * ({@value #FILE}). Lucene keeps the articles' JSON in one stored-fields file per segment, and a store whose
 * segments have merged into one loses every article when that file is cut short or deleted; the journal lets
 * {@link StoreCheck#repair} keep them. Written under the store's write lock, synced before each commit.
 */
final class ArticleJournal implements Closeable {
    static final String FILE = "articles.jsonl";
    private static final byte NEWLINE = '\n';

    private final FileChannel channel;

    private ArticleJournal(FileChannel channel) {
        this.channel = channel;
    }

    /** Opens the journal of the store in {@code dir} for appending, creating it if missing. */
    static ArticleJournal open(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        boolean cutLine = false;
        if (Files.isRegularFile(file) && Files.size(file) > 0) {
            try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
                ByteBuffer last = ByteBuffer.allocate(1);
                in.read(last, in.size() - 1);
                cutLine = last.get(0) != NEWLINE;
            }
        }
        ArticleJournal journal = new ArticleJournal(
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND));
        if (cutLine) {
            journal.append(""); // a line cut by a crash stays alone on its line
        }
        return journal;
    }

    /** Appends one article's JSON (one line, no line break in it). */
    void append(String json) throws IOException {
        byte[] line = (json + "\n").getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.wrap(line);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** Makes every line appended so far durable. */
    void sync() throws IOException {
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** Each line of the journal in {@code dir}, if there is one; bytes that are not UTF-8 are replaced, not fatal. */
    static void read(Path dir, Consumer<String> line) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return;
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            for (String l = in.readLine(); l != null; l = in.readLine()) {
                line.accept(l);
            }
        }
    }
}
