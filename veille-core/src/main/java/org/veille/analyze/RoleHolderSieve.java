// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A role noun stands for the person the article gives that role: "la ministre" is the one printed
 * as "la ministre de la Santé Agnès Buzyn" or "Agnès Buzyn, ministre de la Santé"; "l'édile" is the
 * mayor. The holder named nearest before the quotation wins, else the nearest after it; a person whose
 * gender contradicts the designation's ("la ministre") is skipped. When the article gives nobody that
 * role, the role noun is read as an anaphor ("le ministre" = the minister just quoted) through
 * {@link SpeakerContext#nearestPerson}, unless a possessive makes it somebody's ("sa mère", "son avocat"): then it
 * has no identity; with nobody before it of its gender, as the first person of its gender named after it, within
 * {@link SpeakerContext#ANTECEDENT_REACH} ({@link SpeakerContext#personNamedAfter}). A bare role is never an identity.
 */
final class RoleHolderSieve implements SpeakerSieve {

    /** Words between a role noun and the name it introduces ("ministre de la Santé Agnès Buzyn"). */
    private static final int ROLE_TO_NAME = 6;

    @Override
    public void apply(SpeakerContext context) {
        for (Attribution a : context.attributions) {
            if (a.decided() || !a.hasDesignation()) continue;
            List<String> words = context.words(a.designationStart, a.designationEnd);
            int head = context.lexicon.head(words);
            if (head >= words.size()) continue;
            String role = context.lexicon.roleAt(words, head);
            if (role == null) continue;
            // the noun tells its gender when it has one ("son avocate": "son" stands before any vowel; behind a prefix:
            // "l'ex-patron"); an epicene noun leaves it to an adjective or its determiner
            SpeakerLexicon.Gender wanted = context.dictionary.ofNoun(context.lexicon.withoutRolePrefix(words.get(head)));
            // else an adjective before it ("l'ancien maire"), else its determiner ("la ministre")
            for (int k = head - 1; k >= 0 && wanted == SpeakerLexicon.Gender.UNKNOWN; k--) wanted = context.dictionary.ofAdjective(words.get(k));
            if (wanted == SpeakerLexicon.Gender.UNKNOWN && head > 0) wanted = context.lexicon.genderOfMarker(words.get(head - 1));
            Set<String> place = capitalisedIn(context, context.tokensIn(a.designationStart, a.designationEnd), head + 1);
            Entity holder = holder(context, role, place, wanted, a.quote.start());
            if (holder != null) {
                a.decide(holder.canonical(), Entity.Type.PER, name());
                continue;
            }
            // "sa mère", "son avocat": somebody's relative or agent, whom the nearest person (often that somebody) is not
            if (head > 0 && context.lexicon.has("determiner.possessive", words.get(head - 1))) {
                a.decide(null, null, name());
                continue;
            }
            // unlike a pronoun, a role noun may take up a person named anywhere before in the article
            SpeakerContext.Antecedent anaphoric = context.nearestPerson(a.designationStart, wanted, a, Integer.MAX_VALUE);
            // a description may take up a person only named as a complement, when no other fits
            if (anaphoric == null) anaphoric = context.nearestPerson(a.designationStart, wanted, a, Integer.MAX_VALUE, true);
            // nobody before it fits ("l'ancienne ministre" after men only): the article names the holder further on; only
            // a description, behind its determiner: a title ("President Barack Obama") names its own holder
            if (anaphoric == null && head > 0) anaphoric = namedAfter(context, role, place, wanted, a.designationEnd);
            if (anaphoric != null) a.decide(anaphoric.canonical(), Entity.Type.PER, name());
        }
    }

    /**
     * The first person of the wanted gender named after the designation ({@link SpeakerContext#personNamedAfter}), unless
     * the article gives that person the same role of another place ("le député des Vosges" is not "le député des
     * Landes Paul Roux"); else null.
     */
    private static SpeakerContext.Antecedent namedAfter(SpeakerContext context, String role, Set<String> place, SpeakerLexicon.Gender wanted,
                                                        int designationEnd) {
        SpeakerContext.Antecedent later = context.personNamedAfter(designationEnd, wanted, SpeakerContext.ANTECEDENT_REACH);
        if (later == null) return null;
        Entity named = context.entityAt(later.at());
        return named != null && describedAs(context, named, role) && !describedAs(context, named, role, place) ? null : later;
    }

    private static Entity holder(SpeakerContext context, String role, Set<String> place, SpeakerLexicon.Gender wanted, int quoteStart) {
        Entity before = null;
        Entity after = null;
        for (Entity e : context.entities) {
            if (e.type() != Entity.Type.PER || context.insideQuotation(e.start())) continue;
            if (!SpeakerContext.compatible(wanted, context.genderOf(e.canonical()))) continue;
            if (!describedAs(context, e, role, place)) continue;
            if (e.start() < quoteStart) before = e;
            else if (after == null) after = e;
        }
        return before != null ? before : after;
    }

    /**
     * The capitalised words of a designation from word {@code from} on: the place or body its role is of ("le
     * député des Bouches-du-Rhône", "le procureur de la République de Béziers").
     */
    private static Set<String> capitalisedIn(SpeakerContext context, List<Span> words, int from) {
        Set<String> out = new HashSet<>();
        for (int k = Math.max(0, from); k < words.size(); k++) {
            String w = words.get(k).of(context.text);
            if (Character.isUpperCase(w.codePointAt(0))) out.add(SpeakerLexicon.fold(SpeakerLexicon.normalize(w)));
        }
        return out;
    }

    /**
     * Whether the role is printed right before the name, or right after it behind a comma, and of the same place or
     * body when both say which (a capitalised word in common): "le député du Nord X" does not hold "le député des
     * Bouches-du-Rhône", "le procureur de Béziers X" holds "le procureur de la République de Béziers".
     */
    private static boolean describedAs(SpeakerContext context, Entity person, String role, Set<String> place) {
        if (!describedAs(context, person, role)) return false;
        if (place.isEmpty()) return true;
        int i = context.firstTokenAtOrAfter(person.start());
        List<Span> before = context.tokens.subList(Math.max(0, i - ROLE_TO_NAME), i);
        int roleAt = -1;
        for (int k = before.size() - 1; k >= 0; k--) {
            if (role.equals(context.lexicon.roleAt(List.of(SpeakerLexicon.normalize(before.get(k).of(context.text))), 0))) {
                roleAt = k;
                break;
            }
        }
        if (roleAt < 0) return true; // described behind a comma: the complement is not compared
        Set<String> printed = capitalisedIn(context, before, roleAt + 1);
        return printed.isEmpty() || printed.stream().anyMatch(place::contains);
    }

    /** Whether the role is printed right before the name, or right after it behind a comma. */
    private static boolean describedAs(SpeakerContext context, Entity person, String role) {
        // "le porte-parole de Vladimir Poutine", "au micro de Jean-Pierre Elkabbach": the name is a complement
        if (context.afterPreposition(person.start())) return false;
        int i = context.firstTokenAtOrAfter(person.start());
        for (int k = i - 1; k >= 0 && i - k <= ROLE_TO_NAME; k--) {
            String w = context.tokens.get(k).of(context.text);
            if (w.length() == 1 && ".;:!?«»“”\"\n".indexOf(w.charAt(0)) >= 0) break;
            if (role.equals(context.lexicon.roleAt(List.of(SpeakerLexicon.normalize(w)), 0))) return true;
            if (k + 1 < i && role.equals(context.lexicon.roleAt(
                    context.words(context.tokens.get(k).start(), context.tokens.get(Math.min(k + 2, i - 1)).end()), 0))) {
                return true;
            }
        }
        int j = context.firstTokenAtOrAfter(person.end());
        if (j < context.tokens.size() && context.tokens.get(j).of(context.text).equals(",")) {
            List<String> next = context.words(context.tokens.get(j).end(),
                    context.tokens.get(Math.min(context.tokens.size() - 1, j + 4)).end());
            int head = context.lexicon.head(next);
            return head < next.size() && role.equals(context.lexicon.roleAt(next, head));
        }
        return false;
    }
}
