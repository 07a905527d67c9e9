// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.veille.analyze.AnalyzedArticle;
import org.veille.analyze.Quotation;
import org.veille.link.ContentStems;
import org.veille.link.FeatureCounts;
import org.veille.link.LinkFeatureExtractor;
import org.veille.link.LinkFeatures;
import org.veille.link.StatementStream;
import org.veille.link.Stories;
import org.veille.link.StoryLinker;
import org.veille.link.StoryStream;
import org.veille.store.ArticleJson;
import org.veille.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Run the pipeline in memory on files and folders; print one JSON object per article (jsonl) or a readable table.")
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders: .txt, .html, .warc(.gz), .jsonl, RSS/Atom .xml, or .gz of these.")
    List<Path> paths;

    @Option(names = "--format", description = "jsonl or table (default: ${DEFAULT-VALUE}).", defaultValue = "table")
    OutputFormat format;

    @Mixin
    ThreadsOption threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Terminal terminal = new Terminal(spec.commandLine().getErr());
        Pipeline.Result result = format == OutputFormat.jsonl ? printJsonl(out, terminal) : printTable(out, terminal);
        out.flush();
        terminal.summary(result, "analyzed");
        return result.articles() == 0 ? Main.Exit.NOTHING_PROCESSED.code : Main.Exit.OK.code;
    }

    /**
     * Stories and statements span the run, so each article's JSON waits in a compressed spool file and what the
     * link stage reads of it (link features, quotations) in another ({@link LinkSpool}); after the run, the link
     * stage streams through them in date order, holding only its open stories, threads and statements, and the
     * articles are printed in input order with where they went. Memory keeps about a hundred bytes per article.
     */
    private Pipeline.Result printJsonl(PrintWriter out, Terminal terminal) throws IOException {
        Path spool = Files.createTempFile("veille-analyze", ".jsonl.gz");
        try (LinkSpool linkSpool = new LinkSpool()) {
            StoryLinker linker = new StoryLinker();
            LinkFeatureExtractor extractor = linker.extractor();
            FeatureCounts counts = new FeatureCounts();
            ArticleJson json = new ArticleJson();
            Pipeline.Result result;
            try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(spool)), StandardCharsets.UTF_8)) {
                result = threads.pipeline().run(paths, terminal, a -> {
                    LinkFeatures features = extractor.extract(a);
                    counts.add(features);
                    linkSpool.add(features, a.quotes());
                    w.write(json.toJson(new StoredArticle(a, null)));
                    w.write('\n');
                });
            }
            StoryStream stories = new StoryStream(counts.frequencies(linker.vocabulary()));
            StatementStream statements = new StatementStream(new ContentStems());
            Map<String, Linked> linked = new HashMap<>(linkSpool.size() * 2);
            linkSpool.forEachInDateOrder(e -> {
                LinkFeatures f = e.features();
                linked.put(f.id(), new Linked(stories.place(f, null), statements.add(f.id(), f.day(), f.language(), e.quotes())));
            });
            stories.finish();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(spool)), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    StoredArticle a = json.fromJson(line);
                    Linked l = linked.get(a.id());
                    StoryStream.Placed p = stories.now(l.placed());
                    out.println(json.toJson(a.withLinks(p.story(), p.thread(), p.repeat()), l.statements()));
                }
            }
            return result;
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    /** Where one article went: its story, thread and repeat, and the statement of each of its quotations. */
    private record Linked(StoryStream.Placed placed, List<String> statements) {}

    /** The readable table lists stories after all articles, so the articles are kept for it. */
    private Pipeline.Result printTable(PrintWriter out, Terminal terminal) throws IOException {
        List<AnalyzedArticle> articles = new ArrayList<>();
        Pipeline.Result result = threads.pipeline().run(paths, terminal, articles::add);
        printTable(out, articles, new StoryLinker().link(articles));
        return result;
    }

    private static void printTable(PrintWriter out, List<AnalyzedArticle> articles, Stories stories) {
        out.println("ARTICLES");
        for (AnalyzedArticle a : articles) {
            var ar = a.article();
            out.printf("  %-10s %-10s %-2s %-22s %s%n", ar.id(), ar.published() == null ? "-" : ar.published().substring(0, Math.min(10, ar.published().length())),
                    ar.language() == null ? "-" : ar.language(), Terminal.cell(ar.outlet(), 22), Terminal.cell(ar.title(), 90));
            out.printf("  %-10s %d entities, %d quotes, authors %s, source %s%n", "", a.entities().size(), a.quotes().size(),
                    ar.authors().isEmpty() ? "-" : Terminal.escape(String.join(", ", ar.authors())), Terminal.escape(ar.source()));
        }
        out.println();
        out.println("QUOTES");
        for (AnalyzedArticle a : articles) {
            for (Quotation q : a.quotes()) {
                if (q.kind() == Quotation.Kind.SCARE) continue;
                out.printf("  %-20s %-8s «%s»  (%s)%n", Terminal.cell(q.speaker() == null ? "(anonymous)" : q.speaker(), 20), q.kind().jsonName(),
                        Terminal.cell(q.text(), 100), a.article().id());
            }
        }
        out.println();
        out.println("STORIES");
        Map<String, AnalyzedArticle> byId = new HashMap<>();
        for (AnalyzedArticle a : articles) byId.putIfAbsent(a.article().id(), a);
        stories.members().forEach((story, ids) -> {
            out.printf("  %s (%s)%n", story, Terminal.count(ids.size(), "article"));
            for (String id : ids) {
                AnalyzedArticle a = byId.get(id);
                if (a != null) out.printf("    %s  %s%n", id, Terminal.cell(a.article().title(), 90));
            }
        });
    }
}
