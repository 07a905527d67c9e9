// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.veille.store.ArticleStore;
import org.veille.store.StoreLinking;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Terminal terminal = new Terminal(spec.commandLine().getErr());
        Pipeline.Result result;
        try (ArticleStore articles = ArticleStore.open(store.dir)) { // the lock first: a busy store fails before any analysis
            int added;
            List<String> unlinked;
            try (StreamingIngest sink = new StreamingIngest(articles)) {
                result = new Pipeline(threads).run(paths, terminal, sink);
                added = sink.added();
                unlinked = sink.unlinked();
            }
            StoreLinking.link(articles, unlinked);
            articles.commit();
            spec.commandLine().getErr().println("veille: " + added + " new, " + (result.articles() - added)
                    + " already stored; the store holds " + articles.size() + " articles");
        }
        terminal.summary(result, "ingested");
        return result.articles() == 0 ? Main.Exit.NOTHING_PROCESSED.code : Main.Exit.OK.code;
    }
}
