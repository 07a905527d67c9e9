// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.veille.analyze.AnalyzedArticle;
import org.veille.analyze.Quotation;

/**
 * Finds the quotations of several articles that are one statement: the same speaker's words printed by
 * several outlets, verbatim, cut differently or reworded ("payaient la note" / "payent leurs factures").
 * Two quotations of different articles are one statement when their speakers do not contradict each other
 * (same identity, or one unknown), both are quoted words or both reported speech, and their content words, stemmed, overlap enough: all of the shorter
 * one's when it has at most {@link #SHORT_WORDS} of them, else at least {@link #MIN_OVERLAP} of the shorter
 * and {@link #MIN_SHARED} words. Statements are the connected groups. Candidate pairs come from an inverted
 * index of content stems without its most common ones, so the work grows with the corpus, not its square.
 * Scare quotes are no statements. Thread-safe: no state between calls but Lucene's analyzers.
 */
public final class StatementLinker {

    /** A quotation with this many content words or fewer must be contained whole in the other. */
    static final int SHORT_WORDS = 2;
    /** Share of the shorter quotation's content words the other must have. */
    static final double MIN_OVERLAP = 0.5;
    /** Content words two longer quotations must share. */
    static final int MIN_SHARED = 2;
    /** Stems in more quotations than this are too common to find candidates with ("dire", "pays"). */
    static final int MAX_POSTING = 200;

    /** Lucene's analyzers, shared by the threads that call {@link #link} (they keep per-thread state). */
    private final Analyzer french = new StemmingAnalyzer(FrenchAnalyzer.getDefaultStopSet(), FrenchLightStemFilter::new);
    private final Analyzer english = new StemmingAnalyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, EnglishMinimalStemFilter::new);

    /** One quotation: where it is and what it says, reduced to stems. */
    private record Quote(int article, int index, String speaker, boolean quoted, Set<String> stems) {}

    public Statements link(List<AnalyzedArticle> articles) {
        List<Quote> quotes = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            AnalyzedArticle article = articles.get(a);
            List<Quotation> qs = article.quotes();
            for (int i = 0; i < qs.size(); i++) {
                Quotation q = qs.get(i);
                if (q.kind() == Quotation.Kind.SCARE) continue;
                Set<String> stems = stems(q.text(), article.article().language());
                if (!stems.isEmpty()) quotes.add(new Quote(a, i, q.speaker(), q.kind() != Quotation.Kind.INDIRECT, stems));
            }
        }
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int k = 0; k < quotes.size(); k++) {
            for (String s : quotes.get(k).stems) postings.computeIfAbsent(s, x -> new ArrayList<>()).add(k);
        }
        UnionFind groups = new UnionFind(quotes.size());
        for (int k = 0; k < quotes.size(); k++) {
            Quote q = quotes.get(k);
            Set<Integer> seen = new HashSet<>();
            for (String s : q.stems) {
                List<Integer> posting = postings.get(s);
                if (posting.size() > MAX_POSTING) continue;
                for (int other : posting) {
                    if (other <= k || !seen.add(other)) continue;
                    if (sameStatement(q, quotes.get(other))) groups.union(k, other);
                }
            }
        }
        return ids(articles, quotes, groups);
    }

    private static boolean sameStatement(Quote a, Quote b) {
        // a reported clause often holds quoted words of another statement: quoted words match quoted words
        if (a.article == b.article || a.quoted != b.quoted) return false;
        if (a.speaker != null && b.speaker != null && !a.speaker.equals(b.speaker)) return false;
        Set<String> shorter = a.stems.size() <= b.stems.size() ? a.stems : b.stems;
        Set<String> longer = shorter == a.stems ? b.stems : a.stems;
        int shared = 0;
        for (String s : shorter) if (longer.contains(s)) shared++;
        if (shorter.size() <= SHORT_WORDS) return shared == shorter.size();
        return shared >= MIN_SHARED && shared >= MIN_OVERLAP * shorter.size();
    }

    /** Statement ids: groups of two quotations or more; a quotation alone is its own statement. */
    private static Statements ids(List<AnalyzedArticle> articles, List<Quote> quotes, UnionFind groups) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String[]> byArticle = new ArrayList<>();
        for (AnalyzedArticle a : articles) {
            byArticle.add(new String[a.quotes().size()]);
        }
        for (int k = 0; k < quotes.size(); k++) {
            Quote root = quotes.get(groups.find(k));
            Quote q = quotes.get(k);
            byArticle.get(q.article)[q.index] = "st-" + articles.get(root.article).article().id() + "-" + root.index;
        }
        for (int a = 0; a < articles.size(); a++) {
            out.put(articles.get(a).article().id(), Arrays.asList(byArticle.get(a)));
        }
        return new Statements(out);
    }

    /**
     * Words, elisions cut ("l'OTAN"), lower case, stop words out, accents folded ("Etats" = "États": outlets
     * differ in capital accents), lightly stemmed.
     */
    private static final class StemmingAnalyzer extends Analyzer {
        private final CharArraySet stopwords;
        private final java.util.function.Function<TokenStream, TokenStream> stemmer;

        StemmingAnalyzer(CharArraySet stopwords, java.util.function.Function<TokenStream, TokenStream> stemmer) {
            this.stopwords = stopwords;
            this.stemmer = stemmer;
        }

        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream chain = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
            chain = new LowerCaseFilter(chain);
            chain = new StopFilter(chain, stopwords);
            chain = new ASCIIFoldingFilter(chain);
            return new TokenStreamComponents(source, stemmer.apply(chain));
        }
    }

    /** Content words of a quotation, stemmed by Lucene's analyzer for its language (elisions and stop words out). */
    private Set<String> stems(String text, String language) {
        Set<String> out = new HashSet<>();
        Analyzer analyzer = "en".equals(language) ? english : french;
        try (TokenStream tokens = analyzer.tokenStream("quote", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (term.length() >= 2) out.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return out;
    }
}
