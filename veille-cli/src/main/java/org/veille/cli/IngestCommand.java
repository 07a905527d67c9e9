// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.veille.analyze.AnalyzedArticle;
import org.veille.link.Stories;
import org.veille.link.StoryLinker;
import org.veille.store.ArticleStore;
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
            try (StreamingIngest sink = new StreamingIngest(articles)) {
                result = new Pipeline(threads).run(paths, terminal, sink);
                added = sink.added();
            }
            relinkStories(articles);
            articles.commit();
            spec.commandLine().getErr().println("veille: " + added + " new, " + (result.articles() - added)
                    + " already stored; the store holds " + articles.size() + " articles");
        }
        terminal.summary(result, "ingested");
        return result.articles() == 0 ? Main.Exit.NOTHING_PROCESSED.code : Main.Exit.OK.code;
    }

    /** Stories span the whole store: new articles may join old stories, so the links are computed again. */
    private static void relinkStories(ArticleStore articles) throws IOException {
        List<AnalyzedArticle> all = new ArrayList<>();
        for (String id : articles.ids()) articles.get(id).ifPresent(s -> all.add(s.analyzed()));
        Stories stories = new StoryLinker().link(all);
        for (Map.Entry<String, String> e : stories.storyOf().entrySet()) articles.setStory(e.getKey(), e.getValue());
    }
}
