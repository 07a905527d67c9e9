// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.List;
import java.util.Locale;

/**
 * A speech incise opened by a comma: a speech verb first (an inverted pronoun form, "a-t-il développé"; a finite
 * form, "déplore"; an auxiliary and its participle, "a déploré", "s'est dit"), then its subject, which
 * {@link TrailingSpeakerSieve#designationAfter} reads ("a déploré sur franceinfo le secrétaire général du syndicat,
 * Philippe Capon"). Read after a quotation ({@link ReportingVerbSieve}) and inside one ({@link InnerInciseSieve}).
 */
final class SpeechIncise {

    /**
     * Words an auxiliary may stand before its participle: adverbs, a clitic, an adverbial phrase ("a notamment
     * dénoncé", "s'est dit", "a de son côté jugé", "a pour sa part estimé").
     */
    static final int AUXILIARY_GAP = 4;

    private SpeechIncise() {
    }

    /** The subject of the speech incise whose comma is at {@code comma}, the clause read up to {@code end}; else null. */
    static Span subject(SpeakerContext context, int comma, int end) {
        if (comma >= end || context.text.charAt(comma) != ',') return null;
        List<Span> words = context.tokensIn(comma + 1, end);
        if (words.isEmpty()) return null;
        Span verb = words.get(0);
        String first = verbForm(context, verb);
        if (invertedPronoun(context, first)) return verb; // "a-t-il développé", "estime-t-elle"
        boolean speech = context.verbs.finite.contains(first)
                || context.verbs.aux.contains(first) && participleAfter(context, words, 1)
                || context.verbs.reflexiveAux.contains(first) && participleAfter(context, words, 1);
        return speech ? TrailingSpeakerSieve.designationAfter(context, verb.end()) : null;
    }

    /** A token as the speech verb lists spell it: lower case, typographic apostrophe. */
    static String verbForm(SpeakerContext context, Span token) {
        return token.of(context.text).toLowerCase(Locale.ROOT).replace('\'', '’');
    }

    /** "a-t-il", "dit-elle", "ajoute-t-on": a verb with its subject pronoun hooked on. */
    private static boolean invertedPronoun(SpeakerContext context, String word) {
        int dash = word.lastIndexOf('-');
        return dash > 0 && dash < word.length() - 1 && context.verbs.anaphoric.contains(word.substring(dash + 1))
                || dash > 0 && context.lexicon.has("pronoun.impersonal", word.substring(dash + 1));
    }

    /** Whether a speech verb's participle follows within {@link #AUXILIARY_GAP} words of {@code from}. */
    private static boolean participleAfter(SpeakerContext context, List<Span> words, int from) {
        for (int k = from; k < words.size() && k - from < AUXILIARY_GAP; k++) {
            if (context.verbs.past.contains(verbForm(context, words.get(k)))) return true;
        }
        return false;
    }
}
