// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.veille.analyze.AnalyzedArticle;
import org.veille.extract.Article;
import org.veille.read.CaptureReader;
import org.veille.store.ArticleStore;
import org.veille.watch.Alert;
import org.veille.watch.Alerter;
import org.veille.watch.Fetcher;
import org.veille.watch.WatchConfig;
import org.veille.watch.WatchState;
import org.veille.watch.Watcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Poll the feeds and sitemaps a configuration file lists, each on its schedule, and ingest every new item's page "
                + "into the store as ingest would, until stopped (--once: poll each source once and exit). What was fetched is kept in the "
                + "store's " + WatchState.FILE + ", so a restart neither loses nor fetches again an article.")
final class WatchCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--config", required = true, paramLabel = "FILE",
            description = "The sources, as JSON: {\"sources\": [{\"url\": \"https://…/feed.xml\", \"every\": \"15m\"}]} (docs/ARCHITECTURE.md, watch).")
    Path config;

    @Option(names = "--once", description = "Poll every source once, then exit (for tests and cron).")
    boolean once;

    @Mixin
    ThreadsOption threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Terminal terminal = new Terminal(err);
        WatchConfig sources = WatchConfig.read(config);
        try (ArticleStore articles = ArticleStore.open(store.dir); // the lock first: a busy store fails before the models load
             Fetcher fetcher = new Fetcher(sources.http());
             Alerter alerter = Alerter.open(sources, articles, store.dir, terminal::failed)) {
            WatchState state = WatchState.load(store.dir);
            Pipeline pipeline = threads.pipeline();
            Watcher watcher = new Watcher(sources, fetcher, state, into(articles, pipeline, terminal), terminal::failed);
            if (once) {
                Watcher.Totals t = watcher.pollAll();
                List<Alert> alerts = alerter.check(Instant.now());
                err.println("veille: polled " + Terminal.count(t.polled(), "source") + " (" + t.notModified()
                        + " unchanged): " + Terminal.count(t.pages(), "page") + " fetched, " + Terminal.count(t.articles(), "new article")
                        + ", " + Terminal.count(t.versions(), "new version") + " of known ones (" + t.checked() + " asked again unchanged), "
                        + Terminal.count(t.faults(), "fault") + "; the store holds " + Terminal.count(articles.size(), "article") + "; "
                        + Terminal.count(alerts.size(), "alert"));
                return Main.Exit.OK.code;
            }
            err.println("veille: watching " + Terminal.count(sources.sources().size(), "source") + " into " + Terminal.escape(store.dir.toString())
                    + " (Ctrl-C stops)");
            Thread main = Thread.currentThread();
            Thread stop = new Thread(() -> {
                main.interrupt();
                synchronized (articles) { // waits for the batch being stored; the store then closes with the command
                    err.println("veille: stopped");
                }
            }, "veille-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            Thread alerts = Thread.ofVirtual().name("veille-alerts").start(() -> {
                try {
                    while (true) {
                        Thread.sleep(Alerter.EVERY);
                        alerter.check(Instant.now());
                    }
                } catch (InterruptedException e) {
                    // stopped with the watch
                }
            });
            try {
                watcher.run();
            } catch (InterruptedException e) {
                // stopped
            } finally {
                alerts.interrupt();
            }
            return Main.Exit.OK.code;
        }
    }

    /**
     * Whether the page's newest stored version prints the same title and text: its capture differs only in what the
     * extract stage leaves out (a menu, an advertisement, a clock), which is no new version.
     */
    static boolean sameAsNewestVersion(ArticleStore articles, AnalyzedArticle page) {
        Article a = page.article();
        return articles.newestVersion(a).map(v -> v.analyzed().article())
                .filter(v -> Objects.equals(v.title(), a.title()) && v.text().equals(a.text())).isPresent();
    }

    /** The watcher's store: each batch of pages through the pipeline and {@link StoreIngest}, as {@code ingest} does. */
    static Watcher.Store into(ArticleStore articles, Pipeline pipeline, Terminal terminal) {
        CaptureReader reader = new CaptureReader();
        return new Watcher.Store() {
            @Override
            public boolean holds(String address) {
                return articles.hasSource(address);
            }

            @Override
            public Set<String> ingest(List<Watcher.Page> pages) throws IOException {
                Set<String> added = ConcurrentHashMap.newKeySet();
                Map<String, String> fetched = new HashMap<>();
                pages.forEach(p -> fetched.put(p.address(), p.fetched().toString()));
                synchronized (articles) {
                    StoreIngest.ingest(articles, fetched, sink -> pipeline.run(
                            listener -> pages.forEach(p -> reader.readPage(p.address(), p.url(), p.fetched().toString(),
                                    p.body(), p.charset(), listener)),
                            terminal, article -> {
                                String id = article.article().id();
                                if (articles.get(id).isPresent() || sameAsNewestVersion(articles, article)) return;
                                sink.accept(article);
                                added.add(article.article().source());
                            }));
                }
                return added;
            }
        };
    }
}
