// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.List;

/**
 * A definite description made of a determiner and one capitalised word that names no known place or body
 * ("confie la Tahitienne", "a réagi le Breton", "dit la Miss") describes a person already in the article, as
 * news writing varies its designations: it takes up the nearest earlier person of the determiner's gender, like a
 * role noun whose holder is not printed ({@link SpeakerContext#nearestPerson}). A word the recognizer read as a
 * place ("Tahitienne") is then never a place speaking. The word must be a common noun or adjective of the
 * dictionary: "la Zambinella" in a novel is a name with an article. Runs before {@link NamedSpeakerSieve}.
 */
final class DescriptionSieve implements SpeakerSieve {

    @Override
    public void apply(SpeakerContext context) {
        for (Attribution a : context.attributions) {
            if (a.decided() || !a.hasDesignation()) continue;
            List<Span> words = context.tokensIn(a.designationStart, a.designationEnd);
            if (words.size() != 2) continue;
            String determiner = SpeakerLexicon.normalize(words.get(0).of(context.text));
            SpeakerLexicon.Gender gender = context.lexicon.genderOfMarker(determiner);
            if (!context.lexicon.has("determiner.definite", determiner)) continue;
            String noun = words.get(1).of(context.text);
            if (!Character.isUpperCase(noun.codePointAt(0)) || context.resolver.knows(noun)) continue;
            // "la Tahitienne" is a common word with a capital; "la Zambinella" is a name with an article
            if (!context.dictionary.isCommonWord(noun)) continue;
            Entity named = context.entityAt(words.get(1).start());
            // a person or a body the recognizer found ("le Parisien" the newspaper) is a name, not a description
            if (named != null && (named.type() == Entity.Type.PER || named.type() == Entity.Type.ORG
                    || !Names.key(named.canonical()).equals(Names.key(noun)))) {
                continue;
            }
            SpeakerContext.Antecedent person = context.nearestPerson(a.designationStart, gender, a, Integer.MAX_VALUE);
            if (person != null) a.decide(person.canonical(), Entity.Type.PER, name());
        }
    }
}
