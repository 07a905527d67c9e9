// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

/**
 * A quotation with no designation of its own continues the run of quotations before it: it keeps the
 * speaker of the previous attributed quotation when that one is at most {@link #PARAGRAPHS} paragraphs
 * back and nobody else is named in between outside quotation marks.
 */
final class ContinuationSieve implements SpeakerSieve {

    /** How many paragraph breaks a run of quotations by one speaker may cross. */
    private static final int PARAGRAPHS = 2;

    @Override
    public void apply(SpeakerContext context) {
        Attribution previous = null;
        for (Attribution a : context.attributions) {
            if (a.kind == Quotation.Kind.SCARE) continue;
            if (!a.decided() && !a.hasDesignation() && previous != null && continues(context, previous, a)) {
                a.decide(previous.speaker(), previous.speakerType(), name());
            }
            if (a.speaker() != null) previous = a;
        }
    }

    private static boolean continues(SpeakerContext context, Attribution previous, Attribution next) {
        int from = previous.quote.end();
        int to = next.quote.start();
        if (to < from || to - from > SpeakerContext.ANTECEDENT_REACH) return false;
        if (context.paragraphsBetween(from, to) > PARAGRAPHS * 2) return false; // paragraphs are "\n\n"
        for (Entity e : context.entities) {
            if (e.start() < from) continue;
            if (e.start() >= to) break;
            if (e.type() == Entity.Type.PER && !e.canonical().equals(previous.speaker())
                    && !context.insideQuotation(e.start())) {
                return false;
            }
        }
        return true;
    }
}
