// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.veille.read.CaptureReader;
import org.veille.store.ArticleStore;
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
             Fetcher fetcher = new Fetcher(sources.http())) {
            WatchState state = WatchState.load(store.dir);
            Pipeline pipeline = threads.pipeline();
            Watcher watcher = new Watcher(sources, fetcher, state, into(articles, pipeline, terminal), terminal::failed);
            if (once) {
                Watcher.Totals t = watcher.pollAll();
                err.println("veille: polled " + Terminal.count(t.polled(), "source") + " (" + t.notModified()
                        + " unchanged): " + Terminal.count(t.pages(), "page") + " fetched, " + Terminal.count(t.articles(), "new article")
                        + ", " + Terminal.count(t.faults(), "fault") + "; the store holds " + Terminal.count(articles.size(), "article"));
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
            try {
                watcher.run();
            } catch (InterruptedException e) {
                // stopped
            }
            return Main.Exit.OK.code;
        }
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
                synchronized (articles) {
                    StoreIngest.ingest(articles, sink -> pipeline.run(
                            listener -> pages.forEach(p -> reader.readPage(p.address(), p.url(), p.fetched().toString(),
                                    p.body(), p.charset(), listener)),
                            terminal, article -> {
                                String id = article.article().id();
                                boolean known = articles.get(id).isPresent();
                                sink.accept(article);
                                if (!known) added.add(article.article().source());
                            }));
                }
                return added;
            }
        };
    }
}
