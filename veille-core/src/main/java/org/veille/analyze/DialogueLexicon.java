// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words of dash dialogue for one language, read once from {@code dialogue-<lang>.txt}: the speech
 * verbs of incises, the inverted pronouns, the words that end the speaker's noun phrase, and the signs
 * that words are speech. Immutable and thread-safe.
 */
final class DialogueLexicon {

    private final Map<String, Set<String>> sections;

    private DialogueLexicon(Map<String, Set<String>> sections) {
        this.sections = sections;
    }

    /**
     * The lexicon of a language with a file, its verbs joined by {@code moreVerbs} (the news speech verbs
     * of {@link QuoteLexicon}); empty when the language has no file.
     */
    static Optional<DialogueLexicon> load(String language, Set<String> moreVerbs) {
        String name = "dialogue-" + language + ".txt";
        try (InputStream in = DialogueLexicon.class.getResourceAsStream(name)) {
            if (in == null) return Optional.empty();
            Map<String, Set<String>> sections = parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            Set<String> verbs = new HashSet<>(sections.getOrDefault("verb", Set.of()));
            for (String v : moreVerbs) verbs.add(SpeakerLexicon.normalize(v));
            sections.put("verb", verbs);
            Map<String, Set<String>> frozen = new HashMap<>();
            sections.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
            return Optional.of(new DialogueLexicon(Map.copyOf(frozen)));
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    private static Map<String, Set<String>> parse(BufferedReader reader) throws IOException {
        Map<String, Set<String>> sections = new HashMap<>();
        String section = null;
        for (String line; (line = reader.readLine()) != null; ) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1);
                sections.computeIfAbsent(section, s -> new HashSet<>());
                continue;
            }
            if (section == null) throw new IllegalStateException("word outside a section: " + line);
            for (String word : SpeakerLexicon.normalize(line).split(" ")) sections.get(section).add(word);
        }
        return sections;
    }

    /** Whether {@code word} (any case, either apostrophe) is in {@code section}. */
    boolean has(String section, String word) {
        return sections.getOrDefault(section, Set.of()).contains(SpeakerLexicon.normalize(word));
    }

    /** A speech verb of incises: "répondit", "s'écria", also with its reflexive pronoun cut ("écria"). */
    boolean isVerb(String word) {
        String w = SpeakerLexicon.normalize(word);
        if (has("verb", w)) return true;
        return w.startsWith("s'") && has("verb", w.substring(2));
    }
}
