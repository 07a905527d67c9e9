// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the analyze stage's per-language word files: sections headed {@code [name]}, one entry a line,
 * {@code #} comments, every line normalized as {@link SpeakerLexicon#normalize} does. What a line means
 * (one phrase, or several words) is the reader's business.
 */
final class SectionedWords {

    private SectionedWords() {
    }

    /** The lines of each section of a resource beside this class, or empty when there is no such file. */
    static Optional<Map<String, List<String>>> read(String resource) {
        try (InputStream in = SectionedWords.class.getResourceAsStream(resource)) {
            if (in == null) return Optional.empty();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, List<String>> sections = new LinkedHashMap<>();
            String section = null;
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                if (line.startsWith("[") && line.endsWith("]")) {
                    section = line.substring(1, line.length() - 1);
                    sections.computeIfAbsent(section, s -> new ArrayList<>());
                    continue;
                }
                if (section == null) throw new IllegalStateException(resource + ": a line outside a section: " + line);
                sections.get(section).add(SpeakerLexicon.normalize(line));
            }
            return Optional.of(sections);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
