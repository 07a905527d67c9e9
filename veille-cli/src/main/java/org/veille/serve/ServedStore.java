// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The note a server leaves in the store it serves, so that the command line on the same machine finds it: which
 * process serves the store, on which address, and the token its writes need. Readable by its owner only (it holds
 * the token). A note whose process is gone is stale and ignored: a killed server leaves one behind.
 *
 * @param pid   the serving process
 * @param host  the address it listens on
 * @param port  its port
 * @param token the token {@code POST /api/ingest} needs
 */
public record ServedStore(long pid, String host, int port, String token) {

    /** The note's name in the store's folder. */
    public static final String FILE = "veille-serve.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Writes the note in {@code store}, replacing a stale one; readable and writable by its owner only. */
    public void write(Path store) throws IOException {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("pid", pid);
        o.put("host", host);
        o.put("port", port);
        o.put("token", token);
        Path tmp = store.resolve(FILE + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp); // no POSIX permissions here: the folder's own protect it
        } catch (FileAlreadyExistsException e) {
            throw new IOException("another server is starting on " + store, e);
        }
        Files.writeString(tmp, JSON.writeValueAsString(o), StandardCharsets.UTF_8);
        Files.move(tmp, store.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes the note this server wrote (not one another server wrote since). */
    public void remove(Path store) {
        try {
            if (find(store).filter(this::equals).isPresent()) Files.deleteIfExists(store.resolve(FILE));
        } catch (IOException e) {
            // the note is stale once this process ends: readers ignore it
        }
    }

    /** The note of the live server of {@code store}, if one serves it; stale or unreadable notes are ignored. */
    public static Optional<ServedStore> find(Path store) {
        Path file = store.resolve(FILE);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            JsonNode o = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            ServedStore note = new ServedStore(o.path("pid").asLong(), o.path("host").asText(), o.path("port").asInt(),
                    o.path("token").asText());
            boolean alive = ProcessHandle.of(note.pid()).map(ProcessHandle::isAlive).orElse(false);
            return alive && note.port() > 0 ? Optional.of(note) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The base address of the server's API. */
    public String baseUri() {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
