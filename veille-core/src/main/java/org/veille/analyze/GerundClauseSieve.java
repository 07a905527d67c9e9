// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.List;

/**
 * A quotation introduced by a speech verb's present participle after a comma ("..., a-t-il déclaré, appelant à
 * "bâtir une nouvelle page"", "indique le procureur, précisant "qu'aucune information ne sera donnée"") is said by
 * the one who says the quotation before it in the same sentence: the participle's subject is that clause's. Takes
 * that quotation's designation (over any the finder guessed) and is a partial quotation. Settles nothing.
 */
final class GerundClauseSieve implements SpeakerSieve {

    /** Words between the participle and the quotation: "que", "à", "de", an adverb ("ajoutant même que"). */
    private static final int PARTICIPLE_GAP = 3;

    @Override
    public void apply(SpeakerContext context) {
        for (Attribution a : context.attributions) {
            if (a.decided() || a.kind == Quotation.Kind.INDIRECT || !afterParticiple(context, a)) continue;
            Attribution before = earlierInSentence(context, a);
            if (before == null) continue;
            a.designationStart = before.designationStart;
            a.designationEnd = before.designationEnd;
            if (a.kind == Quotation.Kind.SCARE) a.kind = Quotation.Kind.PARTIAL;
        }
    }

    /** Whether a speech verb's present participle opens the clause (after a comma) the quotation ends. */
    private static boolean afterParticiple(SpeakerContext context, Attribution a) {
        List<Span> words = context.tokensIn(context.sentenceStart(a.quote.start()), a.quote.start());
        for (int i = words.size() - 1, seen = 0; i > 0 && seen <= PARTICIPLE_GAP; i--, seen++) {
            String word = words.get(i).of(context.text).toLowerCase(java.util.Locale.ROOT);
            if (context.verbs.gerund.contains(word)) return words.get(i - 1).of(context.text).equals(",");
            if (word.length() == 1 && !Character.isLetterOrDigit(word.charAt(0)) && !WordTokenizer.isApostrophe(word.charAt(0))
                    && "«“\"".indexOf(word.charAt(0)) < 0) {
                return false;
            }
        }
        return false;
    }

    /** The nearest quotation before {@code a} in its sentence that has a designation, or null. */
    private static Attribution earlierInSentence(SpeakerContext context, Attribution a) {
        int sentence = context.sentenceStart(a.quote.start());
        Attribution found = null;
        for (Attribution other : context.attributions) {
            if (other.quote.start() >= a.quote.start()) break;
            if (other.quote.start() >= sentence && other.kind != Quotation.Kind.INDIRECT && other.hasDesignation()) found = other;
        }
        return found;
    }
}
