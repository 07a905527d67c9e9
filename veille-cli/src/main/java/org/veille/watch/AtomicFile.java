// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/** Files written whole: a kill at any moment leaves the old file or the new one, never a part. */
final class AtomicFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AtomicFile() {}

    /**
     * The JSON a state file holds, or empty when there is no such file yet.
     *
     * @param kind what the file should be, for the message when it is not JSON ("a watch state")
     * @throws IOException when the file cannot be read or is not JSON
     */
    static Optional<JsonNode> readJson(Path file, String kind) throws IOException {
        try {
            return Optional.ofNullable(JSON.readTree(Files.readString(file)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (JsonProcessingException e) {
            throw new IOException(file + ": not " + kind + " (" + e.getOriginalMessage() + ")");
        }
    }

    /** Writes {@code bytes} to a temporary file beside {@code file}, syncs it, renames it over {@code file}, syncs the folder. */
    static void write(Path file, byte[] bytes) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(ByteBuffer.wrap(bytes));
            out.force(true);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel folder = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            folder.force(true); // the rename itself survives a power cut
        } catch (IOException e) {
            // some file systems cannot sync a folder; the rename is still atomic
        }
    }
}
