// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Headless Chromium kept open over many pages and driven through the DevTools protocol on a pipe
 * ({@code --remote-debugging-pipe}: commands on file descriptor 3, answers on 4, each JSON message ended by a NUL),
 * so a page costs a navigation, not a browser start. For each page: navigate to its file, wait for its load event
 * (or the timeout, then stop loading), and read {@code document.body.innerText}, the text select-all-and-copy
 * gives. Page scripts are off ({@code scriptEnabled=false}: the evaluation is the protocol's, not the page's) and
 * every host name resolves to nothing behind a proxy that does not exist, so nothing is fetched. A browser that
 * stops answering is killed and started again for the next page.
 */
final class ChromiumSession implements PageRenderer {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The page's text, with the address it was read from so a failed navigation cannot pass off the previous page. */
    private static final String INNER_TEXT = "[document.URL, document.body ? document.body.innerText : '']";
    private static final List<String> FLAGS = List.of("--headless", "--disable-gpu", "--no-sandbox", "--no-first-run",
            "--no-default-browser-check", "--disable-extensions", "--disable-background-networking", "--disable-sync",
            "--mute-audio", "--disable-dev-shm-usage", "--blink-settings=scriptEnabled=false", "--proxy-server=127.0.0.1:9",
            "--host-resolver-rules=MAP * ~NOTFOUND", "--remote-debugging-pipe");

    private final Path executable;
    private final Duration timeout;
    private Process process;
    private Path profile;
    private OutputStream commands;
    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private String session;
    private int nextId;

    ChromiumSession(Path executable, Duration timeout) {
        this.executable = executable;
        this.timeout = timeout;
    }

    @Override
    public String render(Path file) throws IOException {
        if (process == null || !process.isAlive()) start();
        String url = file.toUri().toString();
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            messages.removeIf(m -> m.has("method")); // events of an earlier page
            JsonNode navigated = call("Page.navigate", params().put("url", url), deadline);
            if (navigated.path("result").hasNonNull("errorText")) {
                throw new IOException("chromium cannot open " + file + ": " + navigated.path("result").path("errorText").asText());
            }
            if (!awaitEvent("Page.loadEventFired", deadline)) call("Page.stopLoading", params(), System.nanoTime() + timeout.toNanos());
            JsonNode value = call("Runtime.evaluate", params().put("expression", INNER_TEXT).put("returnByValue", true),
                    System.nanoTime() + timeout.toNanos()).path("result").path("result").path("value");
            if (!value.isArray() || !url.equals(value.path(0).asText())) {
                throw new IOException("chromium showed " + value.path(0).asText("nothing") + " instead of " + url);
            }
            return value.path(1).asText();
        } catch (IOException e) {
            close(); // the next page starts a fresh browser
            throw e;
        }
    }

    private void start() throws IOException {
        close();
        profile = Files.createTempDirectory("veille-chromium-");
        List<String> command = new ArrayList<>(List.of("bash", "-c",
                "exec \"$0\" \"$@\" 3<&0 4>&1 </dev/null >/dev/null 2>/dev/null", executable.toString()));
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + profile);
        command.add("about:blank");
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.toLowerCase(Locale.ROOT).endsWith("_proxy"));
        process = builder.start();
        commands = process.getOutputStream();
        messages.clear();
        Thread reader = new Thread(() -> readMessages(process.getInputStream()), "chromium-devtools");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + timeout.toNanos();
        String target = call("Target.createTarget", params().put("url", "about:blank"), deadline, null)
                .path("result").path("targetId").asText();
        session = call("Target.attachToTarget", params().put("targetId", target).put("flatten", true), deadline, null)
                .path("result").path("sessionId").asText();
        call("Page.enable", params(), deadline);
    }

    /** Splits the browser's answers at their NULs until the pipe closes. */
    private void readMessages(InputStream in) {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        try (in) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                int from = 0;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] != 0) continue;
                    message.write(buffer, from, i - from);
                    messages.add(JSON.readTree(message.toByteArray()));
                    message.reset();
                    from = i + 1;
                }
                message.write(buffer, from, n - from);
            }
        } catch (IOException e) {
            // the browser closed its pipe: the next call times out and restarts it
        }
    }

    private static ObjectNode params() {
        return JSON.createObjectNode();
    }

    private JsonNode call(String method, ObjectNode params, long deadline) throws IOException {
        return call(method, params, deadline, session);
    }

    /** Sends one command and waits for its answer, keeping the events that arrive meanwhile. */
    private JsonNode call(String method, ObjectNode params, long deadline, String sessionId) throws IOException {
        int id = ++nextId;
        ObjectNode command = JSON.createObjectNode().put("id", id).put("method", method);
        command.set("params", params);
        if (sessionId != null) command.put("sessionId", sessionId);
        commands.write(JSON.writeValueAsBytes(command));
        commands.write(0);
        commands.flush();
        List<JsonNode> events = new ArrayList<>();
        try {
            while (true) {
                JsonNode m = poll(deadline);
                if (m == null) throw new IOException("chromium did not answer " + method + " within " + timeout.toSeconds() + " s");
                if (m.path("id").asInt(-1) == id) {
                    if (m.has("error")) throw new IOException("chromium refused " + method + ": " + m.get("error"));
                    return m;
                }
                if (m.has("method")) events.add(m);
            }
        } finally {
            messages.addAll(events);
        }
    }

    /** Whether the event came before the deadline. */
    private boolean awaitEvent(String method, long deadline) throws IOException {
        for (JsonNode m = poll(deadline); m != null; m = poll(deadline)) {
            if (method.equals(m.path("method").asText())) return true;
        }
        return false;
    }

    private JsonNode poll(long deadline) throws IOException {
        try {
            return messages.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    @Override
    public void close() {
        if (process != null) {
            try {
                call("Browser.close", params(), System.nanoTime() + Duration.ofSeconds(2).toNanos(), null);
            } catch (IOException | RuntimeException e) {
                // it is killed below
            }
            try {
                commands.close();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
            } catch (IOException e) {
                process.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
            process = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder left behind
            }
            profile = null;
        }
    }
}
