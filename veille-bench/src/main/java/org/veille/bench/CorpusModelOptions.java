// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/** Options of the commands that build a link-stage resource from a news corpus, and the reading of its articles. */
final class CorpusModelOptions {

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "articles, JSON lines (.gz read as gzip)")
    Path data;

    @Option(names = "--language", required = true, description = "the corpus's language (ISO 639-1)")
    String language;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the resource file to write")
    Path out;

    /** Gives each article's title and text, one string per article, in the file's order. */
    void forEachText(Consumer<String> article) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = JsonLinesFile.open(data)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode record = json.readTree(line);
                article.accept(record.path("title").asText("") + "\n" + record.path("text").asText(""));
            }
        }
    }
}
