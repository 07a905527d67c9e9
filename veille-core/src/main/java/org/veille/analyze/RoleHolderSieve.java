// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.List;

/**
 * A role noun stands for the person the article gives that role: "la ministre" is the one printed
 * as "la ministre de la Santé Agnès Buzyn" or "Agnès Buzyn, ministre de la Santé"; "l'édile" is the
 * mayor. The holder named nearest before the quotation wins, else the nearest after it; a person whose
 * gender contradicts the designation's ("la ministre") is skipped. When the article gives nobody that
 * role, the role noun is read as an anaphor ("le ministre" = the minister just quoted) through
 * {@link SpeakerContext#nearestPerson}. A bare role is never an identity.
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
            SpeakerLexicon.Gender wanted = head > 0 ? context.lexicon.genderOfMarker(words.get(head - 1))
                    : SpeakerLexicon.Gender.UNKNOWN;
            Entity holder = holder(context, role, wanted, a.quote.start());
            if (holder != null) {
                a.decide(holder.canonical(), Entity.Type.PER, name());
                continue;
            }
            SpeakerContext.Antecedent anaphoric = context.nearestPerson(a.designationStart, wanted, a);
            if (anaphoric != null) a.decide(anaphoric.canonical(), Entity.Type.PER, name());
        }
    }

    private static Entity holder(SpeakerContext context, String role, SpeakerLexicon.Gender wanted, int quoteStart) {
        Entity before = null;
        Entity after = null;
        for (Entity e : context.entities) {
            if (e.type() != Entity.Type.PER || context.insideQuotation(e.start())) continue;
            if (!SpeakerContext.compatible(wanted, context.genderOf(e.canonical()))) continue;
            if (!describedAs(context, e, role)) continue;
            if (e.start() < quoteStart) before = e;
            else if (after == null) after = e;
        }
        return before != null ? before : after;
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
