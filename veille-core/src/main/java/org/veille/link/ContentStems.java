// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The content words of a text, as the link stage compares them: Lucene's analysis chain for the text's
 * language (words, elisions cut as in "l'OTAN", lower case, that language's stop words out, accents folded
 * since outlets differ in capital accents, a light stemmer so inflections meet). A language without its own
 * chain is read with the French one, the corpus's main language.
 *
 * <p>The same text projected into English ({@link #english}) is what articles of different languages compare:
 * through a {@link BilingualLexicon}, by default Debian's FreeDict dictionaries, each language's read once per
 * process, the first time a text of that language is projected, and shared ({@link BilingualLexicon#DEBIAN_DICTD}; without them, words are kept as
 * printed, so names and numbers still meet). Thread-safe: Lucene's analyzers keep per-thread state, the lexicon is
 * thread-safe.
 */
public final class ContentStems {

    /** Stems shorter than this are initials and debris ("m", "j"), not content. */
    static final int MIN_LENGTH = 2;
    /** The language a text of no known language is read in: the corpus's main one. */
    static final String MAIN_LANGUAGE = "fr";

    private final Map<String, Analyzer> byLanguage = Map.of(
            "fr", new Chain(FrenchAnalyzer.getDefaultStopSet(), FrenchLightStemFilter::new),
            "en", new Chain(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, EnglishMinimalStemFilter::new),
            "de", new Chain(GermanAnalyzer.getDefaultStopSet(), GermanLightStemFilter::new),
            "es", new Chain(SpanishAnalyzer.getDefaultStopSet(), SpanishLightStemFilter::new),
            "it", new Chain(ItalianAnalyzer.getDefaultStopSet(), ItalianLightStemFilter::new));

    private final EnglishProjection given;

    /** Projects into English with the shared FreeDict lexicon, read the first time a text is projected. */
    public ContentStems() {
        this.given = null;
    }

    /** Projects into English with this lexicon ({@link BilingualLexicon#empty()}: words as printed). */
    public ContentStems(BilingualLexicon lexicon) {
        this.given = new EnglishProjection(lexicon, new ContentWords(), LookupForms.standard());
    }

    /**
     * The text's content words as English stems with their counts: an English text's own stems; another
     * language's words through the lexicon, each word's translations sharing one count ({@link EnglishProjection});
     * a word the lexicon lacks, or every word of a language it does not cover, as printed (names, numbers).
     */
    public Map<String, Double> english(String text, String language) {
        EnglishProjection projection = projection();
        String lang = language == null ? MAIN_LANGUAGE : language;
        Map<String, Double> out = new HashMap<>();
        if (projection.projects(lang)) {
            projection.project(text, lang).counts().forEach((key, count) -> out.merge(key.substring(EnglishProjection.key("").length()), count, Double::sum));
        } else {
            for (String stem : projection.asPrinted(text, lang)) out.merge(stem, 1.0, Double::sum);
        }
        return out;
    }

    /** The projection {@link #english} uses; the first call for the shared lexicon reads it. */
    EnglishProjection projection() {
        return given != null ? given : SharedProjection.INSTANCE;
    }

    /** The process's projection through Debian's FreeDict dictionaries, read on first use (class initialisation is thread-safe). */
    private static final class SharedProjection {
        static final EnglishProjection INSTANCE = new EnglishProjection(BilingualLexicon.load(BilingualLexicon.DEBIAN_DICTD), new ContentWords(),
                LookupForms.standard());
    }

    /** The stems of the text's content words, in order, repeats kept. */
    public List<String> stems(String text, String language) {
        return terms(byLanguage.getOrDefault(language == null ? MAIN_LANGUAGE : language, byLanguage.get(MAIN_LANGUAGE)), text);
    }

    /** The terms an analyzer makes of a text, in order, those shorter than {@link #MIN_LENGTH} left out. */
    static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("text", spaced(text))) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (term.length() >= MIN_LENGTH) out.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return out;
    }

    /**
     * The text with every space character as a plain space. Unicode's word rules (UAX #29, which the tokenizer
     * follows) join letters across a narrow no-break space (U+202F, a Mongolian joiner there), the space French
     * typography puts inside « » and before ; : ! ?, so « prioritaires » was one term, space included, met by no
     * other text.
     */
    static String spaced(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || Character.getType(c) != Character.SPACE_SEPARATOR) continue;
            if (b == null) b = new StringBuilder(text);
            b.setCharAt(i, ' ');
        }
        return b == null ? text : b.toString();
    }

    private static final class Chain extends Analyzer {
        private final CharArraySet stopwords;
        private final Function<TokenStream, TokenStream> stemmer;

        Chain(CharArraySet stopwords, Function<TokenStream, TokenStream> stemmer) {
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
}
