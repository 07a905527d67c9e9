// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.List;

/**
 * A writing speaks for its author: "un communiqué du syndicat Group'hygiène" is the union, "a statement from
 * the White House" the White House, and a bare "le communiqué" the author of the quotation before it. Runs
 * before {@link AnonymousSourceSieve}, which would take "un communiqué" for an anonymous source.
 */
final class DocumentSourceSieve implements SpeakerSieve {

    @Override
    public void apply(SpeakerContext context) {
        Attribution previous = null;
        for (Attribution a : context.attributions) {
            if (!a.decided() && a.hasDesignation()) settle(context, a, previous);
            if (a.kind != Quotation.Kind.SCARE && (a.decided() || a.hasDesignation())) previous = a;
        }
    }

    private void settle(SpeakerContext context, Attribution a, Attribution previous) {
        List<String> words = context.words(a.designationStart, a.designationEnd);
        int head = context.lexicon.head(words);
        if (head >= words.size() || !context.lexicon.has("document", words.get(head))) return;
        for (Entity e : context.entities) {
            // a role the recognizer took for a name ("Directeur général de la Santé") is left to the later sieves
            if (e.start() >= a.designationStart && e.end() <= a.designationEnd && e.type() != Entity.Type.MISC
                    && !NamedSpeakerSieve.isRole(context, e.canonical())) {
                a.decide(e.type() == Entity.Type.PER ? context.fullestName(e.canonical()) : e.canonical(), e.type(), name());
                return;
            }
        }
        if (head + 1 == words.size() && previous != null && previous.decided()) {
            a.decide(previous.speaker(), previous.speakerType(), name());
            return;
        }
        // "les mots du directeur général de la Santé", "un communiqué de la préfecture": the author is the
        // genitive's noun phrase, left to the later sieves
        if (head + 2 < words.size() && context.lexicon.has("genitive", words.get(head + 1))) {
            List<Span> spans = context.tokensIn(a.designationStart, a.designationEnd);
            if (spans.size() == words.size()) a.designationStart = spans.get(head + 2).start();
        }
    }
}
