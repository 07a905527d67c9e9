// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.veille.analyze.AnalyzedArticle;
import org.veille.analyze.Entity;

/**
 * How alike two articles are, from 0 (nothing in common) to 1, in the same language or across languages.
 * Each article is reduced once to a {@link Profile}; two profiles are compared channel by channel
 * ({@link Channel}), each a cosine of IDF-weighted features, and the channels are summed with
 * {@link Weights} after a square root (cosines of short news texts crowd near 0; the root spreads them,
 * which is what a linear correlation with human scores rewards).
 * <ol>
 *   <li>{@link Channel#WORDS}: content words, stemmed in the articles' language; across languages, both
 *       projected into English through the {@link BilingualLexicon};</li>
 *   <li>{@link Channel#LEAD}: the same for the first {@link #LEAD_WORDS} content words (the headline and the
 *       first sentence say what the story is);</li>
 *   <li>{@link Channel#CHARACTERS}: runs of {@link #GRAM} letters inside the content words as printed, in any
 *       language: they meet where stemmers fail (compounds: "Impfstoff" in "Corona-Impfstoffe"; a language
 *       without a stemmer) and across languages on names and shared words ("Merkel", "Coronavirus");</li>
 *   <li>{@link Channel#EVIDENCE}: what needs no translation: the identities the analyze stage resolved
 *       (people, organisations, places, in any language's spelling), numbers (dates, counts, scores), and
 *       capitalised words the recognizer missed.</li>
 * </ol>
 * Thread-safe and free of I/O: the lexicon is loaded by the caller and passed in.
 */
public final class ArticleSimilarity {

    /** The first content words of an article that make its lead: about a headline and a first sentence. */
    static final int LEAD_WORDS = 25;
    /** Letters in a character gram: four letters tell most word pieces apart without needing whole words. */
    static final int GRAM = 4;
    /** A number with fewer digits is a list index or a count too common to tell stories apart ("3 people"). */
    static final int MIN_NUMBER_DIGITS = 2;

    /** The kinds of evidence compared. */
    public enum Channel { WORDS, LEAD, EVIDENCE, CHARACTERS }

    /**
     * What each channel counts for; the three sum to 1. {@link #DEFAULT} was chosen on the tuning half of
     * SemEval-2022 Task 8's training pairs ({@code ./veille bench similarity --tune}), never on the half it is
     * reported on.
     */
    public record Weights(double words, double lead, double evidence, double characters) {
        public static final Weights DEFAULT = new Weights(0.50, 0.25, 0.05, 0.20);

        public Weights {
            if (words < 0 || lead < 0 || evidence < 0 || characters < 0 || words + lead + evidence + characters <= 0) {
                throw new IllegalArgumentException("weights must be non-negative, not all zero: " + words + ", " + lead + ", " + evidence + ", " + characters);
            }
        }

        public double of(Channel channel) {
            return switch (channel) {
                case WORDS -> words;
                case LEAD -> lead;
                case EVIDENCE -> evidence;
                case CHARACTERS -> characters;
            };
        }

        double sum() {
            return words + lead + evidence + characters;
        }

        /** The similarity these weights give to channels already measured: the weighted mean of their square roots. */
        public double combine(Channels channels) {
            double total = 0;
            for (Channel channel : Channel.values()) total += of(channel) * Math.sqrt(channels.of(channel));
            return total / sum();
        }
    }

    /**
     * One article reduced to what is compared: stems in its language ({@code lang:stem}), the same projected
     * into English (empty when the lexicon does not cover the language), and the evidence no translation touches.
     */
    public record Profile(String language, TermBag words, TermBag lead, TermBag english, TermBag englishLead, TermBag evidence,
                          TermBag characters) {
        public Profile {
            Objects.requireNonNull(language, "language");
        }

        List<TermBag> bags() {
            return List.of(words, lead, english, englishLead, evidence, characters);
        }
    }

    /** The similarity of each channel for one pair, before weighting. */
    public record Channels(double words, double lead, double evidence, double characters) {
        public double of(Channel channel) {
            return switch (channel) {
                case WORDS -> words;
                case LEAD -> lead;
                case EVIDENCE -> evidence;
                case CHARACTERS -> characters;
            };
        }
    }

    private final ContentWords contentWords;
    private final EnglishProjection projection;
    private final Weights weights;

    public ArticleSimilarity(BilingualLexicon lexicon) {
        this(lexicon, Weights.DEFAULT);
    }

    public ArticleSimilarity(BilingualLexicon lexicon, Weights weights) {
        this.contentWords = new ContentWords();
        this.projection = new EnglishProjection(Objects.requireNonNull(lexicon, "lexicon"), contentWords);
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    /** The same lexicon and analyzers with other weights. */
    public ArticleSimilarity with(Weights other) {
        return new ArticleSimilarity(this, Objects.requireNonNull(other, "weights"));
    }

    private ArticleSimilarity(ArticleSimilarity base, Weights weights) {
        this.contentWords = base.contentWords;
        this.projection = base.projection;
        this.weights = weights;
    }

    /** Reduces an analyzed article to what {@link #similarity} compares. */
    public Profile profile(AnalyzedArticle analyzed) {
        String text = analyzed.article().text();
        String title = analyzed.article().title();
        String full = title == null || title.isBlank() ? text : title + "\n\n" + text;
        String language = analyzed.article().language() == null ? "und" : analyzed.article().language();
        List<String> stems = contentWords.stems(full, language);
        TermBag words = nativeBag(language, stems);
        TermBag lead = nativeBag(language, stems.subList(0, Math.min(LEAD_WORDS, stems.size())));
        TermBag english;
        TermBag englishLead;
        if ("en".equals(language)) {
            english = words;
            englishLead = lead;
        } else {
            english = projection.project(full, language);
            englishLead = projection.project(leadText(full, language), language);
        }
        return new Profile(language, words, lead, english, englishLead, Evidence.of(full, analyzed.entities()),
                grams(contentWords.words(full, language)));
    }

    /** The similarity of two profiles, 0 to 1: the weighted sum of the square roots of the channels' cosines. */
    public double similarity(Profile a, Profile b, ProfileFrequencies frequencies) {
        return weights.combine(channels(a, b, frequencies));
    }

    /** Each channel's cosine for one pair. */
    public Channels channels(Profile a, Profile b, ProfileFrequencies frequencies) {
        boolean same = a.language().equals(b.language());
        double words = same ? a.words().cosine(b.words(), frequencies) : a.english().cosine(b.english(), frequencies);
        double lead = same ? a.lead().cosine(b.lead(), frequencies) : a.englishLead().cosine(b.englishLead(), frequencies);
        return new Channels(words, lead, a.evidence().cosine(b.evidence(), frequencies), a.characters().cosine(b.characters(), frequencies));
    }

    private static TermBag nativeBag(String language, List<String> stems) {
        TermBag.Builder bag = new TermBag.Builder();
        for (String s : stems) bag.add(language + ":" + s, 1);
        return bag.build();
    }

    /** The {@link #GRAM}-letter grams of words, accents folded, the word's ends marked ("_imp", "off_"); a shorter word is one gram. */
    static TermBag grams(List<String> words) {
        TermBag.Builder bag = new TermBag.Builder();
        for (String w : words) {
            String word = "_" + BilingualLexicon.fold(w) + "_";
            if (word.length() <= GRAM) {
                bag.add("g:" + word, 1);
                continue;
            }
            for (int i = 0; i + GRAM <= word.length(); i++) bag.add("g:" + word.substring(i, i + GRAM), 1);
        }
        return bag.build();
    }

    /** The start of a text holding its first {@link #LEAD_WORDS} content words. */
    private String leadText(String text, String language) {
        int words = 0;
        int end = 0;
        for (String token : text.split("(?<=\\s)")) {
            end += token.length();
            if (!contentWords.words(token, language).isEmpty() && ++words >= LEAD_WORDS) break;
        }
        return text.substring(0, end);
    }

    /** Evidence that reads the same in every language: identities, numbers, capitalised words. */
    static final class Evidence {
        private Evidence() {
        }

        static TermBag of(String text, List<Entity> entities) {
            TermBag.Builder bag = new TermBag.Builder();
            for (Entity e : entities) bag.add("id:" + e.canonical().toLowerCase(Locale.ROOT), 1);
            numbers(text, bag);
            capitalised(text, bag);
            return bag.build();
        }

        /** Runs of digits (any script's digits, read as ASCII), separators inside a number dropped: "3.8" and "3,8" are one. */
        static void numbers(String text, TermBag.Builder bag) {
            StringBuilder number = new StringBuilder();
            for (int i = 0; i <= text.length(); i++) {
                char c = i < text.length() ? text.charAt(i) : ' ';
                if (Character.isDigit(c)) {
                    number.append((char) ('0' + Character.digit(c, 10)));
                } else if ((c == '.' || c == ',') && !number.isEmpty() && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                    continue;
                } else if (!number.isEmpty()) {
                    if (number.length() >= MIN_NUMBER_DIGITS) bag.add("#:" + number, 1);
                    number.setLength(0);
                }
            }
        }

        /** Words that start with a capital inside a sentence (not after ". "), accents folded, lower-cased. */
        static void capitalised(String text, TermBag.Builder bag) {
            boolean sentenceStart = true;
            int i = 0;
            while (i < text.length()) {
                int c = text.codePointAt(i);
                if (Character.isLetter(c)) {
                    int start = i;
                    while (i < text.length() && Character.isLetter(text.codePointAt(i))) i += Character.charCount(text.codePointAt(i));
                    if (Character.isUpperCase(c) && !sentenceStart && i - start > 1) bag.add("cap:" + fold(text.substring(start, i)), 1);
                    sentenceStart = false;
                    continue;
                }
                if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '«' || c == '“') sentenceStart = true;
                i += Character.charCount(c);
            }
        }

        private static String fold(String word) {
            return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        }
    }
}
