// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.List;
import java.util.Optional;

/**
 * A pronoun ("il", "elle", "a-t-elle ajouté", "selon lui", "he", "she") stands for the nearest person
 * before it whose gender fits: an earlier speaker or a person named outside quotation marks, within
 * {@link SpeakerContext#ANTECEDENT_REACH} ({@link SpeakerContext#nearestPerson}). Plural pronouns
 * ("ils", "they") stand for a group and impersonal ones ("on", "nous") for nobody: no identity.
 */
final class PronounSieve implements SpeakerSieve {

    @Override
    public void apply(SpeakerContext context) {
        for (Attribution a : context.attributions) {
            if (a.decided() || !a.hasDesignation()) continue;
            String pronoun = pronounOf(context.words(a.designationStart, a.designationEnd), context.lexicon);
            if (pronoun == null) continue;
            if (context.lexicon.has("pronoun.impersonal", pronoun)) {
                a.decide(null, null, name());
                continue;
            }
            Optional<SpeakerLexicon.Gender> gender = context.lexicon.pronounGender(pronoun);
            if (gender.isEmpty()) continue;
            if (gender.get() == SpeakerLexicon.Gender.PLURAL) {
                a.decide(null, null, name()); // a group: "ils" names no one identity
                continue;
            }
            SpeakerContext.Antecedent found = pronoun.indexOf(' ') > 0
                    ? context.lastNamedPerson(a.designationStart, gender.get()) // "cette dernière"
                    : context.nearestPerson(a.designationStart, gender.get(), a);
            if (found != null) a.decide(found.canonical(), found.type(), name());
        }
    }

    /**
     * The pronoun a designation is made of: "il", "a-t-elle" → "elle", "selon lui" → "lui", "he said" →
     * "he" (a designation the finder ran on into its verb), "cette dernière" as a whole; else null.
     */
    static String pronounOf(List<String> words, SpeakerLexicon lexicon) {
        if (words.isEmpty() || words.size() > 2) return null;
        String first = words.get(0);
        String phrase = SpeakerLexicon.join(words);
        if (words.size() == 2 && lexicon.pronounGender(phrase).isPresent()) return phrase; // "cette dernière"
        if (words.size() == 2 && (lexicon.pronounGender(first).isPresent() || lexicon.has("pronoun.impersonal", first))) {
            return first;
        }
        String last = words.get(words.size() - 1);
        int dash = last.lastIndexOf('-');
        return dash >= 0 ? last.substring(dash + 1) : words.size() == 1 ? last : null;
    }

}
