// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.veille.link.ContentStems;
import org.veille.link.TopicSpace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code veille bench topics}: learns a language's topic vectors (the resource {@link TopicSpace} reads) from a
 * corpus of news articles in that language, one JSON object per line with a {@code title} and a {@code text}, no
 * labels read ({@link TopicSpaceBuilder}). The shipped French file is built from OrangeSum with
 * {@code --data ../shared/data/french-news/orangesum/orangesum_parsed.jsonl.gz --language fr}.
 */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = "Learn a language's topic vectors for the link stage from a news corpus (latent semantic analysis).")
final class TopicsCommand implements Callable<Integer> {

    /** A stem in fewer articles than this has no reliable company to learn from, and names one event more than a subject. */
    static final int MIN_DOCUMENTS = 10;
    /** The most widespread stems kept: enough for a news vocabulary, few enough for a file of about four megabytes. */
    static final int MAX_STEMS = 20_000;
    /**
     * Dimensions: enough to tell car news from obituaries and media news (on the labelled week, 128 put 68% of stories
     * nearest their own thread's centroid, 64 dimensions 65%), few enough to keep a thread's profile small.
     */
    static final int DIMENSIONS = 128;

    @Mixin
    CorpusModelOptions corpus;

    @Option(names = "--dimensions", description = "dimensions of the vectors (default: ${DEFAULT-VALUE})")
    int dimensions = DIMENSIONS;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ContentStems stems = new ContentStems();
        TopicSpaceBuilder builder = new TopicSpaceBuilder();
        corpus.forEachText(text -> builder.add(stems.stems(text, corpus.language)));
        long start = System.nanoTime();
        Map<String, float[]> vectors = new TreeMap<>(builder.build(MIN_DOCUMENTS, MAX_STEMS, dimensions));
        long millis = (System.nanoTime() - start) / 1_000_000;
        try (Writer w = Files.newBufferedWriter(corpus.out, StandardCharsets.UTF_8)) {
            w.write("# Topic vectors for the link stage (" + corpus.language + "), built by `veille bench topics` from " + corpus.data.getFileName() + "\n");
            w.write("# (" + builder.articles() + " articles; stems in at least " + MIN_DOCUMENTS + " of them, at most " + MAX_STEMS
                    + "; " + dimensions + " dimensions). A line: stem, largest absolute coordinate, coordinates as signed bytes in Base64.\n");
            for (Map.Entry<String, float[]> e : vectors.entrySet()) w.write(TopicSpace.line(e.getKey(), e.getValue()) + "\n");
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf("%d documents, %d stems in %d dimensions (%d ms), written to %s%n", builder.articles(), vectors.size(), dimensions, millis, corpus.out);
        o.printf("RESULT topics documents=%d stems=%d dimensions=%d%n", builder.articles(), vectors.size(), dimensions);
        return 0;
    }
}
