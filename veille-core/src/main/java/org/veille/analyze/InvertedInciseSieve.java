// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.List;

/**
 * A quotation, or a run of quotations separated by commas, followed by an inverted subject pronoun ("« ... » a-t-il
 * twitté", "« ... », « ... », pouvait-on lire sur les pancartes") is designated by that pronoun, whatever the verb
 * and with or without the comma: the inversion is the mark of a speech incise. It wins over a designation the
 * finder read before the quotation ("Cibles des slogans, la police : « ... »"), not over one after it. Settles
 * nothing: {@link PronounSieve} resolves the pronoun ("on" is nobody). Dash dialogue turns are left to the dialogue
 * sieves.
 */
final class InvertedInciseSieve implements SpeakerSieve {

    /** Characters between two quotations of one run: a comma, "et", spaces and marks. */
    private static final int RUN_GAP = 6;
    /** Where the inverted verb may stand in the incise: first, or after a clitic ("s'amuse-t-il"). */
    private static final int INVERSION_WORDS = 1;
    private static final String CLOSING = "»”\"’' \u00a0\u202f";

    @Override
    public void apply(SpeakerContext context) {
        List<Attribution> all = context.attributions;
        for (int i = 0; i < all.size(); i++) {
            Attribution a = all.get(i);
            if (a.decided() || a.kind == Quotation.Kind.INDIRECT || dashTurn(context, a)) continue;
            if (a.hasDesignation() && a.designationStart > a.quote.start()) continue;
            int end = runEnd(context, all, i);
            int at = end;
            while (at < context.text.length() && CLOSING.indexOf(context.text.charAt(at)) >= 0) at++;
            if (at < context.text.length() && context.text.charAt(at) == ',') at++;
            List<Span> words = context.tokensIn(at, Math.min(context.text.length(), at + 40));
            for (int k = 0; k < words.size() && k <= INVERSION_WORDS; k++) {
                if (TrailingSpeakerSieve.invertedPronoun(context, words.get(k).of(context.text))) {
                    a.designationStart = words.get(k).start();
                    a.designationEnd = words.get(k).end();
                    if (a.kind == Quotation.Kind.SCARE) a.kind = Quotation.Kind.PARTIAL; // reported words, not the writer's distance
                    break;
                }
            }
        }
    }

    /** A dialogue turn opened by a dash ("— À Saint-Front !"): its incises are the dialogue sieves' to read. */
    private static boolean dashTurn(SpeakerContext context, Attribution a) {
        int start = a.quote.start();
        return DialogueLines.opensTurn(context.text, start)
                || start < context.text.length() && "—–".indexOf(context.text.charAt(start)) >= 0;
    }

    /** The end of the run of quotations that starts with attribution {@code i}. */
    private static int runEnd(SpeakerContext context, List<Attribution> all, int i) {
        int end = all.get(i).quote.end();
        for (int j = i + 1; j < all.size(); j++) {
            Attribution next = all.get(j);
            if (next.kind == Quotation.Kind.INDIRECT || next.quote.start() < end) continue;
            String gap = context.text.substring(end, next.quote.start());
            if (next.quote.start() - end > RUN_GAP || !gap.replaceAll("[\\s\\p{Z},«»“”\"'’]|\\bet\\b", "").isEmpty()) break;
            end = next.quote.end();
        }
        return end;
    }
}
