// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.List;

/**
 * A writing speaks for its author: "un communiqué du syndicat Group'hygiène" is the union, "a statement from
 * the White House" the White House, "un sondage réalisé par l'institut Ipsos" the institute named after the agent's
 * preposition, and a bare "le communiqué" the author of the quotation before it. Runs
 * before {@link AnonymousSourceSieve}, which would take "un communiqué" for an anonymous source.
 */
final class DocumentSourceSieve implements SpeakerSieve {

    /**
     * Tokens from the end of a writing's noun phrase to the agent's preposition: a participle, a day and a date
     * ("une estimation rendue publique mardi 19 février par X"); further on, "par" belongs to another phrase.
     */
    private static final int AGENT_REACH = 8;

    @Override
    public void apply(SpeakerContext context) {
        Attribution previous = null;
        for (Attribution a : context.attributions) {
            if (!a.decided() && a.hasDesignation()) settle(context, a, previous);
            if (a.kind != Quotation.Kind.SCARE && (a.decided() || a.hasDesignation())) previous = a;
        }
    }

    /**
     * The named author after a writing's noun phrase in its clause: the name after the agent's preposition
     * ({@code [agent]}: "publié jeudi par l'Insee", "released by the ministry"), or null.
     */
    private static Entity agentAfter(SpeakerContext context, int from) {
        List<Span> after = context.tokensIn(from, context.sentenceEnd(from));
        for (int i = 0; i < after.size() && i <= AGENT_REACH; i++) {
            String word = SpeakerLexicon.normalize(after.get(i).of(context.text));
            if (context.insideQuotation(after.get(i).start()) || word.length() == 1 && !Character.isLetterOrDigit(word.charAt(0))) return null;
            if (!context.lexicon.has("agent", word)) continue;
            // the name after the preposition, its determiner and a collective noun ("par l'institut Ipsos")
            for (int k = i + 1; k < after.size(); k++) {
                Entity named = context.entityAt(after.get(k).start());
                if (named != null) return named.type() != Entity.Type.MISC && !NamedSpeakerSieve.isRole(context, named.canonical()) ? named : null;
                String next = SpeakerLexicon.normalize(after.get(k).of(context.text));
                if (!context.lexicon.isDeterminer(next) && !context.lexicon.has("collective", next)) return null;
            }
            return null;
        }
        return null;
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
        Entity agent = agentAfter(context, a.designationEnd);
        if (agent != null) { // "selon une estimation rendue publique mardi par Santé publique France"
            a.decide(agent.type() == Entity.Type.PER ? context.fullestName(agent.canonical()) : agent.canonical(), agent.type(), name());
            return;
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
