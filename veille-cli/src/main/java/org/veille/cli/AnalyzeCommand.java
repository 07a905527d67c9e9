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
import org.veille.link.DocumentFrequencies;
import org.veille.link.LinkFeatureExtractor;
import org.veille.link.LinkFeatures;
import org.veille.link.StatementLinker;
import org.veille.link.Statements;
import org.veille.link.Stories;
import org.veille.link.StoryLinker;
import org.veille.store.ArticleJson;
import org.veille.store.StoredArticle;
import picocli.CommandLine.Command;
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

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

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
     * Stories and statements span the run, so each article's JSON waits in a compressed spool file while only what
     * the link stage reads stays in memory (link features, quotations): memory grows by a few kilobytes per article,
     * not by the article.
     */
    private Pipeline.Result printJsonl(PrintWriter out, Terminal terminal) throws IOException {
        Path spool = Files.createTempFile("veille-analyze", ".jsonl.gz");
        try {
            StoryLinker linker = new StoryLinker();
            LinkFeatureExtractor extractor = linker.extractor();
            List<LinkFeatures> features = new ArrayList<>();
            List<AnalyzedArticle> quotations = new ArrayList<>();
            ArticleJson json = new ArticleJson();
            Pipeline.Result result;
            try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(spool)), StandardCharsets.UTF_8)) {
                result = new Pipeline(threads).run(paths, terminal, a -> {
                    features.add(extractor.extract(a));
                    quotations.add(new AnalyzedArticle(a.article().withoutText(), List.of(), a.quotes()));
                    w.write(json.toJson(new StoredArticle(a, null)));
                    w.write('\n');
                });
            }
            Stories stories = linker.linkFeatures(features, Map.of(), DocumentFrequencies.of(features, linker.vocabulary()));
            features.clear();
            Statements statements = new StatementLinker().link(quotations);
            quotations.clear();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(spool)), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    StoredArticle a = json.fromJson(line);
                    String id = a.id();
                    out.println(json.toJson(a.withLinks(stories.storyOf().get(id), stories.threadOf().get(id), stories.repeats().get(id)),
                            statements.of(id)));
                }
            }
            return result;
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    /** The readable table lists stories after all articles, so the articles are kept for it. */
    private Pipeline.Result printTable(PrintWriter out, Terminal terminal) throws IOException {
        List<AnalyzedArticle> articles = new ArrayList<>();
        Pipeline.Result result = new Pipeline(threads).run(paths, terminal, articles::add);
        printTable(out, articles, new StoryLinker().link(articles));
        return result;
    }

    private static void printTable(PrintWriter out, List<AnalyzedArticle> articles, Stories stories) {
        out.println("ARTICLES");
        for (AnalyzedArticle a : articles) {
            var ar = a.article();
            out.printf("  %-10s %-10s %-2s %-22s %s%n", ar.id(), ar.published() == null ? "-" : ar.published().substring(0, Math.min(10, ar.published().length())),
                    ar.language() == null ? "-" : ar.language(), clip(ar.outlet() == null ? "-" : ar.outlet(), 22), clip(ar.title(), 90));
            out.printf("  %-10s %d entities, %d quotes, authors %s, source %s%n", "", a.entities().size(), a.quotes().size(),
                    ar.authors().isEmpty() ? "-" : String.join(", ", ar.authors()), ar.source());
        }
        out.println();
        out.println("QUOTES");
        for (AnalyzedArticle a : articles) {
            for (Quotation q : a.quotes()) {
                if (q.kind() == Quotation.Kind.SCARE) continue;
                out.printf("  %-20s %-8s «%s»  (%s)%n", clip(q.speaker() == null ? "(anonymous)" : q.speaker(), 20), q.kind().jsonName(),
                        clip(q.text(), 100), a.article().id());
            }
        }
        out.println();
        out.println("STORIES");
        Map<String, AnalyzedArticle> byId = new HashMap<>();
        for (AnalyzedArticle a : articles) byId.putIfAbsent(a.article().id(), a);
        stories.members().forEach((story, ids) -> {
            out.printf("  %s (%d article%s)%n", story, ids.size(), ids.size() == 1 ? "" : "s");
            for (String id : ids) {
                AnalyzedArticle a = byId.get(id);
                if (a != null) out.printf("    %s  %s%n", id, clip(a.article().title(), 90));
            }
        });
    }

    static String clip(String s, int width) {
        if (s == null) return "-";
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= width ? one : one.substring(0, width - 1) + "…";
    }
}
