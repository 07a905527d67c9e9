// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import org.veille.analyze.AnalyzedArticle;
import org.veille.analyze.ArticleAnalyzer;
import org.veille.analyze.EntityRecognizer;
import org.veille.analyze.Gazetteer;
import org.veille.extract.Article;
import org.veille.link.DocumentFrequencies;
import org.veille.link.LinkFeatureExtractor;
import org.veille.link.LinkFeatures;
import org.veille.link.Stories;
import org.veille.link.StoryLinker;
import org.veille.store.ArticleJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stories-pairs --data training_set.csv}: does the link stage put the two articles of a SemEval-2022 Task 8
 * pair in one story? The pairs of French, English, German and Spanish articles are read, each text analyzed, and
 * each pair linked alone by {@link StoryLinker} (both articles dated the same day: the set has no dates), document
 * frequencies counted over all the pairs' articles as a collection of news would give them. The share linked is
 * reported for pairs the annotators called the same story (Overall at most {@link #SAME}) and for pairs they called
 * different (at least {@link #DIFFERENT}: every link there is false), per language pair, across languages and in one,
 * on the tuning half, the report half (the halves of {@code bench similarity}) and all pairs.
 */
@Command(name = "stories-pairs", mixinStandardHelpOptions = true,
        description = "Share of SemEval-2022 Task 8 pairs linked into one story, same-story against different-story pairs, across languages and within one.")
final class StoryPairsCommand implements Callable<Integer> {

    /** Overall at most this: the annotators saw one story (1 = very similar). */
    static final double SAME = 1.5;
    /** Overall at least this: different stories (4 = very dissimilar). */
    static final double DIFFERENT = 3.5;
    /** The languages the link stage is asked to join. */
    static final Set<String> LANGUAGES = Set.of("fr", "en", "de", "es");
    /** The day both articles of a pair are given: the set has none, and pairs were drawn from news of nearby days. */
    static final String DAY = "2020-06-15";

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "the pairs (training_set.csv)")
    Path data;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "only the first N pairs (default: all)")
    int limit;

    @Option(names = "--no-ner", description = "entities from the gazetteer alone (no CoreNLP)")
    boolean noNer;

    @Option(names = "--analyzed", paramLabel = "FILE",
            description = "keep the analyzed articles in this JSON Lines file and read them from it on later runs")
    Path analyzed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Linked and counted pairs of one kind. */
    private static final class Share {
        int pairs;
        int linked;

        void add(boolean link) {
            pairs++;
            if (link) linked++;
        }

        String ratio() {
            return pairs == 0 ? "-" : Table.ratio((double) linked / pairs);
        }
    }

    private static final int SAME_STORY = 0;
    private static final int MIDDLE = 1;
    private static final int DIFFERENT_STORY = 2;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(data)) throw new CommandLine.ParameterException(spec.commandLine(), data + " is not a file");
        List<SimilarityPairs.Pair> pairs = SimilarityPairs.read(data, limit).stream()
                .filter(p -> LANGUAGES.contains(p.lang1()) && LANGUAGES.contains(p.lang2())).toList();
        err.printf(Locale.ROOT, "bench: %d pairs in French, English, German or Spanish in %s%n", pairs.size(), data);
        err.flush();
        Map<String, AnalyzedArticle> articles = analyzed(pairs, err);

        long t0 = System.nanoTime();
        StoryLinker linker = new StoryLinker();
        double setupSeconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        LinkFeatureExtractor extractor = linker.extractor();
        Map<String, LinkFeatures> features = new HashMap<>();
        for (AnalyzedArticle a : articles.values()) features.put(a.article().id(), extractor.extract(a));
        DocumentFrequencies frequencies = DocumentFrequencies.of(new ArrayList<>(features.values()), linker.vocabulary());
        Map<String, Share[][]> shares = new TreeMap<>();
        for (SimilarityPairs.Pair p : pairs) {
            LinkFeatures a = features.get(p.id() + "/1");
            LinkFeatures b = features.get(p.id() + "/2");
            Stories stories = linker.linkFeatures(List.of(a, b), Map.of(), frequencies);
            boolean linked = stories.storyOf().get(a.id()).equals(stories.storyOf().get(b.id()));
            int kind = p.overall() <= SAME ? SAME_STORY : p.overall() >= DIFFERENT ? DIFFERENT_STORY : MIDDLE;
            String scope = p.lang1().equals(p.lang2()) ? "one language" : "across languages";
            for (String key : List.of(p.languages(), scope)) {
                Share[][] s = shares.computeIfAbsent(key, k -> new Share[][] {row(), row(), row()});
                s[p.tuning() ? 0 : 1][kind].add(linked);
                s[2][kind].add(linked);
            }
        }
        double linkSeconds = (System.nanoTime() - t1) / 1e9;

        out.printf(Locale.ROOT, "Share of pairs linked into one story: same story = Overall <= %.1f, different = Overall >= %.1f (false links)%n",
                SAME, DIFFERENT);
        Table table = new Table("pairs", "half", "same_n", "same_linked", "middle_n", "middle_linked", "different_n", "different_linked");
        String[] halves = {"tune", "report", "all"};
        shares.forEach((key, s) -> {
            for (int h = 0; h < 3; h++) {
                table.row(key, halves[h], s[h][SAME_STORY].pairs, s[h][SAME_STORY].ratio(), s[h][MIDDLE].pairs, s[h][MIDDLE].ratio(),
                        s[h][DIFFERENT_STORY].pairs, s[h][DIFFERENT_STORY].ratio());
            }
        });
        table.print(out);
        out.printf(Locale.ROOT, "entities: %s; linker built in %.1f s, %d pairs linked in %.2f s%n",
                noNer ? "gazetteer only (--no-ner)" : "CoreNLP and gazetteer", setupSeconds, pairs.size(), linkSeconds);
        Share[][] cross = shares.getOrDefault("across languages", new Share[][] {row(), row(), row()});
        Share[][] one = shares.getOrDefault("one language", new Share[][] {row(), row(), row()});
        out.printf(Locale.ROOT, "RESULT stories-pairs cross_same=%s cross_different=%s one_language_same=%s one_language_different=%s cross_n=%d one_language_n=%d%n",
                cross[2][SAME_STORY].ratio(), cross[2][DIFFERENT_STORY].ratio(), one[2][SAME_STORY].ratio(), one[2][DIFFERENT_STORY].ratio(),
                cross[2][SAME_STORY].pairs + cross[2][MIDDLE].pairs + cross[2][DIFFERENT_STORY].pairs,
                one[2][SAME_STORY].pairs + one[2][MIDDLE].pairs + one[2][DIFFERENT_STORY].pairs);
        out.flush();
        return BenchMain.Exit.OK.code;
    }

    private static Share[] row() {
        return new Share[] {new Share(), new Share(), new Share()};
    }

    /** Each pair's two articles by id ({@code PAIR/1}, {@code PAIR/2}), analyzed, or read from the {@code --analyzed} file. */
    private Map<String, AnalyzedArticle> analyzed(List<SimilarityPairs.Pair> pairs, PrintWriter err) throws IOException {
        ArticleJson json = new ArticleJson();
        Map<String, AnalyzedArticle> out = new HashMap<>();
        if (analyzed != null && Files.isRegularFile(analyzed)) {
            for (String line : Files.readAllLines(analyzed, StandardCharsets.UTF_8)) {
                AnalyzedArticle a = json.fromJson(line).analyzed();
                out.put(a.article().id(), a);
            }
            err.printf("bench: %d analyzed articles read from %s%n", out.size(), analyzed);
            boolean complete = pairs.stream().allMatch(p -> out.containsKey(p.id() + "/1") && out.containsKey(p.id() + "/2"));
            if (complete) return out;
            err.println("bench: " + analyzed + " lacks some of these pairs: analyzing again");
            out.clear();
        }
        List<Article> inputs = new ArrayList<>();
        for (SimilarityPairs.Pair p : pairs) {
            inputs.add(article(p.id() + "/1", p.lang1(), p.text1()));
            inputs.add(article(p.id() + "/2", p.lang2(), p.text2()));
        }
        err.printf("bench: analyzing %d articles%n", inputs.size());
        err.flush();
        ArticleAnalyzer analyzer = noNer ? new ArticleAnalyzer(EntityRecognizer.NONE, Gazetteer.standard()) : QuotesCommand.analyzer();
        List<AnalyzedArticle> done = ForkJoinPool.commonPool().submit(() -> inputs.parallelStream().map(analyzer::analyze).toList()).join();
        for (AnalyzedArticle a : done) out.put(a.article().id(), a);
        if (analyzed != null) {
            List<String> keep = new ArrayList<>();
            for (AnalyzedArticle a : done) keep.add(json.toJson(a, null));
            Files.write(analyzed, keep, StandardCharsets.UTF_8);
        }
        return out;
    }

    /** One text of the set as an article: HFL stored the title at the start of the text, so there is no title apart. */
    private static Article article(String id, String language, String text) {
        return new Article(id, id, null, null, null, DAY, List.of(), language, text, List.of());
    }
}
