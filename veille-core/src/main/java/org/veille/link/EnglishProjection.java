// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A text of another language as English stems, word by word through a {@link BilingualLexicon}: each content
 * word gives its translations' stems one share in all ("Regierung" → govern, administr, regimen: a third
 * each), so a word with many senses weighs no more than one with a single translation. A word the lexicon
 * does not know (a name, a number, a word it lacks) is kept as printed, so names still meet across
 * languages. Thread-safe: holds the immutable lexicon and the analyzers.
 */
final class EnglishProjection {

    private final BilingualLexicon lexicon;
    private final ContentWords words;

    EnglishProjection(BilingualLexicon lexicon, ContentWords words) {
        this.lexicon = lexicon;
        this.words = words;
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
            for (String translation : lexicon.translations(language, word)) stems.addAll(words.stems(translation, "en"));
            if (stems.isEmpty()) stems.addAll(words.stems(word, "en")); // a name or a number: as printed
            for (String stem : stems) bag.add(key(stem), 1.0 / stems.size());
        }
        return bag.build();
    }

    static String key(String englishStem) {
        return "en:" + englishStem;
    }

    List<String> stemsOf(String englishText) {
        return words.stems(englishText, "en");
    }
}
