// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

/**
 * A quotation with no designation in a paragraph that names exactly one person before it, outside
 * quotation marks, is that person's ("Marie Dupont reste prudente. « Il faut attendre »."): news
 * writing introduces the speaker, then quotes. Runs after {@link ContinuationSieve}.
 */
final class ParagraphNameSieve implements SpeakerSieve {

    @Override
    public void apply(SpeakerContext context) {
        for (Attribution a : context.attributions) {
            if (a.decided() || a.hasDesignation() || a.kind == Quotation.Kind.SCARE) continue;
            int paragraphStart = context.text.lastIndexOf('\n', a.quote.start()) + 1;
            Entity only = null;
            boolean several = false;
            for (Entity e : context.entities) {
                if (e.start() < paragraphStart) continue;
                if (e.start() >= a.quote.start()) break;
                if (e.type() != Entity.Type.PER || context.insideQuotation(e.start())) continue;
                if (only != null && !only.canonical().equals(e.canonical())) several = true;
                only = e;
            }
            if (only != null && !several) a.decide(only.canonical(), Entity.Type.PER, name());
        }
    }
}
