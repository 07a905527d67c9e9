// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

/** A scare quote distances the writer from a phrase: nobody is said to utter it, so it has no speaker. */
final class ScareQuoteSieve implements SpeakerSieve {
    @Override
    public void apply(SpeakerContext context) {
        for (Attribution a : context.attributions) {
            if (!a.decided() && a.kind == Quotation.Kind.SCARE) a.decide(null, null, name());
        }
    }
}
