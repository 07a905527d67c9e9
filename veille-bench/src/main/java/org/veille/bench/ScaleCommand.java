// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scale --data PATH}: Veille's ingest as the store grows. The OrangeSum records go into a fresh store in
 * batches, then one article and a hundred are added to the full store. Every step is the real command line
 * ({@code ./veille ingest}) in its own JVM, timed end to end as a user would see it; its peak resident memory is
 * read from {@code /proc} while it runs. The additions are made twice, with other records: cold (the ingest's JVM
 * starts and loads the models), then through a server ({@code ./veille serve} on the full store, which the
 * ingest finds and sends its file to). The last {@link #HELD_OUT} records are kept for the four additions.
 */
@Command(name = "scale", mixinStandardHelpOptions = true,
        description = "Ingest throughput as the store grows, peak memory, and the time to add 1 and 100 articles to the full store.")
final class ScaleCommand implements Callable<Integer> {

    /** Records kept out of the batches: one to add alone, then a hundred; twice, cold then through a server. */
    static final int HELD_OUT = 202;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The longest a server may take to load its models and open the full store. */
    private static final Duration SERVER_START = Duration.ofMinutes(5);
    /** Clock ticks per second of /proc/PID/stat's times (USER_HZ, 100 on Linux whatever the kernel's HZ). */
    private static final int TICKS_PER_SECOND = 100;
    /** How often a child's peak memory is read: its high-water mark only grows, so polling misses only the last instant. */
    private static final Duration POLL = Duration.ofMillis(200);

    @Option(names = "--data", required = true, paramLabel = "PATH", description = "the OrangeSum folder (holds " + OrangeSumEval.RECORDS + ")")
    Path data;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "only the first N records (default: all)")
    int limit;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "1000", description = "records per ingest (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--veille", paramLabel = "FILE", description = "the launcher to run (default: ./veille of this project)")
    Path veille;

    @Option(names = "--store", paramLabel = "DIR", description = "a store holding the batched records already (all but the last "
            + HELD_OUT + "): the additions are made to a copy of it, the batches skipped (no ingest rate then)")
    Path existing;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * One run of the command line: its wall time, peak resident memory and processor time (user and system, all
     * threads: on a shared machine it varies less than the wall time); 0 when /proc cannot tell.
     */
    record Step(Duration wall, long peakBytes, Duration cpu) {
        double perSecond(int articles) {
            return articles / (wall.toNanos() / 1e9);
        }
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path records = data.resolve(OrangeSumEval.RECORDS);
        if (!Files.isRegularFile(records)) throw usage(records + " not found: give the OrangeSum folder with --data");
        if (batch < 1) throw usage("--batch must be at least 1");
        Path launcher = veille != null ? veille : projectLauncher();
        if (!Files.isExecutable(launcher)) throw usage(launcher + " is not an executable launcher: give one with --veille");
        Path work = Files.createTempDirectory("veille-scale");
        try {
            List<Path> batches = new ArrayList<>();
            int total = split(records, work, batches);
            if (total <= HELD_OUT) throw usage("scale needs more than " + HELD_OUT + " records, found " + total);
            Path store = work.resolve("store");
            if (existing != null) {
                copyTree(existing, store);
                err.printf("bench: 1 and 100 added to a copy of %s, cold and through a server%n", existing);
            } else {
                err.printf("bench: %d records in %d batches of %d, then 1 and 100 added, cold and through a server; store %s%n",
                        total - HELD_OUT, batches.size() - 4, batch, store);
            }
            err.flush();
            // rates of the full batches: a last, partial batch pays the same JVM start and model load over fewer articles
            List<Double> rates = new ArrayList<>();
            long peak = 0;
            int ingested = 0;
            double seconds = 0;
            for (int b = 0; existing == null && b < batches.size() - 4; b++) {
                int size = Math.min(batch, total - HELD_OUT - ingested);
                Step step = ingest(launcher, store, batches.get(b), work);
                ingested += size;
                seconds += step.wall().toNanos() / 1e9;
                if (size == batch || rates.isEmpty()) rates.add(step.perSecond(size));
                peak = Math.max(peak, step.peakBytes());
                out.printf(Locale.ROOT, "batch %3d  %6d articles  %5d in %7.1f s  %6.1f articles/s  cpu %7.1f s  peak %5d MB%n",
                        b + 1, ingested, size, step.wall().toMillis() / 1e3, step.perSecond(size), step.cpu().toMillis() / 1e3,
                        mb(step.peakBytes()));
                out.flush();
            }
            int n = batches.size();
            if (existing != null) ingested = total - HELD_OUT;
            Step add1 = ingest(launcher, store, batches.get(n - 4), work);
            Step add100 = ingest(launcher, store, batches.get(n - 3), work);
            peak = Math.max(peak, Math.max(add1.peakBytes(), add100.peakBytes()));
            out.printf(Locale.ROOT, "add 1 to %d articles: %d ms, cpu %.1f s, peak %d MB%n", ingested, add1.wall().toMillis(),
                    add1.cpu().toMillis() / 1e3, mb(add1.peakBytes()));
            out.printf(Locale.ROOT, "add 100 to %d articles: %d ms, cpu %.1f s, peak %d MB%n", ingested + 1, add100.wall().toMillis(),
                    add100.cpu().toMillis() / 1e3, mb(add100.peakBytes()));
            out.flush();
            Served served = throughServer(launcher, store, batches.get(n - 2), batches.get(n - 1), work);
            out.printf(Locale.ROOT, "server listened on %d articles after %d ms, its models loaded after %d ms, peak %d MB%n", ingested + 101,
                    served.start().toMillis(), served.ready().toMillis(), mb(served.peakBytes()));
            out.printf(Locale.ROOT, "add 1 through the server: %d ms (the ingest's JVM included)%n", served.add1().wall().toMillis());
            out.printf(Locale.ROOT, "add 100 through the server: %d ms%n", served.add100().wall().toMillis());
            out.printf(Locale.ROOT, "RESULT scale ingest_per_s=%.1f peak_mb=%d add1_ms=%d add100_ms=%d first_per_s=%.1f last_per_s=%.1f"
                            + " served_add1_ms=%d served_add100_ms=%d served_peak_mb=%d%n",
                    existing != null ? Double.NaN : ingested / seconds, mb(peak), add1.wall().toMillis(), add100.wall().toMillis(),
                    existing != null ? Double.NaN : rates.getFirst(), existing != null ? Double.NaN : rates.getLast(),
                    served.add1().wall().toMillis(), served.add100().wall().toMillis(), mb(served.peakBytes()));
            return BenchMain.Exit.OK.code;
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Writes the records in batch files (the first {@code --limit}, or all), the held-out ones last: one alone,
     * then the rest. Returns the number of records.
     */
    private int split(Path records, Path work, List<Path> batches) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = JsonLinesFile.open(records)) {
            for (String line; (line = in.readLine()) != null && (limit <= 0 || lines.size() < limit); ) {
                if (!line.isBlank()) lines.add(line);
            }
        }
        int batched = lines.size() - HELD_OUT;
        for (int from = 0; from < batched; from += batch) {
            batches.add(write(work, "batch-" + (batches.size() + 1), lines.subList(from, Math.min(from + batch, batched))));
        }
        if (batched > 0) {
            int half = HELD_OUT / 2;
            batches.add(write(work, "add-1", lines.subList(batched, batched + 1)));
            batches.add(write(work, "add-100", lines.subList(batched + 1, batched + half)));
            batches.add(write(work, "served-1", lines.subList(batched + half, batched + half + 1)));
            batches.add(write(work, "served-100", lines.subList(batched + half + 1, lines.size())));
        }
        return lines.size();
    }

    private static Path write(Path work, String name, List<String> lines) throws IOException {
        return Files.write(work.resolve(name + ".jsonl"), lines, StandardCharsets.UTF_8);
    }

    /**
     * The additions through a server: the time from starting {@code veille serve} on the store until it listens and
     * until its models are loaded (its health says {@code ingest: ready}; a server is started once and then ingests
     * for days, so the additions are timed on a ready one), its peak memory, and the two ingests (their own JVMs,
     * which find the server and send it their file).
     */
    record Served(Duration start, Duration ready, long peakBytes, Step add1, Step add100) {}

    private static Served throughServer(Path launcher, Path store, Path one, Path hundred, Path work)
            throws IOException, InterruptedException {
        long begin = System.nanoTime();
        Process server = startServer(launcher, store, work.resolve("serve.log"));
        try {
            Duration start = Duration.ofNanos(System.nanoTime() - begin);
            awaitReady(server, baseUri(store));
            Duration ready = Duration.ofNanos(System.nanoTime() - begin);
            Step add1 = ingest(launcher, store, one, work);
            Step add100 = ingest(launcher, store, hundred, work);
            return new Served(start, ready, peakResident(server), add1, add100);
        } finally {
            stopServer(server);
        }
    }

    /**
     * Starts {@code veille serve} on the store, on any free port, its output in {@code log}, and returns once it
     * listens (its note, {@code veille-serve.json}, is in the store).
     */
    static Process startServer(Path launcher, Path store, Path log, String... options) throws IOException, InterruptedException {
        long begin = System.nanoTime();
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "serve", "--data", store.toString(), "--port", "0"));
        command.addAll(List.of(options));
        Process server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path note = store.resolve("veille-serve.json");
        while (!Files.exists(note)) {
            if (!server.isAlive() || System.nanoTime() - begin > SERVER_START.toNanos()) {
                stopServer(server);
                throw new IllegalStateException("veille serve did not start: "
                        + String.join(" | ", Files.readAllLines(log, StandardCharsets.UTF_8)));
            }
            Thread.sleep(POLL.toMillis());
        }
        return server;
    }

    /** The address of the server that serves {@code store}, from its note. */
    static String baseUri(Path store) throws IOException {
        JsonNode note = JSON.readTree(Files.readString(store.resolve("veille-serve.json")));
        return "http://" + note.path("host").asText() + ":" + note.path("port").asInt();
    }

    /** Waits until the server's health says an ingest would start at once, at most {@link #SERVER_START}. */
    private static void awaitReady(Process server, String base) throws IOException, InterruptedException {
        long begin = System.nanoTime();
        while (true) {
            HttpURLConnection health = (HttpURLConnection) URI.create(base + "/api/health").toURL().openConnection();
            try (InputStream body = health.getInputStream()) {
                if ("ready".equals(JSON.readTree(body).path("ingest").asText())) return;
            } finally {
                health.disconnect();
            }
            if (!server.isAlive() || System.nanoTime() - begin > SERVER_START.toNanos()) {
                throw new IllegalStateException("veille serve did not load its models within " + SERVER_START);
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** SIGTERM, so the server commits and closes the store; killed if it has not ended within a minute. */
    static void stopServer(Process server) throws InterruptedException {
        server.destroy();
        if (!server.waitFor(1, TimeUnit.MINUTES)) server.destroyForcibly();
    }

    /** Runs {@code veille ingest --data store file}, timed, its peak memory polled; fails unless it succeeds. */
    static Step ingest(Path launcher, Path store, Path file, Path work) throws IOException, InterruptedException {
        Path log = work.resolve("ingest.log");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(launcher.toString(), "ingest", "--data", store.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long peak = 0;
        long ticks = 0;
        while (!p.waitFor(POLL.toMillis(), TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, peakResident(p));
            ticks = Math.max(ticks, cpuTicks(p.pid()));
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        if (p.exitValue() != 0) {
            throw new IllegalStateException("veille ingest " + file.getFileName() + " exited with " + p.exitValue() + ": "
                    + String.join(" | ", Files.readAllLines(log, StandardCharsets.UTF_8)));
        }
        return new Step(wall, peak, Duration.ofMillis(ticks * 1000 / TICKS_PER_SECOND));
    }

    /** The process's resident high-water mark (VmHWM in /proc), its child's when it is a launcher still; 0 if unknown. */
    static long peakResident(Process p) {
        return ofTree(p, "VmHWM:");
    }

    /** The process's resident memory now (VmRSS in /proc), its child's when it is a launcher still; 0 if unknown. */
    static long resident(Process p) {
        return ofTree(p, "VmRSS:");
    }

    private static long ofTree(Process p, String field) {
        long bytes = status(p.pid(), field);
        for (ProcessHandle child : p.children().toList()) bytes = Math.max(bytes, status(child.pid(), field));
        return bytes;
    }

    /** The resident high-water mark of a process, in bytes (VmHWM in /proc); 0 if unknown. */
    static long vmHwm(long pid) {
        return status(pid, "VmHWM:");
    }

    /** A memory figure of /proc/PID/status ({@code VmHWM:}, {@code VmRSS:}), in bytes; 0 if unknown. */
    private static long status(long pid, String field) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            return lines.filter(l -> l.startsWith(field)).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D+", "")) * 1024).orElse(0L);
        } catch (IOException | UncheckedIOException e) {
            return 0; // the process ended between two polls, or no /proc here
        }
    }

    /** User and system time of the process so far, in clock ticks (fields 14 and 15 of /proc/PID/stat); 0 if unknown. */
    private static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" "); // the name may hold spaces
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended between two polls, or no /proc here
        }
    }

    /** {@code ./veille} at the root of the project this bench was built in (its jar sits in veille-bench/target). */
    static Path projectLauncher() {
        try {
            Path built = Path.of(ScaleCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return built.getParent().getParent().getParent().resolve("veille");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static long mb(long bytes) {
        return bytes >> 20;
    }

    /** Copies a store's files (a flat folder), leaving out a server's note. */
    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (!f.getFileName().toString().startsWith("veille-serve")) Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
