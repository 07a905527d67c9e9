// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

/**
 * "la même source", "the same source": the designation points back to the previous quotation's
 * speaker, whoever that was (an anonymous source stays anonymous).
 */
final class SameSourceSieve implements SpeakerSieve {
    @Override
    public void apply(SpeakerContext context) {
        Attribution previous = null;
        for (Attribution a : context.attributions) {
            if (!a.decided() && a.hasDesignation() && previous != null
                    && context.lexicon.has("same.source", a.designation(context.text))) {
                a.decide(previous.speaker(), previous.speakerType(), name());
            }
            if (a.decided() && a.kind != Quotation.Kind.SCARE) previous = a;
        }
    }
}
