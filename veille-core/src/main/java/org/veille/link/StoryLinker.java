// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
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
        Features words = new Features();
        Features entities = new Features();
        for (AnalyzedArticle a : articles) {
            words.add(termCounts(a.article().text()));
            entities.add(entityCounts(a.entities()));
        }
        List<Vector> wordVectors = words.weighed();
        List<Vector> entityVectors = entities.weighed();
        UnionFind groups = new UnionFind(n);
        for (int i = 0; i < n; i++) {
            String key = textDigest(articles.get(i).article().text());
            Integer first = firstByText.putIfAbsent(key, i);
            if (first != null) {
                groups.union(first, i);
                duplicates.put(articles.get(i).article().id(), articles.get(first).article().id());
            }
        }
        for (long pair : candidates(wordVectors, entityVectors)) {
            int i = (int) (pair >>> 32);
            int j = (int) pair;
            if (!closeInTime(articles.get(i), articles.get(j))) continue;
            if (wordVectors.get(i).cosine(wordVectors.get(j)) >= WORD_THRESHOLD
                    || entityVectors.get(i).cosine(entityVectors.get(j)) >= ENTITY_THRESHOLD) {
                groups.union(i, j);
            }
        }
        return new Stories(storyIds(articles, groups), duplicates);
    }

    /** Pairs of articles (i in the high half, j > i in the low) that share at least one of their strongest features. */
    private static Set<Long> candidates(List<Vector> words, List<Vector> entities) {
        Set<Long> pairs = new HashSet<>();
        for (List<Vector> vectors : List.of(words, entities)) {
            Map<Integer, List<Integer>> postings = new HashMap<>();
            for (int i = 0; i < vectors.size(); i++) {
                for (int f : vectors.get(i).strongest(INDEXED_FEATURES)) postings.computeIfAbsent(f, k -> new ArrayList<>()).add(i);
            }
            for (List<Integer> docs : postings.values()) {
                if (docs.size() < 2 || docs.size() > MAX_POSTING) continue;
                for (int a = 0; a < docs.size(); a++) {
                    for (int b = a + 1; b < docs.size(); b++) pairs.add(((long) docs.get(a) << 32) | docs.get(b));
                }
            }
        }
        return pairs;
    }

    /**
     * The features of a list of articles, each as a sparse vector of feature numbers: a whole run's vectors as
     * maps of strings would take more memory than the articles themselves.
     */
    private static final class Features {
        private final Map<String, Integer> numbers = new HashMap<>();
        private final List<Vector> counts = new ArrayList<>();

        void add(Map<String, Double> featureCounts) {
            int[] ids = new int[featureCounts.size()];
            int k = 0;
            for (String f : featureCounts.keySet()) ids[k++] = numbers.computeIfAbsent(f, x -> numbers.size());
            Arrays.sort(ids);
            double[] values = new double[ids.length];
            Map<Integer, Double> byId = new HashMap<>();
            featureCounts.forEach((f, c) -> byId.put(numbers.get(f), c));
            for (int i = 0; i < ids.length; i++) values[i] = byId.get(ids[i]);
            counts.add(new Vector(ids, values));
        }

        /** TF-IDF: log-scaled counts times the smoothed inverse document frequency over these articles. */
        List<Vector> weighed() {
            int[] df = new int[numbers.size()];
            for (Vector v : counts) for (int id : v.ids) df[id]++;
            int n = counts.size();
            List<Vector> weighed = new ArrayList<>(n);
            for (Vector v : counts) {
                double[] w = new double[v.ids.length];
                for (int i = 0; i < w.length; i++) w[i] = (1 + Math.log(v.values[i])) * Math.log((n + 1.0) / df[v.ids[i]]);
                weighed.add(new Vector(v.ids, w));
            }
            return weighed;
        }
    }

    /** A sparse vector: feature numbers ascending, and their values. */
    private record Vector(int[] ids, double[] values) {

        /** The numbers of the {@code limit} features of highest value (ties: the lower number). */
        int[] strongest(int limit) {
            Integer[] order = new Integer[ids.length];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Arrays.sort(order, (x, y) -> Double.compare(values[y], values[x]));
            int[] top = new int[Math.min(limit, order.length)];
            for (int i = 0; i < top.length; i++) top[i] = ids[order[i]];
            return top;
        }

        double cosine(Vector other) {
            double dot = 0;
            for (int i = 0, j = 0; i < ids.length && j < other.ids.length; ) {
                if (ids[i] == other.ids[j]) dot += values[i++] * other.values[j++];
                else if (ids[i] < other.ids[j]) i++;
                else j++;
            }
            double na = norm();
            double nb = other.norm();
            return na == 0 || nb == 0 ? 0 : dot / (na * nb);
        }

        private double norm() {
            double s = 0;
            for (double x : values) s += x * x;
            return Math.sqrt(s);
        }
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

    /** A digest of the normalised text: a run's texts are not copied for the comparison. */
    private static String textDigest(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalise(text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
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
