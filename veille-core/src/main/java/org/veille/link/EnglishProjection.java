// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A text of another language as English stems, word by word through a {@link BilingualLexicon}: each content
 * word gives its translations' stems one share in all ("Regierung" → govern, administr, regimen: a third
 * each), so a word with many senses weighs no more than one with a single translation. A word the lexicon
 * does not know (a name, a number, a word it lacks) is kept as printed, so names still meet across
 * languages. A word the lexicon lacks as printed may be found under another form ({@link LookupForms}: "annulés"
 * under "annuler"). Thread-safe: holds the immutable lexicon and rules, the analyzers, and a concurrent memo of
 * each translation's stems (bounded by the lexicon's translations).
 */
final class EnglishProjection {

    private final BilingualLexicon lexicon;
    private final ContentWords words;
    private final LookupForms forms;
    private final Map<String, List<String>> translationStems = new ConcurrentHashMap<>();

    EnglishProjection(BilingualLexicon lexicon, ContentWords words) {
        this(lexicon, words, LookupForms.NONE);
    }

    EnglishProjection(BilingualLexicon lexicon, ContentWords words, LookupForms forms) {
        this.lexicon = lexicon;
        this.words = words;
        this.forms = forms;
    }

    /** Whether texts of {@code language} can be projected: English itself, or a language the lexicon covers. */
    boolean projects(String language) {
        return "en".equals(language) || lexicon.covers(language);
    }

    /** English stems of a text, each with its share (keys {@code en:stem}); empty when the language cannot be projected. */
    TermBag project(String text, String language) {
        TermBag.Builder bag = new TermBag.Builder();
        if ("en".equals(language)) {
            for (String stem : words.stems(text, "en")) bag.add(key(stem), 1);
            return bag.build();
        }
        if (!lexicon.covers(language)) return TermBag.EMPTY;
        for (String word : words.words(text, language)) {
            Set<String> stems = new LinkedHashSet<>();
            for (String translation : translations(language, word)) {
                stems.addAll(translationStems.computeIfAbsent(translation, t -> List.copyOf(words.stems(t, "en"))));
            }
            if (stems.isEmpty()) stems.addAll(words.stems(word, "en")); // a name or a number: as printed
            for (String stem : stems) bag.add(key(stem), 1.0 / stems.size());
        }
        return bag.build();
    }

    /** The word's translations as printed, else under the first of its other forms the lexicon knows. */
    List<String> translations(String language, String word) {
        List<String> found = lexicon.translations(language, word);
        for (String form : forms.forms(language, word)) {
            if (!found.isEmpty()) break;
            found = lexicon.translations(language, form);
        }
        return found;
    }

    /** A text's content words as printed, stemmed as English: what a language the lexicon does not cover shares with English (names, numbers). */
    List<String> asPrinted(String text, String language) {
        List<String> out = new java.util.ArrayList<>();
        for (String word : words.words(text, language)) out.addAll(words.stems(word, "en"));
        return out;
    }

    static String key(String englishStem) {
        return "en:" + englishStem;
    }

    List<String> stemsOf(String englishText) {
        return words.stems(englishText, "en");
    }
}
