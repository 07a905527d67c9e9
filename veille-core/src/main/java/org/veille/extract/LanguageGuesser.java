// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.util.HashMap;
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
 * counting words that belong to one language's stop list only beats n-gram models for speed and is
 * as accurate on full articles; the stop lists are Lucene's, already on the class path for indexing.
 * Thread-safe: the word table is built once and never changed.
 */
public final class LanguageGuesser {

    /** Below this many distinctive words the guess is not trusted. */
    private static final int MIN_EVIDENCE = 3;

    private final Map<String, String> distinctiveWord;

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
        Map<String, String> owner = new HashMap<>();
        Map<String, Boolean> shared = new HashMap<>();
        lists.forEach((lang, set) -> {
            for (Object o : set) {
                String w = new String((char[]) o);
                if (w.length() < 2) continue;
                String previous = owner.putIfAbsent(w, lang);
                if (previous != null && !previous.equals(lang)) shared.put(w, true);
            }
        });
        shared.keySet().forEach(owner::remove);
        this.distinctiveWord = Map.copyOf(owner);
    }

    /** ISO 639-1 code of the text's language, or {@code fallback} when the text gives too little evidence. */
    public String guess(String text, String fallback) {
        Map<String, Integer> votes = new HashMap<>();
        int wordStart = -1;
        int limit = Math.min(text.length(), 20_000);
        for (int i = 0; i <= limit; i++) {
            boolean letter = i < limit && Character.isLetter(text.charAt(i));
            if (letter && wordStart < 0) {
                wordStart = i;
            } else if (!letter && wordStart >= 0) {
                String lang = distinctiveWord.get(text.substring(wordStart, i).toLowerCase(Locale.ROOT));
                if (lang != null) votes.merge(lang, 1, Integer::sum);
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
