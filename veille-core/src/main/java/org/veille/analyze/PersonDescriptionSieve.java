// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.List;
import java.util.Optional;

/**
 * A definite or demonstrative description headed by a common noun that names a person ("a dit le vice-président",
 * "le scientifique", "résume cette spécialiste du virus Ebola", "l'infirmière") takes up a person already in the
 * article, as news writing varies its designations: the nearest earlier person ({@link SpeakerContext#nearestPerson})
 * of the gender its determiner, or else its noun, tells. A noun names a person when it inflects for gender
 * ({@link FirstNameGenders.Lookup#personNounGender}): "le site", "l'étude" do not. Role nouns
 * ({@link RoleHolderSieve}), bodies ({@link CollectiveSpeakerSieve}) and writings ({@link DocumentSourceSieve}) are
 * settled before; a capitalised description is {@link DescriptionSieve}'s; a plural one is a group, left alone. A
 * noun last introduced nearer by an indefinite ("un diplomate européen ... ce diplomate") is that anonymous one again.
 */
final class PersonDescriptionSieve implements SpeakerSieve {

    @Override
    public void apply(SpeakerContext context) {
        for (Attribution a : context.attributions) {
            if (a.decided() || !a.hasDesignation()) continue;
            List<Span> spans = context.tokensIn(a.designationStart, a.designationEnd);
            List<String> words = context.words(a.designationStart, a.designationEnd);
            if (words.size() < 2 || spans.size() != words.size() || !context.lexicon.has("determiner.definite", words.get(0))) continue;
            if (context.lexicon.pronounGender(SpeakerLexicon.join(words)).isPresent()) continue; // "ce dernier": PronounSieve's
            int head = context.lexicon.head(words);
            if (head >= words.size() || !Character.isLowerCase(spans.get(head).of(context.text).codePointAt(0))) continue;
            String noun = words.get(head);
            if (context.lexicon.has("collective", noun) || context.lexicon.has("document", noun) || context.lexicon.has("not.speaker", noun)) {
                continue;
            }
            Optional<SpeakerLexicon.Gender> nounGender = context.dictionary.personNounGender(noun);
            if (nounGender.isEmpty()) continue;
            SpeakerLexicon.Gender wanted = context.lexicon.genderOfMarker(words.get(0));
            if (wanted == SpeakerLexicon.Gender.UNKNOWN) wanted = nounGender.get(); // "l'infirmière"
            SpeakerContext.Antecedent person = context.nearestPerson(a.designationStart, wanted, a);
            int introduced = indefiniteMention(context, noun, a.designationStart);
            if (introduced >= 0 && (person == null || introduced > person.at())) {
                // "Un diplomate européen a déclaré [...]. « ... », a dit ce diplomate": the anonymous one again
                a.decide(null, null, name());
            } else if (person != null) {
                a.decide(person.canonical(), Entity.Type.PER, name());
            }
        }
    }

    /**
     * Where the noun was last printed before {@code limit} after an indefinite determiner ("un diplomate européen"),
     * outside quotation marks, within {@link SpeakerContext#ANTECEDENT_REACH}; -1 when it was not.
     */
    private static int indefiniteMention(SpeakerContext context, String noun, int limit) {
        List<Span> before = context.tokensIn(Math.max(0, limit - SpeakerContext.ANTECEDENT_REACH), limit);
        for (int i = before.size() - 1; i > 0; i--) {
            if (!SpeakerLexicon.normalize(before.get(i).of(context.text)).equals(noun) || context.insideQuotation(before.get(i).start())) continue;
            if (context.lexicon.has("anonymous", SpeakerLexicon.normalize(before.get(i - 1).of(context.text)))) return before.get(i).start();
        }
        return -1;
    }
}
