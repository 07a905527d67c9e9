// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.veille.store.ArticleStore;
import org.veille.serve.ServedStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Analyze files and folders into the embedded store. A capture already stored is skipped; an interrupted ingest can simply be run again.")
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
    List<Path> paths;

    @Mixin
    StoreOption store;

    @Mixin
    ThreadsOption threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Terminal terminal = new Terminal(spec.commandLine().getErr());
        Optional<ServedStore> served = ServedStore.find(store.dir);
        if (served.isPresent()) {
            RemoteIngest remote = new RemoteIngest(served.get(), terminal, spec.commandLine().getErr());
            if (remote.answers()) return throughServer(remote, served.get(), terminal);
        }
        StoreIngest.Outcome outcome;
        try (ArticleStore articles = ArticleStore.open(store.dir)) { // the lock first: a busy store fails before any analysis
            Pipeline pipeline = threads.pipeline();
            outcome = StoreIngest.ingest(articles, sink -> pipeline.run(paths, terminal, sink));
            told(outcome.added(), outcome.result(), articles.size(), "");
        }
        terminal.summary(outcome.result(), "ingested");
        return outcome.result().articles() == 0 ? Main.Exit.NOTHING_PROCESSED.code : Main.Exit.OK.code;
    }

    /** Sends the files to the server that holds the store, which analyzes, links and stores them. */
    private int throughServer(RemoteIngest remote, ServedStore server, Terminal terminal) throws IOException {
        RemoteIngest.Sent sent = remote.send(paths);
        told(sent.added(), sent.result(), sent.stored(), " (through the server, process " + server.pid() + ")");
        terminal.summary(sent.result(), "ingested");
        return sent.result().articles() == 0 ? Main.Exit.NOTHING_PROCESSED.code : Main.Exit.OK.code;
    }

    private void told(int added, Pipeline.Result result, int stored, String how) {
        spec.commandLine().getErr().println("veille: " + added + " new, " + (result.articles() - added)
                + " already stored; the store holds " + (stored < 0 ? "? articles" : Terminal.count(stored, "article")) + how);
    }
}
