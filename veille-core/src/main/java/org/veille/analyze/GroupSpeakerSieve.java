// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.List;

/**
 * A plural role description ("soulignent les auteurs", "ont écrit les signataires") stands for the group the article
 * names member by member, and has the identity of its first named member, as a coordinated subject has
 * ({@link PronounSieve#coordinationHead}): the persons heading a coordinated subject in its sentence or the one
 * before ("Martine Aubry et ses proches ont annoncé"), else the nearest persons coordinated before it ("menée par
 * Christophe Bonaldi, biostatisticien, et Catherine Hill"), else the first after it ("Les auteurs du rapport, Anne
 * Brunner et Louis Maurin"), within {@link SpeakerContext#ANTECEDENT_REACH}, else the group the same description
 * designated before, however far ("les auteurs" again at the end of the article). A group nobody names keeps no identity
 * and is left to the later sieves. Runs before {@link PronounSieve}, whose plural pronouns take the group up.
 */
final class GroupSpeakerSieve implements SpeakerSieve {

    /** Characters between two coordinated persons: a comma, an apposition ("biostatisticien à Santé publique France,") and "et". */
    private static final int COORDINATION_GAP = 80;

    @Override
    public void apply(SpeakerContext context) {
        for (Attribution a : context.attributions) {
            if (a.decided() || !a.hasDesignation() || !isPluralRole(context, a)) continue;
            Entity leader = PronounSieve.coordinationHead(context, a.designationStart);
            if (leader == null) leader = coordinatedPersons(context, a, true);
            if (leader == null) leader = coordinatedPersons(context, a, false);
            if (leader != null) {
                a.decide(context.fullestName(leader.canonical()), Entity.Type.PER, name());
                continue;
            }
            // the same description further on is the same group, however far: "les auteurs" named near the top
            Attribution same = sameGroupBefore(context, a);
            if (same != null) a.decide(same.speaker(), same.speakerType(), name());
        }
    }

    /** The nearest quotation before {@code a} this sieve settled whose designation has the same plural head noun, or null. */
    private Attribution sameGroupBefore(SpeakerContext context, Attribution a) {
        String noun = headNoun(context, a);
        Attribution found = null;
        for (Attribution earlier : context.attributions) {
            if (earlier.quote.start() >= a.quote.start()) break;
            if (name().equals(earlier.decidedBy()) && noun.equals(headNoun(context, earlier))) found = earlier;
        }
        return found;
    }

    private static String headNoun(SpeakerContext context, Attribution a) {
        List<String> words = context.words(a.designationStart, a.designationEnd);
        int head = context.lexicon.head(words);
        return head < words.size() ? words.get(head) : "";
    }

    /** Whether the designation is a plural determiner and a role noun in the plural: "les auteurs (du rapport)". */
    static boolean isPluralRole(SpeakerContext context, Attribution a) {
        List<String> words = context.words(a.designationStart, a.designationEnd);
        if (words.size() < 2 || !context.lexicon.has("determiner.plural", words.get(0))) return false;
        int head = context.lexicon.head(words);
        if (head >= words.size()) return false;
        String noun = words.get(head);
        String ending = noun.substring(noun.length() - 1);
        return context.lexicon.has("plural.ending", ending)
                && context.lexicon.roleAt(List.of(noun.substring(0, noun.length() - 1)), 0) != null;
    }

    /**
     * The first of two persons coordinated by "et" outside quotation marks in one sentence: the nearest pair before the
     * quotation ({@code before}) or the first after it, within {@link SpeakerContext#ANTECEDENT_REACH}; else null.
     */
    private static Entity coordinatedPersons(SpeakerContext context, Attribution a, boolean before) {
        Entity found = null;
        Entity previous = null;
        for (Entity e : context.entities) {
            if (e.type() != Entity.Type.PER || context.insideQuotation(e.start()) || !context.personLike(e)) continue;
            if (previous != null && coordinated(context, previous, e)) {
                boolean isBefore = previous.start() < a.quote.start();
                int distance = isBefore ? a.quote.start() - previous.start() : previous.start() - a.quote.end();
                if (isBefore == before && distance <= SpeakerContext.ANTECEDENT_REACH) {
                    found = previous;
                    if (!before) return found;
                }
            }
            previous = e;
        }
        return found;
    }

    /** Whether "et" joins two persons within {@link #COORDINATION_GAP} characters of one sentence. */
    private static boolean coordinated(SpeakerContext context, Entity first, Entity second) {
        if (second.start() - first.end() > COORDINATION_GAP || context.sentenceEnd(first.end()) < second.start()) return false;
        List<String> between = context.words(first.end(), second.start());
        return !between.isEmpty() && context.lexicon.has("coordination", between.get(between.size() - 1));
    }
}
