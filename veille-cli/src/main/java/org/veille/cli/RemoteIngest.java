// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.veille.read.Capture;
import org.veille.read.CaptureReader;
import org.veille.read.ReadListener;
import org.veille.serve.ApiServer;
import org.veille.serve.ServedStore;

/**
 * {@code ingest} into a store that a server serves: the server holds the store's lock and has its models loaded, so
 * each file is sent to its {@code POST /api/ingest}, one at a time in the order {@code ingest} would read them, and
 * what it answers is told as {@code ingest} tells it.
 */
final class RemoteIngest {

    /** How long to wait for the server to accept a connection: it runs on this machine. */
    private static final Duration CONNECT = Duration.ofSeconds(5);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServedStore server;
    private final Terminal terminal;
    private final PrintWriter err;

    RemoteIngest(ServedStore server, Terminal terminal, PrintWriter err) {
        this.server = server;
        this.terminal = terminal;
        this.err = err;
    }

    /**
     * Whether the server answers on its address: a note whose process id now belongs to another program (the server
     * was killed, the id reused) names no server, and the store is then ingested directly.
     */
    boolean answers() {
        try {
            HttpURLConnection health = open("/api/health");
            health.setReadTimeout((int) CONNECT.toMillis());
            int status = health.getResponseCode();
            try (InputStream body = status == 200 ? health.getInputStream() : health.getErrorStream()) {
                if (body != null) body.readAllBytes();
            }
            return status == 200;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * A connection to the server's {@code path}. The JDK's plain {@link HttpURLConnection}: a command line that sends
     * one file should not pay for {@code java.net.http}'s start (its TLS context and selector thread), a large
     * share of adding one article through a server.
     */
    private HttpURLConnection open(String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(server.baseUri() + path).toURL().openConnection();
        connection.setConnectTimeout((int) CONNECT.toMillis());
        connection.setUseCaches(false);
        return connection;
    }

    /** What was sent: the pipeline's counts, the articles new to the store, and its size after. */
    record Sent(Pipeline.Result result, int added, int stored) {}

    /**
     * Sends every file of {@code inputs}; a file the server refuses is one failure, and the batch goes on. Throws
     * when the server cannot be reached or refuses the token.
     */
    Sent send(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        int[] failed = {0};
        CaptureReader.files(inputs, new ReadListener() {
            @Override
            public void captured(Capture capture) {
                throw new IllegalStateException("files() reads no capture");
            }

            @Override
            public void failed(String source, String reason) {
                failed[0]++;
                terminal.failed(source, reason);
            }
        }, files::add);
        int articles = 0;
        int added = 0;
        int stored = -1;
        for (Path file : files) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                failed[0]++;
                terminal.failed(file.toString(), Files.exists(file) ? "cannot read: permission denied" : "no such file");
                continue;
            }
            if (Files.size(file) > ApiServer.MAX_INGEST_BYTES) {
                failed[0]++;
                terminal.failed(file.toString(), "larger than the " + (ApiServer.MAX_INGEST_BYTES >> 20)
                        + " MB a server takes; stop the server (process " + server.pid() + ") to ingest it directly");
                continue;
            }
            JsonNode answer = post(file);
            if (answer.has("error")) {
                failed[0]++;
                terminal.failed(file.toString(), "the server refused it: " + answer.path("error").asText());
                continue;
            }
            for (JsonNode message : answer.path("messages")) err.println("veille: " + Terminal.escape(message.asText()));
            articles += answer.path("articles").asInt();
            added += answer.path("added").asInt();
            failed[0] += answer.path("failed").asInt();
            stored = answer.path("stored").asInt(stored);
        }
        return new Sent(new Pipeline.Result(articles, failed[0]), added, stored);
    }

    private JsonNode post(Path file) throws IOException {
        HttpURLConnection request = open("/api/ingest?name=" + URLEncoder.encode(file.toString(), StandardCharsets.UTF_8));
        request.setRequestMethod("POST");
        request.setDoOutput(true);
        request.setFixedLengthStreamingMode(Files.size(file));
        request.setRequestProperty("Authorization", "Bearer " + server.token());
        request.setRequestProperty("Content-Type", "application/octet-stream");
        int status;
        try {
            try (OutputStream out = request.getOutputStream()) {
                Files.copy(file, out);
            }
            status = request.getResponseCode();
        } catch (IOException e) {
            throw new IOException("the store is served by process " + server.pid() + " at " + server.baseUri()
                    + ", which does not answer (" + e.getClass().getSimpleName() + "); stop it, or try again", e);
        }
        JsonNode body;
        try (InputStream in = status < 400 ? request.getInputStream() : request.getErrorStream()) {
            body = in == null ? null : JSON.readTree(in);
        } catch (IOException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            throw new IOException("the server at " + server.baseUri() + " answered " + status + " with no JSON");
        }
        if (status != 401 && status != 403) return body; // a refusal of this file ({"error": …}) ends only this file
        throw new IOException("the server at " + server.baseUri() + " refused " + file + ": " + body.path("error").asText("status " + status));
    }
}
