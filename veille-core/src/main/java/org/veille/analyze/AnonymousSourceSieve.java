// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.List;

/**
 * An anonymous source ("un diplomate européen", "une source proche du dossier", "officials") keeps its
 * words as the designation and gets no identity, even when it names someone ("un proche de Macron").
 */
final class AnonymousSourceSieve implements SpeakerSieve {
    @Override
    public void apply(SpeakerContext context) {
        int longest = context.lexicon.longestPhrase("anonymous");
        for (Attribution a : context.attributions) {
            if (a.decided() || !a.hasDesignation()) continue;
            List<String> words = context.words(a.designationStart, a.designationEnd);
            for (int n = Math.min(longest, words.size()); n >= 1; n--) {
                if (context.lexicon.has("anonymous", SpeakerLexicon.join(words.subList(0, n)))) {
                    a.decide(null, null, name());
                    break;
                }
            }
        }
    }
}
