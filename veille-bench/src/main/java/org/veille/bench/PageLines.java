// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code --pages FILE}: one JSON line per page of a run, what the tool found beside the gold, to read its misses. */
final class PageLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PageLines() {
    }

    /** The fields every set's line has: the page's id and address, the title and day found beside the gold's, the text found. */
    static Map<String, Object> line(String id, String url, Output found, String goldTitle, String goldDay) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", id);
        line.put("url", url);
        line.put("title", found.title());
        line.put("gold_title", goldTitle);
        line.put("published", Scores.day(found.published()));
        line.put("gold_published", goldDay);
        line.put("text", found.text());
        return line;
    }

    static void write(Path file, List<Map<String, Object>> pages) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Map<String, Object> page : pages) out.write(JSON.writeValueAsString(page) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a page line that is not JSON", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
