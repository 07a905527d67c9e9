// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.zip.GZIPInputStream;
import org.veille.analyze.AnalyzedArticle;
import org.veille.analyze.ArticleAnalyzer;
import org.veille.extract.ArticleExtractor;
import org.veille.extract.Extraction;
import org.veille.link.DocumentFrequencies;
import org.veille.link.LinkFeatureExtractor;
import org.veille.link.LinkFeatures;
import org.veille.link.Stories;
import org.veille.link.StoryLinker;
import org.veille.read.Capture;
import org.veille.read.CaptureReader;
import org.veille.read.ReadListener;
import org.veille.store.ArticleJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stories --data FILE.jsonl}: Veille's stories and threads against gold labels. Each line of the file is
 * an article {@code {"id","url","title","date","text","story","thread"}}; a line without {@code text} takes
 * it (and url, title, date) from the OrangeSum record of the same id ({@code --texts}), so a labelled set keeps
 * ids and labels only. The texts go through the normal read, extract and analyze stages, then the link stage
 * is timed alone: B-cubed precision, recall and F1 for stories and threads, the largest predicted story, link
 * articles per second and peak resident memory.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "Stories and threads (B-cubed) against a labelled JSON Lines file.")
final class StoriesCommand implements Callable<Integer> {

    /** The stream's cost is reported per this many articles, at its start and at its end. */
    static final int PER_STEP = 1000;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "labelled articles, one JSON object per line")
    Path data;

    @Option(names = "--texts", paramLabel = "FILE",
            description = "OrangeSum records for lines without text (default: " + FrNewsSet.TEXTS + " beside the project)")
    Path texts;

    @Option(names = "--analyzed", paramLabel = "FILE",
            description = "keep the analyzed articles in this JSON Lines file and read them from it on later runs (the link stage alone is then run)")
    Path analyzed;

    @Option(names = "--errors", description = "print the largest predicted stories with their gold labels, and the gold stories split")
    boolean errors;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "write each labelled article's predicted and gold story and thread there, one JSON object per line")
    Path predictions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One labelled article. */
    record Labelled(String id, String url, String story, String thread) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ObjectNode> lines = readLabels();
        List<Labelled> gold = new ArrayList<>();
        for (ObjectNode o : lines) gold.add(new Labelled(o.path("id").asText(), o.path("url").asText(null),
                o.path("story").asText(), o.path("thread").asText(null)));
        List<AnalyzedArticle> articles = analyzedArticles(lines, err);
        Map<String, Integer> goldIndex = byUrl(gold);

        long built = System.nanoTime();
        StoryLinker linker = new StoryLinker(); // reads the bilingual lexicon once: not part of linking
        double setupSeconds = (System.nanoTime() - built) / 1e9;
        long start = System.nanoTime();
        LinkFeatureExtractor extractor = linker.extractor();
        List<LinkFeatures> features = new ArrayList<>(articles.size());
        for (AnalyzedArticle a : articles) features.add(extractor.extract(a));
        long[] thousands = new long[articles.size() / PER_STEP + 1];
        long streamStart = System.nanoTime();
        Stories stories = linker.linkFeatures(features, Map.of(), DocumentFrequencies.of(features, linker.vocabulary()), placed -> {
            if (placed % PER_STEP == 0) thousands[placed / PER_STEP] = System.nanoTime();
        });
        double seconds = (System.nanoTime() - start) / 1e9;

        List<String> predictedStory = new ArrayList<>();
        List<String> predictedThread = new ArrayList<>();
        List<String> goldStory = new ArrayList<>();
        List<String> goldThread = new ArrayList<>();
        List<AnalyzedArticle> matched = new ArrayList<>();
        List<Labelled> matchedGold = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (AnalyzedArticle a : articles) {
            Integer g = goldIndex.get(a.article().url());
            if (g == null || !seen.add(g)) continue;
            matched.add(a);
            matchedGold.add(gold.get(g));
            predictedStory.add(stories.storyOf().get(a.article().id()));
            predictedThread.add(stories.threadOf().get(a.article().id()));
            goldStory.add(gold.get(g).story());
            goldThread.add(gold.get(g).thread() == null ? gold.get(g).story() : gold.get(g).thread());
        }
        if (matched.size() < gold.size()) err.printf("bench: %d of %d labelled articles came out of the pipeline%n", matched.size(), gold.size());
        BCubed s = BCubed.of(predictedStory, goldStory);
        BCubed t = BCubed.of(predictedThread, goldThread);
        int largest = largest(predictedStory);
        double perSecond = articles.size() / Math.max(seconds, 1e-9);
        long peakMb = ScaleCommand.vmHwm(ProcessHandle.current().pid()) >> 20;
        if (errors) printErrors(out, matched, predictedStory, goldStory);
        if (predictions != null) writePredictions(matched, matchedGold, predictedStory, predictedThread);
        Table table = new Table("", "B3 precision", "B3 recall", "B3 F1", "clusters", "largest");
        table.row("stories (gold)", "", "", "", String.valueOf(new HashSet<>(goldStory).size()), String.valueOf(largest(goldStory)));
        table.row("stories (Veille)", f(s.precision()), f(s.recall()), f(s.f1()), String.valueOf(new HashSet<>(predictedStory).size()), String.valueOf(largest));
        table.row("threads (gold)", "", "", "", String.valueOf(new HashSet<>(goldThread).size()), String.valueOf(largest(goldThread)));
        table.row("threads (Veille)", f(t.precision()), f(t.recall()), f(t.f1()), String.valueOf(new HashSet<>(predictedThread).size()), String.valueOf(largest(predictedThread)));
        table.print(out);
        out.printf("link stage: %d articles in %.2f s (%.0f articles/s), peak resident %d MB; linker built in %.1f s%n",
                articles.size(), seconds, perSecond, peakMb, setupSeconds);
        int steps = articles.size() / PER_STEP;
        if (steps >= 2) {
            thousands[0] = streamStart;
            out.printf("in date order: first %d articles %.2f s, last full %d %.2f s%n", PER_STEP, (thousands[1] - thousands[0]) / 1e9,
                    PER_STEP, (thousands[steps] - thousands[steps - 1]) / 1e9);
        }
        out.printf("RESULT stories bcubed_f1=%.3f precision=%.3f recall=%.3f threads_f1=%.3f largest=%d link_per_s=%.0f peak_mb=%d%n",
                s.f1(), s.precision(), s.recall(), t.f1(), largest, perSecond, peakMb);
        out.flush();
        return BenchMain.Exit.OK.code;
    }

    private void writePredictions(List<AnalyzedArticle> matched, List<Labelled> gold, List<String> story, List<String> thread)
            throws IOException {
        try (java.io.Writer w = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
            for (int i = 0; i < matched.size(); i++) {
                ObjectNode o = JSON.createObjectNode();
                o.put("id", gold.get(i).id());
                o.put("title", matched.get(i).article().title());
                o.put("story", story.get(i));
                o.put("thread", thread.get(i));
                o.put("gold_story", gold.get(i).story());
                o.put("gold_thread", gold.get(i).thread());
                w.write(JSON.writeValueAsString(o) + "\n");
            }
        }
    }

    private List<ObjectNode> readLabels() throws IOException {
        List<ObjectNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(data, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            lines.add((ObjectNode) JSON.readTree(line));
        }
        boolean needTexts = lines.stream().anyMatch(o -> !o.hasNonNull("text"));
        if (needTexts) {
            Path corpus = texts != null ? texts : FrNewsSet.findTexts(data.toAbsolutePath().getParent());
            if (corpus == null) throw new CommandLine.ParameterException(spec.commandLine(),
                    FrNewsSet.TEXTS + " not found: give the OrangeSum records with --texts FILE");
            Map<String, ObjectNode> byId = new HashMap<>();
            for (ObjectNode o : lines) if (!o.hasNonNull("text")) byId.put(o.path("id").asText(), o);
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    JsonNode r = JSON.readTree(line);
                    ObjectNode o = byId.remove(r.path("id").asText());
                    if (o == null) continue;
                    for (String field : List.of("url", "title", "text")) o.set(field, r.get(field));
                    o.set("date", r.has("published_time") ? r.get("published_time") : r.get("date"));
                }
            }
            if (!byId.isEmpty()) throw new CommandLine.ParameterException(spec.commandLine(),
                    byId.size() + " labelled ids are not in " + corpus + " (for example " + byId.keySet().iterator().next() + ")");
        }
        for (ObjectNode o : lines) if (!o.hasNonNull("url")) o.put("url", "urn:veille-bench:" + o.path("id").asText());
        return lines;
    }

    /** The articles through read, extract and analyze, or from the {@code --analyzed} file of an earlier run. */
    private List<AnalyzedArticle> analyzedArticles(List<ObjectNode> lines, PrintWriter err) throws IOException {
        ArticleJson json = new ArticleJson();
        if (analyzed != null && Files.isRegularFile(analyzed)) {
            List<AnalyzedArticle> out = new ArrayList<>();
            for (String line : Files.readAllLines(analyzed, StandardCharsets.UTF_8)) out.add(json.fromJson(line).analyzed());
            err.printf("bench: %d analyzed articles read from %s%n", out.size(), analyzed);
            err.flush();
            return out;
        }
        Path input = Files.createTempFile("veille-stories", ".jsonl");
        try {
            List<String> records = new ArrayList<>();
            for (ObjectNode o : lines) {
                ObjectNode r = JSON.createObjectNode();
                for (String field : List.of("id", "url", "title", "date", "text")) r.set(field, o.get(field));
                records.add(JSON.writeValueAsString(r));
            }
            Files.write(input, records, StandardCharsets.UTF_8);
            List<Capture> captures = new ArrayList<>();
            new CaptureReader().read(List.of(input), new ReadListener() {
                @Override
                public void captured(Capture capture) {
                    captures.add(capture);
                }

                @Override
                public void failed(String source, String reason) {
                    err.println("bench: " + source + ": " + reason);
                }
            });
            err.printf("bench: analyzing %d articles%n", captures.size());
            err.flush();
            ArticleExtractor extractor = new ArticleExtractor();
            ArticleAnalyzer analyzer = QuotesCommand.analyzer();
            List<AnalyzedArticle> out = ForkJoinPool.commonPool().submit(() -> captures.parallelStream()
                    .map(c -> extractor.extract(c) instanceof Extraction.Extracted e ? analyzer.analyze(e.article()) : null)
                    .filter(a -> a != null).toList()).join();
            if (analyzed != null) {
                List<String> keep = new ArrayList<>();
                for (AnalyzedArticle a : out) keep.add(json.toJson(a, null));
                Files.write(analyzed, keep, StandardCharsets.UTF_8);
            }
            return out;
        } finally {
            Files.deleteIfExists(input);
        }
    }

    private static Map<String, Integer> byUrl(List<Labelled> gold) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) out.putIfAbsent(gold.get(i).url(), i);
        return out;
    }

    private static int largest(List<String> labels) {
        Map<String, Integer> sizes = new HashMap<>();
        for (String l : labels) sizes.merge(l, 1, Integer::sum);
        return sizes.values().stream().max(Integer::compare).orElse(0);
    }

    /** The ten largest predicted stories with the gold story of each member, then the gold stories split most. */
    private static void printErrors(PrintWriter out, List<AnalyzedArticle> articles, List<String> predicted, List<String> gold) {
        Map<String, List<Integer>> byPredicted = new LinkedHashMap<>();
        Map<String, List<Integer>> byGold = new LinkedHashMap<>();
        for (int i = 0; i < predicted.size(); i++) {
            byPredicted.computeIfAbsent(predicted.get(i), k -> new ArrayList<>()).add(i);
            byGold.computeIfAbsent(gold.get(i), k -> new ArrayList<>()).add(i);
        }
        out.println("MIXED PREDICTED STORIES (members with their gold story)");
        byPredicted.values().stream().filter(m -> m.stream().map(gold::get).distinct().count() > 1)
                .sorted(Comparator.comparingInt((List<Integer> m) -> m.size()).reversed()).limit(25).forEach(m -> {
                    out.printf("  %d articles%n", m.size());
                    for (int i : m) out.printf("    %-40s %s  %s%n", gold.get(i), articles.get(i).article().published(),
                            clip(articles.get(i).article().title()));
                });
        out.println("SPLIT GOLD STORIES (members with their predicted story)");
        byGold.entrySet().stream().filter(e -> e.getValue().stream().map(predicted::get).distinct().count() > 1)
                .sorted(Comparator.comparingInt((Map.Entry<String, List<Integer>> e) -> e.getValue().size()).reversed()).limit(25)
                .forEach(e -> {
                    out.printf("  %s (%d)%n", e.getKey(), e.getValue().size());
                    for (int i : e.getValue()) out.printf("    %-24s %s  %s%n", predicted.get(i), articles.get(i).article().published(),
                            clip(articles.get(i).article().title()));
                });
    }

    private static String clip(String s) {
        return s == null ? "-" : s.length() > 90 ? s.substring(0, 89) + "…" : s;
    }

    private static String f(double x) {
        return String.format("%.3f", x);
    }
}
