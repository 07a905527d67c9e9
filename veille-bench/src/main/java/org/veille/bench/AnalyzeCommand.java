// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.veille.analyze.ArticleAnalyzer;
import org.veille.extract.Article;
import org.veille.extract.ArticleExtractor;
import org.veille.extract.Extraction;
import org.veille.read.Capture;
import org.veille.read.CaptureReader;
import org.veille.read.ReadListener;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code analyze --data PATH}: the speed of the analyze stage alone ({@link ArticleAnalyzer}: names, identities,
 * quotations and their speakers) on the first OrangeSum records, read and extracted beforehand, on a fixed number of
 * threads. The first pass starts cold (the code not compiled yet, as in a short command); the next ones show the
 * stage as a long run sees it. Whitespace tokens of each article's title and text, per second of wall time.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Speed of the analyze stage on OrangeSum records: whitespace tokens per second on N threads.")
final class AnalyzeCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "PATH", description = "the OrangeSum folder (" + OrangeSumEval.RECORDS + ")")
    Path data;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "2000", description = "the first N records (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "threads analyzing (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--passes", paramLabel = "N", defaultValue = "3",
            description = "passes over the articles; the first is cold, tokens/s is the best of the others (default: ${DEFAULT-VALUE})")
    int passes;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One pass: its wall time and the articles the analyzer threw on. */
    private record Pass(long nanos, int crashes) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path records = data.resolve(OrangeSumEval.RECORDS);
        if (!Files.isRegularFile(records)) throw usage(records + " not found: give the OrangeSum folder with --data");
        if (limit < 1 || threads < 1 || passes < 2) throw usage("--limit and --threads must be positive, --passes at least 2");
        List<Article> articles = articles(records);
        long tokens = articles.stream().mapToLong(a -> tokens(a.title()) + tokens(a.text())).sum();
        err.printf("bench: the analyze stage on %d articles (%d whitespace tokens), %d threads, %d passes%n",
                articles.size(), tokens, threads, passes);
        err.flush();
        ArticleAnalyzer analyzer = QuotesCommand.analyzer(); // its models are read here, before any pass
        List<Pass> runs = new ArrayList<>();
        for (int p = 0; p < passes; p++) runs.add(pass(analyzer, articles));
        Table table = new Table("pass", "seconds", "articles/s", "tokens/s", "crashes");
        long best = Long.MAX_VALUE;
        for (int p = 0; p < runs.size(); p++) {
            Pass run = runs.get(p);
            if (p > 0) best = Math.min(best, run.nanos());
            table.row(p == 0 ? "1 (cold)" : String.valueOf(p + 1), String.format(Locale.ROOT, "%.1f", run.nanos() / 1e9),
                    Table.speed(articles.size() * 1e9 / run.nanos()), Table.speed(tokens * 1e9 / run.nanos()), String.valueOf(run.crashes()));
        }
        table.print(out);
        out.printf(Locale.ROOT, "%nRESULT analyze articles=%d tokens=%d threads=%d first_tokens_per_s=%.0f tokens_per_s=%.0f%n",
                articles.size(), tokens, threads, tokens * 1e9 / runs.getFirst().nanos(), tokens * 1e9 / best);
        return BenchMain.Exit.OK.code;
    }

    /** The first {@code --limit} records, read and extracted as the command line does; those it rejects left out. */
    private List<Article> articles(Path records) throws IOException {
        Path first = Files.createTempFile("veille-bench-analyze", ".jsonl");
        try {
            try (BufferedReader in = JsonLinesFile.open(records)) {
                List<String> lines = new ArrayList<>();
                for (String line; lines.size() < limit && (line = in.readLine()) != null; ) lines.add(line);
                Files.write(first, lines, StandardCharsets.UTF_8);
            }
            ArticleExtractor extractor = new ArticleExtractor();
            List<Article> articles = new ArrayList<>();
            new CaptureReader().read(List.of(first), new ReadListener() {
                @Override
                public void captured(Capture capture) {
                    if (extractor.extract(capture) instanceof Extraction.Extracted(Article article)) articles.add(article);
                }

                @Override
                public void failed(String source, String reason) {}
            });
            return articles;
        } finally {
            Files.deleteIfExists(first);
        }
    }

    private Pass pass(ArticleAnalyzer analyzer, List<Article> articles) {
        AtomicInteger crashes = new AtomicInteger();
        long start = System.nanoTime();
        try (ForkJoinPool pool = new ForkJoinPool(threads)) {
            pool.submit(() -> articles.parallelStream().forEach(a -> {
                try {
                    analyzer.analyze(a);
                } catch (RuntimeException | StackOverflowError e) {
                    crashes.incrementAndGet();
                }
            })).join();
        }
        return new Pass(System.nanoTime() - start, crashes.get());
    }

    private static long tokens(String text) {
        if (text == null || text.isBlank()) return 0;
        return text.strip().split("\\s+").length;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
