// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.util.HashMap;
import java.util.Map;
import org.veille.analyze.AnalyzedArticle;
import org.veille.analyze.Entity;
import org.veille.extract.Article;

/**
 * An article's link features by name, before a run numbers them: what a store keeps so that linking new
 * articles does not read old texts again.
 *
 * @param language   the article's language (ISO 639-1), or null when unknown
 * @param words      content stems and their counts (title words counted {@link #TITLE_WEIGHT} times)
 * @param identities identity keys (prefixed {@link #IDENTITY_PREFIX}) and their counts
 * @param english    the same text's words projected into English ({@link ContentStems#english}), keys prefixed
 *                   {@link #ENGLISH_PREFIX}, counts fractional (a word's translations share its count); what
 *                   articles of different languages compare
 * @param shingles   MinHash signature of the text's word sequences
 */
public record LinkTerms(String language, Map<String, Integer> words, Map<String, Integer> identities, Map<String, Double> english,
                        int[] shingles) {

    /** A headline states the event in a few words: each of its words counts as much as this many of the body. */
    static final int TITLE_WEIGHT = 3;
    /** Identities are told from stems by this prefix in a shared vocabulary. */
    public static final String IDENTITY_PREFIX = "@";
    /** English projections are told from stems of the article's own language by this prefix ("~govern"). */
    public static final String ENGLISH_PREFIX = "~";

    public LinkTerms {
        words = Map.copyOf(words);
        identities = Map.copyOf(identities);
        english = Map.copyOf(english);
    }

    /** Terms of an article of unknown language, without an English projection (a store written before projections were kept). */
    public LinkTerms(Map<String, Integer> words, Map<String, Integer> identities, int[] shingles) {
        this(null, words, identities, Map.of(), shingles);
    }

    public static LinkTerms of(AnalyzedArticle analyzed, ContentStems stems) {
        Article a = analyzed.article();
        Map<String, Integer> words = new HashMap<>();
        if (a.title() != null) {
            for (String s : stems.stems(a.title(), a.language())) words.merge(s, TITLE_WEIGHT, Integer::sum);
        }
        for (String s : stems.stems(a.text(), a.language())) words.merge(s, 1, Integer::sum);
        Map<String, Integer> identities = new HashMap<>();
        for (Entity e : analyzed.entities()) identities.merge(IDENTITY_PREFIX + identityKey(e.canonical()), 1, Integer::sum);
        Map<String, Double> english = new HashMap<>();
        if (a.title() != null) {
            stems.english(a.title(), a.language()).forEach((s, c) -> english.merge(ENGLISH_PREFIX + s, TITLE_WEIGHT * c, Double::sum));
        }
        stems.english(a.text(), a.language()).forEach((s, c) -> english.merge(ENGLISH_PREFIX + s, c, Double::sum));
        return new LinkTerms(a.language(), words, identities, english, MinHash.signature(a.text()));
    }

    /** One key for an identity however its canonical name is cased or accented ("Etats-Unis", "États-Unis"). */
    static String identityKey(String canonical) {
        return java.text.Normalizer.normalize(canonical, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(java.util.Locale.ROOT);
    }
}
