// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.veille.analyze.AnalyzedArticle;
import org.veille.analyze.ArticleAnalyzer;
import org.veille.analyze.EntityRecognizer;
import org.veille.analyze.Gazetteer;
import org.veille.extract.Article;
import org.veille.link.ArticleSimilarity;
import org.veille.link.BilingualLexicon;
import org.veille.link.ProfileFrequencies;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code similarity --data training_set.csv}: Veille's {@link ArticleSimilarity} on SemEval-2022 Task 8's pairs.
 * Each text goes through the analyze stage (the command line's analyzer), then the link stage's similarity;
 * the score is correlated (Pearson) with the gold Overall score negated (the set's 1 is very similar, 4 very
 * dissimilar), per language pair and overall, on the tuning half, the report half and all pairs. Document
 * frequencies come from the set's own texts (no labels). One thread, timed.
 */
@Command(name = "similarity", mixinStandardHelpOptions = true,
        description = "Article similarity on SemEval-2022 Task 8 pairs: Pearson with the gold Overall score, per language pair.")
final class SimilarityCommand implements Callable<Integer> {

    /** Steps of the weight grid that --tune searches. */
    static final double TUNING_STEP = 0.05;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "the pairs (training_set.csv)")
    Path data;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "only the first N pairs (default: all)")
    int limit;

    @Option(names = "--dictd", paramLabel = "DIR", description = "FreeDict's dictd files (default: ${DEFAULT-VALUE})")
    Path dictd = BilingualLexicon.DEBIAN_DICTD;

    @Option(names = "--no-ner", description = "entities from the gazetteer alone (no CoreNLP)")
    boolean noNer;

    @Option(names = "--tune", description = "search the channel weights on the tuning half and print the best")
    boolean tune;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One pair's gold score and channel cosines. */
    record Scored(SimilarityPairs.Pair pair, ArticleSimilarity.Channels channels) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(data)) throw new CommandLine.ParameterException(spec.commandLine(), data + " is not a file");
        List<SimilarityPairs.Pair> pairs = SimilarityPairs.read(data, limit);
        long t0 = System.nanoTime();
        BilingualLexicon lexicon = BilingualLexicon.load(dictd);
        double lexiconSeconds = (System.nanoTime() - t0) / 1e9;
        if (lexicon.isEmpty()) {
            err.println("bench: no FreeDict dictionary in " + dictd + ": cross-language pairs compare names and numbers only"
                    + " (apt-get install dict-freedict-deu-eng dict-freedict-fra-eng dict-freedict-spa-eng)");
        }
        lexicon.problems().forEach(p -> err.println("bench: " + p));
        err.printf(Locale.ROOT, "bench: %s, loaded in %.1f s; %d pairs of %s%n", lexicon, lexiconSeconds, pairs.size(), data);
        err.flush();
        ArticleAnalyzer analyzer = noNer ? new ArticleAnalyzer(EntityRecognizer.NONE, Gazetteer.standard()) : QuotesCommand.analyzer();
        ArticleSimilarity similarity = new ArticleSimilarity(lexicon);

        long t1 = System.nanoTime();
        List<AnalyzedArticle[]> analyzed = new ArrayList<>(pairs.size());
        for (SimilarityPairs.Pair p : pairs) {
            analyzed.add(new AnalyzedArticle[] {
                    analyzer.analyze(article(p.id() + "/1", p.lang1(), p.text1())),
                    analyzer.analyze(article(p.id() + "/2", p.lang2(), p.text2()))});
        }
        long t2 = System.nanoTime();
        List<ArticleSimilarity.Profile[]> profiles = new ArrayList<>(pairs.size());
        for (AnalyzedArticle[] a : analyzed) profiles.add(new ArticleSimilarity.Profile[] {similarity.profile(a[0]), similarity.profile(a[1])});
        ProfileFrequencies frequencies = ProfileFrequencies.of(profiles.stream().flatMap(p -> java.util.Arrays.stream(p)).toList());
        List<Scored> scored = new ArrayList<>(pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            scored.add(new Scored(pairs.get(i), similarity.channels(profiles.get(i)[0], profiles.get(i)[1], frequencies)));
        }
        long t3 = System.nanoTime();
        double analyzeSeconds = (t2 - t1) / 1e9;
        double linkSeconds = (t3 - t2) / 1e9;

        if (tune) tune(scored, out);
        Map<String, Pearson[]> byPair = score(scored, ArticleSimilarity.Weights.DEFAULT);
        print(byPair, ArticleSimilarity.Weights.DEFAULT, out);
        Pearson[] all = byPair.get(ALL);
        double perSecond = pairs.size() / (analyzeSeconds + linkSeconds);
        out.printf(Locale.ROOT, "time: analyze %.1f s, link %.2f s (%s pairs/s), lexicon load %.1f s (not counted)%n",
                analyzeSeconds, linkSeconds, Table.speed(pairs.size() / linkSeconds), lexiconSeconds);
        out.printf(Locale.ROOT, "RESULT similarity pearson=%s pearson_tune=%s pearson_all=%s pairs=%d per_s=%s%n",
                Table.ratio(all[REPORT].value()), Table.ratio(all[TUNING].value()), Table.ratio(all[BOTH].value()),
                pairs.size(), Table.speed(perSecond));
        out.flush();
        return BenchMain.Exit.OK.code;
    }

    private static final String ALL = "all";
    private static final int TUNING = 0;
    private static final int REPORT = 1;
    private static final int BOTH = 2;

    private static Article article(String id, String language, String text) {
        return new Article(id, id, null, null, null, null, List.of(), language, text, List.of());
    }

    /** Pearson of the weighted score against the negated gold, per language pair and half. */
    static Map<String, Pearson[]> score(List<Scored> scored, ArticleSimilarity.Weights weights) {
        Map<String, Pearson[]> byPair = new TreeMap<>();
        for (Scored s : scored) {
            double predicted = weights.combine(s.channels());
            double gold = -s.pair().overall();
            for (String key : List.of(s.pair().languages(), ALL)) {
                Pearson[] p = byPair.computeIfAbsent(key, k -> new Pearson[] {new Pearson(), new Pearson(), new Pearson()});
                p[s.pair().tuning() ? TUNING : REPORT].add(predicted, gold);
                p[BOTH].add(predicted, gold);
            }
        }
        return byPair;
    }

    private static void print(Map<String, Pearson[]> byPair, ArticleSimilarity.Weights weights, PrintWriter out) {
        out.println("Pearson with -Overall (1 = very similar, 4 = very dissimilar), weights " + describe(weights));
        Table table = new Table("pair", "tune_n", "tune", "report_n", "report", "all_n", "all");
        byPair.forEach((key, p) -> {
            if (!key.equals(ALL)) table.row(key, p[TUNING].count(), Table.ratio(p[TUNING].value()), p[REPORT].count(),
                    Table.ratio(p[REPORT].value()), p[BOTH].count(), Table.ratio(p[BOTH].value()));
        });
        Pearson[] all = byPair.get(ALL);
        table.row(ALL, all[TUNING].count(), Table.ratio(all[TUNING].value()), all[REPORT].count(),
                Table.ratio(all[REPORT].value()), all[BOTH].count(), Table.ratio(all[BOTH].value()));
        table.print(out);
    }

    /** Grid search of the weights on the tuning half only, in steps of {@link #TUNING_STEP}; prints the best and its figures. */
    private static void tune(List<Scored> scored, PrintWriter out) {
        List<Scored> tuning = scored.stream().filter(s -> s.pair().tuning()).toList();
        ArticleSimilarity.Weights best = null;
        double bestR = -2;
        int steps = (int) Math.round(1 / TUNING_STEP);
        for (int a = 0; a <= steps; a++) {
            for (int b = 0; a + b <= steps; b++) {
                for (int c = 0; a + b + c <= steps; c++) {
                    int d = steps - a - b - c;
                    ArticleSimilarity.Weights w = new ArticleSimilarity.Weights(a * TUNING_STEP, b * TUNING_STEP, c * TUNING_STEP, d * TUNING_STEP);
                    double r = score(tuning, w).get(ALL)[BOTH].value();
                    if (r > bestR) {
                        bestR = r;
                        best = w;
                    }
                }
            }
        }
        out.printf(Locale.ROOT, "tuned on the %d pairs of the tuning half: %s pearson=%.3f%n", tuning.size(), describe(best), bestR);
        print(score(scored, best), best, out);
    }

    private static String describe(ArticleSimilarity.Weights w) {
        return String.format(Locale.ROOT, "words=%.2f lead=%.2f evidence=%.2f characters=%.2f", w.words(), w.lead(), w.evidence(), w.characters());
    }
}
