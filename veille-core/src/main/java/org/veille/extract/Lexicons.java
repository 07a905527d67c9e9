// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import morfologik.fsa.FSATraversal;
import morfologik.fsa.MatchResult;
import morfologik.stemming.Dictionary;

/**
 * Every word form of a few languages, to tell which of them a short fragment is written in. A stop list
 * ({@link LanguageGuesser}) knows only function words; a fragment's content words ("defensa", "defence")
 * need a full lexicon. These are LanguageTool's part-of-speech dictionaries from Maven Central, each one
 * morfologik automaton of all inflected forms (1 to 3 MB each in memory, read in about 150 ms for all): English, French, German,
 * Spanish and Portuguese, the languages news is most often translated from and into here.
 * <p>
 * Read once per JVM from the class path when the class is first used; the automata are never changed
 * after, so one instance serves every thread.
 */
final class Lexicons {

    private static final String RESOURCES = "/org/languagetool/resource/";
    private static final Lexicons SHARED = new Lexicons(Map.of(
            "en", RESOURCES + "en/english.dict",
            "fr", RESOURCES + "fr/french.dict",
            "de", RESOURCES + "de/german.dict",
            "es", RESOURCES + "es/es-ES.dict",
            "pt", RESOURCES + "pt/portuguese.dict"));

    private final Map<String, Lexicon> byLanguage;

    private Lexicons(Map<String, String> resourceOfLanguage) {
        Map<String, Lexicon> loaded = new LinkedHashMap<>();
        resourceOfLanguage.forEach((language, resource) -> loaded.put(language, Lexicon.read(resource)));
        this.byLanguage = Map.copyOf(loaded);
    }

    /** The lexicons, read when this class is first used: when the first extractor is built. */
    static Lexicons shared() {
        return SHARED;
    }

    /** ISO 639-1 codes of the languages whose words are known. */
    Set<String> languages() {
        return byLanguage.keySet();
    }

    /**
     * Whether {@code word} is a form of {@code language}, as written or, capitalised at the start of a
     * sentence or as a title, in lower case ("Defensa" → "defensa").
     */
    boolean knows(String language, String word) {
        Lexicon lexicon = byLanguage.get(language);
        if (lexicon == null) return false;
        if (lexicon.contains(word)) return true;
        String lower = word.toLowerCase(Locale.ROOT);
        return !lower.equals(word) && lexicon.contains(lower);
    }

    /** One dictionary: its automaton holds "form SEPARATOR lemma SEPARATOR tag" sequences. */
    private record Lexicon(FSATraversal automaton, byte separator, Charset charset) {

        static Lexicon read(String resource) {
            URL url = Lexicons.class.getResource(resource);
            if (url == null) throw new IllegalStateException("missing word list on the class path: " + resource);
            try {
                Dictionary d = Dictionary.read(url);
                return new Lexicon(new FSATraversal(d.fsa), d.metadata.getSeparator(), d.metadata.getEncoder().charset());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read word list " + resource, e);
            }
        }

        /** A form is known when some sequence starts with it and the separator. */
        boolean contains(String form) {
            byte[] encoded = form.getBytes(charset);
            byte[] prefix = new byte[encoded.length + 1];
            System.arraycopy(encoded, 0, prefix, 0, encoded.length);
            prefix[encoded.length] = separator;
            return automaton.match(prefix).kind == MatchResult.SEQUENCE_IS_A_PREFIX;
        }
    }
}
