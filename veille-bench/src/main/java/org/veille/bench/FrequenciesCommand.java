// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.veille.link.BackgroundFrequencies;
import org.veille.link.ContentStems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "articles, JSON lines (.gz read as gzip)")
    Path data;

    @Option(names = "--language", required = true, description = "the corpus's language (ISO 639-1)")
    String language;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the frequencies file to write")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ContentStems stems = new ContentStems();
        Map<String, Integer> counts = new HashMap<>();
        int documents = 0;
        try (BufferedReader in = JsonLinesFile.open(data)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode record = json.readTree(line);
                String text = record.path("title").asText("") + "\n" + record.path("text").asText("");
                Set<String> distinct = new HashSet<>(stems.stems(text, language));
                for (String s : distinct) counts.merge(s, 1, Integer::sum);
                documents++;
            }
        }
        Map<String, Integer> kept = new TreeMap<>();
        counts.forEach((s, c) -> {
            if (c >= MIN_DOCUMENTS) kept.put(s, c);
        });
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# Background document frequencies for the link stage (" + language + "), built by `veille bench frequencies`\n");
            w.write("# from " + data.getFileName() + ": stems seen in at least " + MIN_DOCUMENTS + " documents.\n");
            w.write(BackgroundFrequencies.DOCUMENTS_KEY + "\t" + documents + "\n");
            for (Map.Entry<String, Integer> e : kept.entrySet()) w.write(e.getKey() + "\t" + e.getValue() + "\n");
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf("%d documents, %d stems kept of %d, written to %s%n", documents, kept.size(), counts.size(), out);
        o.printf("RESULT frequencies documents=%d stems=%d%n", documents, kept.size());
        return 0;
    }
}
