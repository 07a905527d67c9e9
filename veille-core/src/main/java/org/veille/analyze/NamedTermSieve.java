// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.List;

/**
 * A quotation that a naming noun introduces is a term the writer names, not somebody's statement: "le mot
 * "populisme"", "l'expression "...", "la devise de la manifestation, "Jour de la liberté"", "the word "populism"".
 * It is a scare quote with no speaker, whatever shape the finder read (a capitalised slogan looks like a
 * sentence). The naming nouns are {@code [term.naming]} in {@code speakers-<lang>.txt}. Runs first: no
 * designation nearby makes a named term somebody's words.
 */
final class NamedTermSieve implements SpeakerSieve {

    /** Words before a quote searched for the naming noun: "le mot", "le terme même de", "la devise de la marche,". */
    private static final int NAMING_REACH = 4;

    @Override
    public void apply(SpeakerContext context) {
        for (Attribution a : context.attributions) {
            if (a.decided() || a.kind == Quotation.Kind.INDIRECT || !namedTerm(context, a)) continue;
            a.kind = Quotation.Kind.SCARE;
            a.decide(null, null, name());
        }
    }

    /** Whether a naming noun comes in the last words before the quote, with no speech verb after it. */
    private static boolean namedTerm(SpeakerContext context, Attribution a) {
        List<Span> words = context.tokensIn(context.sentenceStart(a.quote.start()), a.quote.start());
        for (int i = words.size() - 1, seen = 0; i >= 0 && seen < NAMING_REACH; i--) {
            String word = words.get(i).of(context.text);
            if (!Character.isLetter(word.charAt(0))) continue;
            if (context.lexicon.has("term.naming", word)) return true;
            if (context.verbs.isSpeechForm(SpeechIncise.verbForm(context, words.get(i)))) return false;
            seen++;
        }
        return false;
    }
}
