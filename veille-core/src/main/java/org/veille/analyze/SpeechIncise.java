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
    /**
     * Words a described subject after a speech verb may run to, determiner included ("un sarkozyste historique",
     * "un membre du bureau politique"): a noun phrase, not the rest of the sentence.
     */
    static final int DESCRIPTION_WORDS = 6;

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
        if (!speech) return null;
        Span named = TrailingSpeakerSieve.designationAfter(context, verb.end());
        return named != null ? named : describedSubject(context, words);
    }

    /**
     * The inverted subject of a speech verb that names nobody and no listed role ("indique un membre du parti",
     * "explique la police locale", "a dit à l'AFP une source proche du dossier"): the first noun phrase after the
     * verb that opens with a determiner and a lower-case word, not after a preposition ("à l'AFP") and not a time
     * ("la veille"), before the clause ends or a subordinate one opens ("estime que cette année"); the phrase stops
     * before a verb or a new clause. Else null. The later sieves read it: anonymous, collective or role.
     */
    private static Span describedSubject(SpeakerContext context, List<Span> words) {
        for (int i = 1; i + 1 < words.size(); i++) {
            String word = words.get(i).of(context.text);
            String lower = SpeakerLexicon.normalize(word);
            if (endsPhrase(context, words, i)) return null; // the clause ended or a subordinate one opened
            String next = words.get(i + 1).of(context.text);
            // "de son côté", "du jour": a preposition's phrase is no subject
            if (!context.lexicon.isDeterminer(lower) || context.lexicon.has("complement", lower) || context.afterPreposition(words.get(i).start())
                    || !Character.isLowerCase(next.codePointAt(0)) || context.lexicon.has("not.speaker", SpeakerLexicon.normalize(next))
                    || context.lexicon.has("not.speaker.alone", SpeakerLexicon.normalize(next))) {
                continue;
            }
            int end = i + 1;
            for (int count = 2; end + 1 < words.size() && !endsPhrase(context, words, end + 1); end++) {
                if (Character.isLetterOrDigit(words.get(end + 1).of(context.text).charAt(0)) && ++count > DESCRIPTION_WORDS) break;
            }
            return new Span(words.get(i).start(), words.get(end).end());
        }
        return null;
    }

    /**
     * A punctuation mark (not the full stop of an honorific, "l'entourage de M. Delevoye"), a word opening a new
     * clause ("qui", "que", "et") or a verb: a noun phrase stops before it.
     */
    private static boolean endsPhrase(SpeakerContext context, List<Span> words, int i) {
        String word = words.get(i).of(context.text);
        if (word.length() == 1 && !Character.isLetterOrDigit(word.charAt(0))) {
            return !(word.equals(".") && i > 0 && context.lexicon.isTitle(SpeakerLexicon.normalize(words.get(i - 1).of(context.text))));
        }
        String lower = verbForm(context, words.get(i));
        return context.lexicon.has("clause.opener", SpeakerLexicon.normalize(word)) || context.verbs.finite.contains(lower)
                || context.verbs.aux.contains(lower) || context.dictionary.isOnlyVerb(word);
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
