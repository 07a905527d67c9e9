// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import org.veille.analyze.AnalyzedArticle;
import org.veille.link.StoryLinker;
import org.veille.serve.ApiServer;
import org.veille.serve.Ingestor;
import org.veille.serve.OutletLabels;
import org.veille.serve.ServedStore;
import org.veille.store.ArticleStore;
import org.veille.store.SearchHit;
import org.veille.store.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the store over HTTP until stopped (Ctrl-C): a JSON API under /api/, described at /api/openapi.json. "
                + "Writes (POST /api/ingest) need the token, read from VEILLE_TOKEN or made at start and kept in the store's "
                + ServedStore.FILE + " (readable by its owner only). While it runs, ingest on this machine sends its files "
                + "through it: the models are already loaded, so adding an article takes a moment.")
final class ServeCommand implements Callable<Integer> {

    /** Random bytes in a token made at start: 256 bits, beyond guessing. */
    private static final int TOKEN_BYTES = 32;

    @Mixin
    StoreOption store;

    @Option(names = "--port", description = "The port (default: ${DEFAULT-VALUE}; 0: any free port).", defaultValue = "7411")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).",
            defaultValue = "127.0.0.1")
    String bind;

    @Option(names = "--labels", paramLabel = "FILE", description = "Outlet labels by web domain, in Décodex's CSV form "
            + "(decodex_sites_DATE.csv); repeatable, a later list's label replacing an earlier one's.")
    List<Path> labels = new ArrayList<>();

    @Mixin
    ThreadsOption threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65_535) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be from 0 to 65535");
        OutletLabels outletLabels;
        try {
            outletLabels = OutletLabels.read(labels);
        } catch (IOException e) {
            throw new IOException("cannot read the labels: " + e.getMessage(), e);
        }
        ArticleStore articles = ArticleStore.open(store.dir); // the lock first: a busy store fails before the models load
        Pipeline pipeline = threads.pipeline();
        String token = token();
        ApiServer server;
        try {
            CompletableFuture<Void> warm = CompletableFuture.runAsync(() -> warmUp(articles, pipeline),
                    command -> Thread.ofPlatform().name("veille-warm-up").daemon().start(command));
            server = ApiServer.start(articles, ingestor(articles, pipeline, warm::isDone), outletLabels, new InetSocketAddress(bind, port),
                    token, line -> err.println("veille: " + Terminal.escape(line)));
        } catch (IOException e) {
            articles.close();
            throw new IOException("cannot listen on " + bind + ":" + port + ": " + e.getMessage(), e);
        }
        ServedStore note = new ServedStore(ProcessHandle.current().pid(), server.host(), server.port(), token);
        note.write(store.dir);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            note.remove(store.dir);
            try {
                articles.commit();
                articles.close();
            } catch (IOException e) {
                err.println("veille: closing the store: " + Terminal.escape(String.valueOf(e.getMessage())));
            }
            stopped.countDown();
        }, "veille-stop"));
        err.println("veille: serving " + Terminal.escape(store.dir.toString()) + " (" + Terminal.count(articles.size(), "article") + ") on "
                + note.baseUri() + "/ and /api/ (described at /api/openapi.json)"
                + (outletLabels.isEmpty() ? "" : ", " + outletLabels.size() + " labelled domains") + "; writes need the token in "
                + Terminal.escape(store.dir.resolve(ServedStore.FILE).toString()));
        stopped.await(); // until the process is stopped: the hook closes the store
        return Main.Exit.OK.code;
    }

    /** VEILLE_TOKEN when set, else a new random one. */
    private static String token() {
        String given = System.getenv("VEILLE_TOKEN");
        if (given != null && !given.isBlank()) return given.trim();
        byte[] bytes = new byte[TOKEN_BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Articles the server analyzes once before it says it is ready to ingest: its analysis code then runs compiled
     * for the first request (adding one article through a server that had just loaded its models took 3.4 s, one
     * through a server that had added others about 1.2 s). The newest stored ones: like those it will get.
     */
    static final int WARM_UP_ARTICLES = 20;

    /**
     * Analyzes the store's newest articles and links them among themselves, and reads the neighbourhood the newest
     * one's would be linked in, dropping every result: the three paths an ingest takes. Nothing is written; nothing
     * is done when the store is empty or unreadable.
     */
    private static void warmUp(ArticleStore articles, Pipeline pipeline) {
        try {
            SearchRequest newest = SearchRequest.newest(WARM_UP_ARTICLES);
            List<AnalyzedArticle> sample = new ArrayList<>();
            for (SearchHit hit : articles.search(newest).hits()) {
                articles.get(hit.id()).ifPresent(a -> sample.add(a.analyzed()));
            }
            pipeline.warmUp(sample.stream().map(AnalyzedArticle::article).toList());
            new StoryLinker().link(sample);
            LocalDate last = sample.isEmpty() ? null : sample.getFirst().article().publishedDay();
            if (last != null) {
                articles.forEachPublishedBetween(last.minusDays(StoryLinker.NEIGHBOURHOOD_DAYS), last, id -> true, neighbour -> {});
            }
        } catch (RuntimeException e) {
            // a warm-up is no service: the first request runs cold instead, and meets any real failure itself
        }
    }

    /** Ingests a received capture as {@code ingest} would, its messages collected for the client. */
    static Ingestor ingestor(ArticleStore articles, Pipeline pipeline) {
        return ingestor(articles, pipeline, () -> true);
    }

    /** The same, ready once {@code warmedUp} says so and the pipeline's models are loaded. */
    static Ingestor ingestor(ArticleStore articles, Pipeline pipeline, BooleanSupplier warmedUp) {
        return new Ingestor() {
            @Override
            public Outcome ingest(Path file, String source) throws IOException {
                Collected report = new Collected();
                StoreIngest.Outcome outcome = StoreIngest.ingest(articles, sink -> pipeline.runAs(file, source, report, sink));
                return new Outcome(outcome.result().articles(), outcome.added(), outcome.result().failed(),
                        outcome.ingested(), report.lines(), articles.size());
            }

            @Override
            public boolean ready() {
                return pipeline.modelsLoaded() && warmedUp.getAsBoolean();
            }
        };
    }

    /** A pipeline report that keeps its lines, as the command line would print them but for the "veille: " prefix. */
    private static final class Collected implements Pipeline.Report {
        /** Lines kept for one answer: a file of a million bad records tells the first ones and how many more. */
        static final int MAX_LINES = 1_000;

        private final List<String> lines = new ArrayList<>();
        private int untold;

        @Override
        public synchronized void failed(String source, String reason) {
            add(source + ": " + reason);
        }

        @Override
        public synchronized void warned(String source, String message) {
            add("warning: " + source + ": " + message);
        }

        private void add(String line) {
            if (lines.size() < MAX_LINES) lines.add(line);
            else untold++;
        }

        @Override
        public void progress(int done, int read) {
            // the client sees the outcome; a server prints no progress
        }

        synchronized List<String> lines() {
            List<String> all = new ArrayList<>(lines);
            if (untold > 0) all.add("and " + untold + " more messages");
            return all;
        }
    }
}
