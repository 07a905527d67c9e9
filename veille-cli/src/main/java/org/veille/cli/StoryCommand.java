// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import org.veille.extract.Article;
import org.veille.link.TextChanges;
import org.veille.serve.StoryDetail;
import org.veille.serve.StorySummary;
import org.veille.store.ArticleStore;
import org.veille.store.Story;
import org.veille.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "story", mixinStandardHelpOptions = true,
        description = "One story in detail: its summary (as stories prints it), its articles by date, who repeats, translates or credits whom, "
                + "and what each near copy added, cut or changed against its source, sentence by sentence.")
final class StoryCommand extends StoreQuery {

    @Parameters(paramLabel = "ID", description = "The story's id, as printed by stories or in an article's \"story\".")
    String id;

    @Option(names = "--format", description = "jsonl or table (default: ${DEFAULT-VALUE}).", defaultValue = "jsonl")
    OutputFormat format;

    private final TextChanges textChanges = new TextChanges();

    @Override
    int query(ArticleStore articles) throws IOException {
        Optional<Story> found = articles.story(id);
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("veille: no story " + Terminal.escape(id) + " in " + Terminal.escape(store.dir.toString()));
            return Main.Exit.NOTHING_PROCESSED.code;
        }
        StoryDetail detail = StoryDetail.of(found.get(), articles, textChanges);
        if (format == OutputFormat.jsonl) println(detail.row());
        else printTable(spec.commandLine().getOut(), detail);
        return Main.Exit.OK.code;
    }

    private static void printTable(PrintWriter out, StoryDetail detail) {
        StorySummary summary = detail.summary();
        StoriesCommand.printTable(out, summary);
        out.println();
        out.println("TIMELINE");
        for (StoredArticle a : detail.story().articles()) {
            Article ar = a.analyzed().article();
            String day = ar.publishedDay() == null ? "----------" : ar.publishedDay().toString();
            out.printf("  %s  %s  %-2s  %-20s %s%n", day, a.id(), ar.language() == null ? "-" : ar.language(),
                    Terminal.cell(ar.outlet(), 20), Terminal.cell(ar.title(), 80));
        }
        out.println();
        out.println("PROVENANCE");
        out.printf("  %s first report%n", summary.firstReport());
        for (StoryDetail.Edge e : detail.edges()) {
            String target = e.to() == null ? Terminal.cell(e.name(), 60)
                    : e.name() == null ? e.to() : e.to() + " (" + Terminal.cell(e.name(), 40) + ")";
            out.printf("  %s %s %s%s%n", e.from(), e.relation(), target,
                    e.similarity() == null ? "" : String.format(Locale.ROOT, " %.2f", e.similarity()));
        }
        for (StoryDetail.Derived d : detail.derived()) {
            TextChanges.Changes c = d.changes();
            out.println();
            out.printf("CHANGES %s against %s: %d kept, %d added, %d cut, %d changed%n", d.article(), d.source(),
                    c.kept(), c.added().size(), c.cut().size(), c.changed().size());
            for (String s : c.added()) out.println("  + " + Terminal.escape(s));
            for (String s : c.cut()) out.println("  - " + Terminal.escape(s));
            for (TextChanges.Change ch : c.changed()) {
                out.println("  ~ " + Terminal.escape(ch.to()));
                for (String w : ch.inserted()) out.println("      + " + Terminal.escape(w));
                for (String w : ch.removed()) out.println("      - " + Terminal.escape(w));
            }
        }
    }
}
