// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many articles of a large news corpus hold each content stem, per language: what makes a word distinctive
 * when the collection being linked is too small to tell (five articles give every word nearly the same weight).
 * Read once from {@code frequencies-<language>.txt} beside this class, built by {@code veille bench frequencies};
 * a language without a file has no background. Immutable, thread-safe.
 */
public final class BackgroundFrequencies {

    /** The line giving the corpus's number of documents. */
    public static final String DOCUMENTS_KEY = "#documents";
    /** Languages looked for; adding one means adding its file and naming it here. */
    static final List<String> LANGUAGES = List.of("fr", "en", "de", "es", "it");

    private static final BackgroundFrequencies SHARED = load();

    private final int documents;
    private final Map<String, Integer> frequencies;

    private BackgroundFrequencies(int documents, Map<String, Integer> frequencies) {
        this.documents = documents;
        this.frequencies = frequencies;
    }

    public static BackgroundFrequencies shared() {
        return SHARED;
    }

    /** Documents of the background corpora (all languages: stems of different languages rarely meet). */
    public int documents() {
        return documents;
    }

    public int frequency(String stem) {
        return frequencies.getOrDefault(stem, 0);
    }

    private static BackgroundFrequencies load() {
        int documents = 0;
        Map<String, Integer> frequencies = new HashMap<>();
        for (String language : LANGUAGES) {
            InputStream in = BackgroundFrequencies.class.getResourceAsStream("frequencies-" + language + ".txt");
            if (in == null) continue;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    int tab = line.indexOf('\t');
                    if (tab < 0) continue;
                    String key = line.substring(0, tab);
                    int count = Integer.parseInt(line.substring(tab + 1).trim());
                    if (key.equals(DOCUMENTS_KEY)) documents += count;
                    else if (!key.startsWith("#")) frequencies.merge(key, count, Integer::sum);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the background frequencies for " + language, e);
            }
        }
        return new BackgroundFrequencies(documents, frequencies);
    }
}
