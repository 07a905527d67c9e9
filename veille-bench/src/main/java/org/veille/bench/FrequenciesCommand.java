// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.veille.link.BackgroundFrequencies;
import org.veille.link.ContentStems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code veille bench frequencies}: builds a language's background document frequencies (the resource
 * {@link BackgroundFrequencies} reads) from a corpus of news articles in that language, one JSON object per line
 * with a {@code title} and a {@code text}. The shipped French file is built from OrangeSum with
 * {@code --data ../shared/data/french-news/orangesum/orangesum_parsed.jsonl.gz --language fr}.
 */
@Command(name = "frequencies", mixinStandardHelpOptions = true,
        description = "Build a language's background document frequencies for the link stage from a news corpus.")
final class FrequenciesCommand implements Callable<Integer> {

    /** Stems seen in fewer documents than this are left out: rare enough to weigh as unseen, and the file stays small. */
    static final int MIN_DOCUMENTS = 3;

    @Mixin
    CorpusModelOptions corpus;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ContentStems stems = new ContentStems();
        Map<String, Integer> counts = new HashMap<>();
        int[] documents = {0};
        corpus.forEachText(text -> {
            for (String s : new HashSet<>(stems.stems(text, corpus.language))) counts.merge(s, 1, Integer::sum);
            documents[0]++;
        });
        Map<String, Integer> kept = new TreeMap<>();
        counts.forEach((s, c) -> {
            if (c >= MIN_DOCUMENTS) kept.put(s, c);
        });
        try (Writer w = Files.newBufferedWriter(corpus.out, StandardCharsets.UTF_8)) {
            w.write("# Background document frequencies for the link stage (" + corpus.language + "), built by `veille bench frequencies`\n");
            w.write("# from " + corpus.data.getFileName() + ": stems seen in at least " + MIN_DOCUMENTS + " documents.\n");
            w.write(BackgroundFrequencies.DOCUMENTS_KEY + "\t" + documents[0] + "\n");
            for (Map.Entry<String, Integer> e : kept.entrySet()) w.write(e.getKey() + "\t" + e.getValue() + "\n");
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf("%d documents, %d stems kept of %d, written to %s%n", documents[0], kept.size(), counts.size(), corpus.out);
        o.printf("RESULT frequencies documents=%d stems=%d%n", documents[0], kept.size());
        return 0;
    }
}
