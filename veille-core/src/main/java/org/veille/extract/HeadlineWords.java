// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content words the headline rules compare: lower case, accents folded, function words of any language left
 * out ({@link LanguageGuesser}'s lists, Lucene's per-language stop files), so "L'ex-collaboratrice d'Epstein" and
 * the slug "l-ex-collaboratrice-de-jeffrey-epstein" share "collaboratrice" and "epstein". Thread-safe.
 */
final class HeadlineWords {

    /** Words with a letter: numbers are shared by chance ("2020", "19") and slugs spell them otherwise ("vingt"). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]*\\p{L}[\\p{L}\\p{N}]*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** "ae", "oe", "ue": how an address spells "ä", "ö", "ü". */
    private static final Pattern TRANSLITERATION = Pattern.compile("([aou])e");

    private final LanguageGuesser languages;

    HeadlineWords(LanguageGuesser languages) {
        this.languages = languages;
    }

    /** The content words of a text, in order, repeats kept. */
    List<String> of(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (w.length() < 2 || languages.isFunctionWord(w)) continue;
            words.add(fold(w));
        }
        return words;
    }

    /** The share of {@code words} found in {@code among}; 0 for no words. */
    static double share(List<String> words, Collection<String> among) {
        if (words.isEmpty()) return 0;
        int found = 0;
        for (String w : words) if (among.contains(w)) found++;
        return (double) found / words.size();
    }

    /**
     * Accents left out, and the spellings that stand for them in addresses ("zapfsaeulen", "strasse") read as the
     * letter: "Zapfsäulen" and the slug's "zapfsaeulen" are one word. Both sides are folded alike, so a word spelled
     * with "ae" of its own ("Israel") still meets itself.
     */
    static String fold(String word) {
        String plain = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
        return TRANSLITERATION.matcher(plain.replace("ß", "ss")).replaceAll("$1");
    }
}
