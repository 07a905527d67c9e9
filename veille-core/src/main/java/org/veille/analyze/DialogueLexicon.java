// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
        return SectionedWords.read("dialogue-" + language + ".txt").map(lines -> {
            Map<String, Set<String>> sections = new HashMap<>();
            lines.forEach((section, entries) -> {
                Set<String> words = sections.computeIfAbsent(section, s -> new HashSet<>());
                for (String line : entries) words.addAll(List.of(line.split(" ")));
            });
            Set<String> verbs = sections.computeIfAbsent("verb", s -> new HashSet<>());
            for (String v : moreVerbs) verbs.add(SpeakerLexicon.normalize(v));
            Map<String, Set<String>> frozen = new HashMap<>();
            sections.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
            return new DialogueLexicon(Map.copyOf(frozen));
        });
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
