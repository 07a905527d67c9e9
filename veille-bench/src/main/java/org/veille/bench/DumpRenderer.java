// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A text browser's dump of a page ({@code w3m -dump}, {@code lynx -dump}): one process per page, killed past the
 * timeout. The environment names no proxy, and the browsers fetch nothing to dump a local file.
 */
final class DumpRenderer implements PageRenderer {

    private final List<String> command;
    private final Duration timeout;

    DumpRenderer(Path executable, List<String> options, Duration timeout) {
        this.command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(options);
        this.timeout = timeout;
    }

    @Override
    public String render(Path file) throws IOException {
        List<String> args = new ArrayList<>(command);
        args.add(file.toString());
        ProcessBuilder builder = new ProcessBuilder(args).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.toLowerCase(Locale.ROOT).endsWith("_proxy"));
        env.put("LANG", "C.UTF-8");
        env.put("TERM", "dumb");
        Process process = builder.start();
        try (InputStream out = process.getInputStream()) {
            CompletableFuture<byte[]> text = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.getFirst() + " took over " + timeout.toSeconds() + " s on " + file);
            }
            if (process.exitValue() != 0) throw new IOException(command.getFirst() + " exited with " + process.exitValue() + " on " + file);
            return new String(text.get(timeout.toMillis(), TimeUnit.MILLISECONDS), StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IOException("cannot read " + command.getFirst() + "'s output on " + file, e);
        }
    }

    @Override
    public void close() {
    }
}
