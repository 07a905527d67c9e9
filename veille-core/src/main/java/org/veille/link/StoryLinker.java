// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.veille.analyze.AnalyzedArticle;
import org.veille.analyze.Entity;

/**
 * Groups articles that tell the same story: the same event, whether copied, translated or reported
 * anew. Two articles are linked when they are exact duplicates, or when their weighted words or their
 * named identities are similar enough (identities carry across languages: a translation shares them
 * all) and their dates, when both are known, are close. Stories are the connected groups.
 * Candidate pairs come from an inverted index over each article's most distinctive features, so the
 * work grows with the corpus, not with its square. Thread-safe: stateless between calls.
 */
public final class StoryLinker {

    /** Cosine of weighted content words above which two articles tell the same story. */
    static final double WORD_THRESHOLD = 0.15;
    /** Cosine of weighted identities above which two articles tell the same story. */
    static final double ENTITY_THRESHOLD = 0.45;
    /** Articles of one story are published within this many days of each other. */
    static final int MAX_DAYS_APART = 7;
    /** Each article is indexed by this many of its strongest features. */
    static final int INDEXED_FEATURES = 12;
    /** Features shared by more articles than this say nothing about a story; they are not used to find candidates. */
    static final int MAX_POSTING = 500;

    private static final CharArraySet STOPWORDS = stopwords();

    public Stories link(List<AnalyzedArticle> articles) {
        int n = articles.size();
        Map<String, String> duplicates = new LinkedHashMap<>();
        Map<String, Integer> firstByText = new HashMap<>();
        List<Map<String, Double>> words = new ArrayList<>(n);
        List<Map<String, Double>> entities = new ArrayList<>(n);
        for (AnalyzedArticle a : articles) {
            words.add(termCounts(a.article().text()));
            entities.add(entityCounts(a.entities()));
        }
        weigh(words);
        weigh(entities);
        UnionFind groups = new UnionFind(n);
        for (int i = 0; i < n; i++) {
            String key = normalise(articles.get(i).article().text());
            Integer first = firstByText.putIfAbsent(key, i);
            if (first != null) {
                groups.union(first, i);
                duplicates.put(articles.get(i).article().id(), articles.get(first).article().id());
            }
        }
        for (int[] pair : candidates(words, entities)) {
            int i = pair[0];
            int j = pair[1];
            if (!closeInTime(articles.get(i), articles.get(j))) continue;
            if (cosine(words.get(i), words.get(j)) >= WORD_THRESHOLD || cosine(entities.get(i), entities.get(j)) >= ENTITY_THRESHOLD) {
                groups.union(i, j);
            }
        }
        return new Stories(storyIds(articles, groups), duplicates);
    }

    /** Pairs of articles that share at least one of their strongest features. */
    private static List<int[]> candidates(List<Map<String, Double>> words, List<Map<String, Double>> entities) {
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            for (String f : strongest(words.get(i))) postings.computeIfAbsent("w:" + f, k -> new ArrayList<>()).add(i);
            for (String f : strongest(entities.get(i))) postings.computeIfAbsent("e:" + f, k -> new ArrayList<>()).add(i);
        }
        Set<Long> seen = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (List<Integer> docs : postings.values()) {
            if (docs.size() < 2 || docs.size() > MAX_POSTING) continue;
            for (int a = 0; a < docs.size(); a++) {
                for (int b = a + 1; b < docs.size(); b++) {
                    int i = docs.get(a);
                    int j = docs.get(b);
                    if (seen.add(((long) i << 32) | j)) pairs.add(new int[] {i, j});
                }
            }
        }
        return pairs;
    }

    private static List<String> strongest(Map<String, Double> vector) {
        return vector.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(INDEXED_FEATURES).map(Map.Entry::getKey).toList();
    }

    private static boolean closeInTime(AnalyzedArticle a, AnalyzedArticle b) {
        LocalDate da = a.article().publishedDay();
        LocalDate db = b.article().publishedDay();
        return da == null || db == null || Math.abs(ChronoUnit.DAYS.between(da, db)) <= MAX_DAYS_APART;
    }

    /** Story ids are the id of each story's first article, by date then input order: stable across runs. */
    private static Map<String, String> storyIds(List<AnalyzedArticle> articles, UnionFind groups) {
        Map<Integer, Integer> first = new HashMap<>();
        Comparator<Integer> byDate = Comparator.comparing((Integer i) -> articles.get(i).article().publishedDay(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(i -> i);
        for (int i = 0; i < articles.size(); i++) first.merge(groups.find(i), i, (x, y) -> byDate.compare(x, y) <= 0 ? x : y);
        Map<String, String> storyOf = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            storyOf.put(articles.get(i).article().id(), "s-" + articles.get(first.get(groups.find(i))).article().id());
        }
        return storyOf;
    }

    private static Map<String, Double> termCounts(String text) {
        Map<String, Double> counts = new HashMap<>();
        for (String w : normalise(text).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() < 3 || STOPWORDS.contains(w) || w.chars().allMatch(Character::isDigit)) continue;
            counts.merge(w.length() > 6 ? w.substring(0, 6) : w, 1.0, Double::sum); // a crude stem: inflections share a prefix
        }
        return counts;
    }

    private static Map<String, Double> entityCounts(List<Entity> entities) {
        Map<String, Double> counts = new HashMap<>();
        for (Entity e : entities) counts.merge(e.canonical(), 1.0, Double::sum);
        return counts;
    }

    /** TF-IDF in place: log-scaled counts times the smoothed inverse document frequency over these articles. */
    private static void weigh(List<Map<String, Double>> vectors) {
        Map<String, Integer> df = new HashMap<>();
        for (Map<String, Double> v : vectors) v.keySet().forEach(k -> df.merge(k, 1, Integer::sum));
        int n = vectors.size();
        for (Map<String, Double> v : vectors) {
            v.replaceAll((k, tf) -> (1 + Math.log(tf)) * Math.log((n + 1.0) / df.get(k)));
        }
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double other = large.get(e.getKey());
            if (other != null) dot += e.getValue() * other;
        }
        double na = norm(a);
        double nb = norm(b);
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }

    private static double norm(Map<String, Double> v) {
        double s = 0;
        for (double x : v.values()) s += x * x;
        return Math.sqrt(s);
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    private static CharArraySet stopwords() {
        CharArraySet all = new CharArraySet(1024, true);
        for (CharArraySet set : List.of(FrenchAnalyzer.getDefaultStopSet(), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
                GermanAnalyzer.getDefaultStopSet(), SpanishAnalyzer.getDefaultStopSet(), ItalianAnalyzer.getDefaultStopSet())) {
            for (Object w : set) all.add(normalise(new String((char[]) w)));
        }
        return CharArraySet.unmodifiableSet(all);
    }
}
