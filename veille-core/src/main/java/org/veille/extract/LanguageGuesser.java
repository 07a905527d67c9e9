// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Guesses the language of a text from its function words. News text is long and full of them, so
 * counting the words of each language's stop list beats n-gram models for speed and is
 * as accurate on full articles; the stop lists are Lucene's, already on the class path for indexing.
 * Thread-safe: the word table is built once and never changed.
 */
public final class LanguageGuesser {

    /** Below this much evidence (in words) the guess is not trusted. */
    private static final double MIN_EVIDENCE = 2.0;
    /** The first few thousand characters tell the language as well as the whole text. */
    private static final int MAX_CHARS = 4000;

    /** Each function word with the languages it belongs to: a word shared by k languages gives each 1/k of a vote. */
    private final Map<String, List<String>> languagesOfWord;

    public LanguageGuesser() {
        Map<String, CharArraySet> lists = new LinkedHashMap<>();
        lists.put("fr", FrenchAnalyzer.getDefaultStopSet());
        lists.put("en", EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        lists.put("de", GermanAnalyzer.getDefaultStopSet());
        lists.put("es", SpanishAnalyzer.getDefaultStopSet());
        lists.put("it", ItalianAnalyzer.getDefaultStopSet());
        lists.put("pt", PortugueseAnalyzer.getDefaultStopSet());
        lists.put("nl", DutchAnalyzer.getDefaultStopSet());
        lists.put("ru", RussianAnalyzer.getDefaultStopSet());
        lists.put("sv", SwedishAnalyzer.getDefaultStopSet());
        lists.put("da", DanishAnalyzer.getDefaultStopSet());
        lists.put("no", NorwegianAnalyzer.getDefaultStopSet());
        lists.put("fi", FinnishAnalyzer.getDefaultStopSet());
        lists.put("hu", HungarianAnalyzer.getDefaultStopSet());
        lists.put("ro", RomanianAnalyzer.getDefaultStopSet());
        lists.put("tr", TurkishAnalyzer.getDefaultStopSet());
        lists.put("ca", CatalanAnalyzer.getDefaultStopSet());
        Map<String, List<String>> owners = new HashMap<>();
        lists.forEach((lang, set) -> {
            for (Object o : set) {
                String w = new String((char[]) o);
                if (w.length() >= 2) owners.computeIfAbsent(w, k -> new ArrayList<>()).add(lang);
            }
        });
        owners.replaceAll((w, langs) -> List.copyOf(langs));
        this.languagesOfWord = Map.copyOf(owners);
    }

    /** Whether a lower-case word is a function word of one of the languages (Lucene's stop lists). */
    boolean isFunctionWord(String lowerCase) {
        return languagesOfWord.containsKey(lowerCase);
    }

    /** Whether {@code word}, in lower case, is in the function-word list of {@code language}. */
    boolean isFunctionWord(String word, String language) {
        List<String> langs = languagesOfWord.get(word);
        return langs != null && langs.contains(language);
    }

    /** ISO 639-1 code of the text's language, or {@code fallback} when the text gives too little evidence. */
    public String guess(String text, String fallback) {
        Map<String, Double> votes = new HashMap<>();
        int wordStart = -1;
        int limit = Math.min(text.length(), MAX_CHARS);
        for (int i = 0; i <= limit; i++) {
            boolean letter = i < limit && Character.isLetter(text.charAt(i));
            if (letter && wordStart < 0) {
                wordStart = i;
            } else if (!letter && wordStart >= 0) {
                List<String> langs = languagesOfWord.get(text.substring(wordStart, i).toLowerCase(Locale.ROOT));
                if (langs != null) {
                    for (String lang : langs) votes.merge(lang, 1.0 / langs.size(), Double::sum);
                }
                wordStart = -1;
            }
        }
        return votes.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_EVIDENCE)
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(fallback);
    }
}
