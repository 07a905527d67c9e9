// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

/**
 * How an article is matched with a group none of whose members is in its language (a German report and an
 * English story): their own words never meet, so both are compared in English, the article's words projected
 * through the bilingual lexicon against the group's projections ({@link LinkTerms#english}: names and numbers
 * kept as printed, so they meet too), with the identities the analyze stage resolved in any spelling. A group that
 * holds a member of the article's language (or whose languages are unknown) is matched as before, on its own words:
 * this rule leaves one-language stories as they were tuned. Immutable.
 *
 * @param threshold     the least match that joins the group
 * @param englishWeight the share of the match given by the English projections; identities give the rest
 */
record CrossLanguageMatch(double threshold, double englishWeight) {

    /**
     * Stories across languages. A projection is noisier than a language's own words (a word's translations share its
     * count, senses the text does not mean among them), so the same story matches lower than in one language: on the
     * tuning half of SemEval-2022 Task 8's German-English pairs ({@code veille bench stories-pairs}), same-story
     * pairs (Overall at most 1.5) score 0.07 to 0.32, different-story pairs (at least 3.5) at most 0.19 with this
     * weight; 0.20 links 11 of 19 same-story pairs and none of 52 different ones, 0.18 links one different pair.
     * Words weigh as much as in one language (0.7): weights 0.6 to 0.8 link within one pair of each other.
     */
    static final CrossLanguageMatch STORY = new CrossLanguageMatch(0.20, 0.7);
    /** Threads across languages: as loose against stories as threads are in one language (0.10 against 0.30). */
    static final CrossLanguageMatch THREAD = new CrossLanguageMatch(STORY.threshold / 3, STORY.englishWeight);

    /** A rule that never applies: for clusterers of one language. */
    static final CrossLanguageMatch NEVER = new CrossLanguageMatch(Double.POSITIVE_INFINITY, 1);

    CrossLanguageMatch {
        if (englishWeight < 0 || englishWeight > 1) throw new IllegalArgumentException("englishWeight must be in [0, 1]: " + englishWeight);
    }

    /** Whether the item, of {@code language}, is matched with the group by this rule: both languages known, the group's all other. */
    boolean applies(Profile group, String language) {
        return threshold != Double.POSITIVE_INFINITY && language != null && group.hasLanguages() && !group.holds(language);
    }

    /** The match of an item with a group of other languages, 0 to 1. */
    double match(Profile group, ProfileClusterer.Item item) {
        return englishWeight * group.englishCosine(item.english()) + (1 - englishWeight) * group.identityCosine(item.identities());
    }
}
