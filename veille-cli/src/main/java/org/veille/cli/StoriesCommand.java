// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import org.veille.store.ArticleStore;
import org.veille.serve.StorySummary;
import org.veille.store.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "List the stories in the store, largest first: size, first and last day, outlets, languages, the first report's title, "
                + "the identities most mentioned and the article ids; one JSON object per story (jsonl) or a readable table.")
final class StoriesCommand extends StoreQuery {

    @Option(names = "--limit", description = "At most this many stories (default: ${DEFAULT-VALUE}).", defaultValue = "20")
    int limit;

    @Option(names = "--format", description = "jsonl or table (default: ${DEFAULT-VALUE}).", defaultValue = "jsonl")
    OutputFormat format;

    @Override
    int query(ArticleStore articles) throws IOException {
        if (limit < 1) {
            spec.commandLine().getErr().println("veille: --limit must be at least 1");
            return Main.Exit.USAGE.code;
        }
        ArticleStore.Largest largest = articles.largestStories(limit);
        PrintWriter out = spec.commandLine().getOut();
        for (Story story : largest.stories()) {
            StorySummary summary = StorySummary.of(story);
            if (format == OutputFormat.jsonl) println(summary.row());
            else printTable(out, summary);
        }
        if (largest.stories().size() < largest.total()) {
            int shown = largest.stories().size();
            spec.commandLine().getErr().println("veille: note: the " + (shown == 1 ? "" : shown + " ") + "largest of "
                    + largest.total() + " stories; --limit N for more");
        }
        return Main.Exit.OK.code;
    }

    /** A story as three lines: size, days, languages and title; outlets; identities. */
    static void printTable(PrintWriter out, StorySummary s) {
        out.printf("%-36s %4d  %s..%s  %-5s %s%n", s.story(), s.size(), day(s.first()), day(s.last()),
                Terminal.cell(String.join(",", s.languages().keySet()), 5), Terminal.cell(s.title(), 80));
        out.printf("%-43s outlets: %s%n", "", counted(s.outlets()));
        out.printf("%-43s identities: %s%n", "", counted(s.identities()));
    }

    private static String day(Object day) {
        return day == null ? "----------" : day.toString();
    }

    /** "name (count), ...", or "-" when there is none. */
    static String counted(Map<String, Integer> counts) {
        return counts.isEmpty() ? "-" : Terminal.cell(StorySummary.counted(counts), 120);
    }
}
