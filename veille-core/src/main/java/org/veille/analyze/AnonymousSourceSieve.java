// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.List;

/**
 * An anonymous source ("un diplomate européen", "une source proche du dossier", "officials") keeps its
 * words as the designation and gets no identity, even when it names someone ("un proche de Macron"), unless it
 * names its holder in apposition ("une porte-parole de Nornickel, Tatiana Egorova"), left to the later sieves.
 */
final class AnonymousSourceSieve implements SpeakerSieve {
    @Override
    public void apply(SpeakerContext context) {
        int longest = context.lexicon.longestPhrase("anonymous");
        for (Attribution a : context.attributions) {
            if (a.decided() || !a.hasDesignation()) continue;
            // "une porte-parole de Nornickel, Tatiana Egorova": the name in apposition speaks, not an anonymous source
            if (apposedPerson(context, a)) continue;
            List<String> words = context.words(a.designationStart, a.designationEnd);
            for (int n = Math.min(longest, words.size()); n >= 1; n--) {
                if (context.lexicon.has("anonymous", SpeakerLexicon.join(words.subList(0, n)))) {
                    a.decide(null, null, name());
                    break;
                }
            }
        }
    }

    /** Whether a person is named inside the designation right after a comma (an apposition, not a complement). */
    static boolean apposedPerson(SpeakerContext context, Attribution a) {
        for (Entity e : context.entities) {
            if (e.start() < a.designationStart || e.end() > a.designationEnd || e.type() != Entity.Type.PER) continue;
            int i = context.firstTokenAtOrAfter(e.start()) - 1;
            if (i >= 0 && context.tokens.get(i).start() >= a.designationStart && context.tokens.get(i).of(context.text).equals(",")) {
                return true;
            }
        }
        return false;
    }
}
