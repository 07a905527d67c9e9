// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The analysis of the store's full-text fields.
 *
 * <p>Why one field per language ({@code text_fr}, {@code text_en}, {@code text_xx}, same for titles) rather than one
 * field for all: stemming only works when the stemmer matches the text's language, and an English stemmer run
 * over French (or the reverse) both misses matches and invents false ones. With a field per language each body is
 * stemmed by its own language's rules, and since a query is run over all the language fields, each analysing the
 * query's words its own way, the user need not say which language they search in. Every chain folds case and
 * accents ("securite" finds "sécurité"), and the French one strips elided articles ("otan" finds "l'OTAN").
 * Accents are folded <em>before</em> stemming so that a query typed without accents is stemmed exactly like the
 * accented text. No stop words are removed: ranking (BM25) already gives them little weight, and keeping them
 * keeps phrase queries exact.
 */
final class StoreAnalyzers {
    /** The language fields' suffixes: French, English, and everything else (no stemming). */
    static final String FR = "fr", EN = "en", OTHER = "xx";

    private StoreAnalyzers() {
    }

    /** The suffix of the full-text fields for an article in {@code language} (ISO 639-1, may be null). */
    static String suffix(String language) {
        return FR.equals(language) ? FR : EN.equals(language) ? EN : OTHER;
    }

    /** A new analyzer that analyses {@code title_<suffix>} and {@code text_<suffix>} fields by their language. */
    static Analyzer perField() {
        Analyzer fr = french(), en = english(), other = folding();
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(
                "title_" + FR, fr, "text_" + FR, fr,
                "title_" + EN, en, "text_" + EN, en,
                "title_" + OTHER, other, "text_" + OTHER, other));
    }

    /** Elision, lower case, accent folding, light French stemming. */
    private static Analyzer french() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                s = new FrenchLightStemFilter(new ASCIIFoldingFilter(new LowerCaseFilter(s)));
                return new TokenStreamComponents(source, s);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES)));
            }
        };
    }

    /** Possessive 's removal, lower case, accent folding, KStem (a light, dictionary-checked English stemmer). */
    private static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new EnglishPossessiveFilter(source);
                s = new KStemFilter(new ASCIIFoldingFilter(new LowerCaseFilter(s)));
                return new TokenStreamComponents(source, s);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** Lower case and accent folding only, for languages the store has no stemmer for. */
    private static Analyzer folding() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
