// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.veille.store.ArticleStore;
import org.veille.watch.TopicReport;
import org.veille.watch.WatchConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "topic", mixinStandardHelpOptions = true,
        description = "Print one topic of a watch configuration as JSON: its attention (articles per day, by outlet and language) "
                + "and its stories, the most matching first, from the store's search for its query.")
final class TopicCommand extends StoreQuery {

    /** Stories listed when --limit is not given. */
    static final int DEFAULT_STORIES = 20;

    @Parameters(paramLabel = "NAME", description = "The topic's name, as the configuration's \"topics\" list names it.")
    String name;

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "The watch configuration that lists the topic.")
    Path config;

    @Option(names = "--limit", paramLabel = "N", description = "Stories listed at most (default: ${DEFAULT-VALUE}).")
    int limit = DEFAULT_STORIES;

    @Option(names = "--per", paramLabel = "day|hour", description = "Attention counted per day or per hour (default: ${DEFAULT-VALUE}).")
    String per = TopicReport.Per.DAY.jsonName;

    @Override
    int query(ArticleStore articles) throws IOException {
        if (limit < 1) {
            spec.commandLine().getErr().println("veille: --limit must be at least 1");
            return Main.Exit.USAGE.code;
        }
        Optional<TopicReport.Per> period = TopicReport.Per.named(per);
        if (period.isEmpty()) {
            spec.commandLine().getErr().println("veille: --per must be day or hour");
            return Main.Exit.USAGE.code;
        }
        WatchConfig watched = WatchConfig.read(config);
        Optional<WatchConfig.Topic> topic = watched.topic(name);
        if (topic.isEmpty()) {
            spec.commandLine().getErr().println("veille: " + Terminal.escape(config.toString()) + " has no topic " + Terminal.escape(name));
            return Main.Exit.NOTHING_PROCESSED.code;
        }
        TopicReport report = TopicReport.of(topic.get(), articles, limit, period.get());
        if (report.matched() > TopicReport.MAX_ARTICLES) {
            spec.commandLine().getErr().println("veille: " + report.matched() + " articles match; the best " + TopicReport.MAX_ARTICLES + " are counted");
        }
        println(report.row());
        return Main.Exit.OK.code;
    }
}
