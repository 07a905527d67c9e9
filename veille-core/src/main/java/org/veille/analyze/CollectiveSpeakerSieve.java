// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.List;
import java.util.Map;

/**
 * A body speaking as one: "le magazine allemand Der Spiegel" is the organisation it names, "le compte officiel de la mairie de Bordeaux" is the town hall of Bordeaux,
 * "le parquet de Paris" the Paris prosecutor's office, an acronym no recognizer marked its body ("l'ARS de la région
 * Occitanie"), and a bare "la direction" or "le ministère" the
 * organisation the article named last before the quotation (an outlet only for a media noun: "le quotidien").
 */
final class CollectiveSpeakerSieve implements SpeakerSieve {

    /** Adjectives between a collective noun and the name in apposition to it ("l'agence sanitaire Santé publique France"). */
    private static final int APPOSITION_ADJECTIVES = 2;
    /** The longest acronym read as a body's name ("SNCF", "UNESCO"); longer runs of capitals are shouted words. */
    private static final int ACRONYM_LETTERS = 6;

    @Override
    public void apply(SpeakerContext context) {
        for (Attribution a : context.attributions) {
            if (a.decided() || !a.hasDesignation()) continue;
            List<Span> spans = context.tokensIn(a.designationStart, a.designationEnd);
            List<String> words = context.words(a.designationStart, a.designationEnd);
            int head = context.lexicon.head(words);
            if (head >= words.size()) continue;
            if (acronymAt(context, spans, words, head)) { // "l'ARS de la région Occitanie", "selon la CNIL", "l'ONU" as known
                boolean complemented = head + 1 < words.size() && context.lexicon.has("genitive", words.get(head + 1));
                String named = context.text.substring(spans.get(head).start(), complemented ? a.designationEnd : spans.get(head).end());
                a.decide(context.resolver.canonicalOf(named, Entity.Type.ORG, Map.of()), Entity.Type.ORG, name());
                continue;
            }
            if (!collectiveAt(context, words, head)) continue;
            Entity organisation = organisationIn(context, a);
            if (organisation == null) organisation = namedInApposition(context, spans, head);
            if (organisation != null) { // "le magazine allemand Der Spiegel"
                a.decide(organisation.canonical(), Entity.Type.ORG, name());
                continue;
            }
            // the innermost collective noun names the body: "compte officiel de la mairie de Bordeaux"
            int inner = head;
            for (int i = head + 1; i < words.size(); i++) if (collectiveAt(context, words, i)) inner = i;
            // only a genitive names the body ("la mairie de Bordeaux"); "le parti à la journaliste" is a dative
            boolean complemented = inner + 1 < words.size() && context.lexicon.has("genitive", words.get(inner + 1));
            if (complemented) {
                a.decide(context.text.substring(spans.get(inner).start(), a.designationEnd), Entity.Type.ORG, name());
                continue;
            }
            String printedBefore = complementedEarlier(context, words.get(inner), a.designationStart);
            if (printedBefore == null) printedBefore = namedInAppositionEarlier(context, words.get(inner), a.designationStart);
            if (printedBefore != null) {
                a.decide(printedBefore, Entity.Type.ORG, name());
                continue;
            }
            if (context.lexicon.has("collective.self", words.get(inner))) { // "la police" is the police, not the last body named
                a.decide(words.get(inner), Entity.Type.ORG, name());
                continue;
            }
            // an outlet the article credits ("selon Le Monde") is no court or rectorate; only "le quotidien" may be one
            boolean media = context.lexicon.has("collective.media", words.get(inner));
            Entity named = lastOrganisation(context, a.quote.start(), media);
            if (named != null) a.decide(named.canonical(), named.type(), name());
        }
    }

    private static Entity organisationIn(SpeakerContext context, Attribution a) {
        for (Entity e : context.entities) {
            if (e.start() >= a.designationStart && e.end() <= a.designationEnd && e.type() == Entity.Type.ORG) return e;
        }
        return null;
    }

    /**
     * Whether the head at {@code head}, after a determiner, is an acronym no recognizer marked ("l'ARS", "la CNIL"):
     * capitals only, {@link #ACRONYM_LETTERS} at most, no role ("le PDG") nor collective noun ("l'ONG"): a body that
     * names itself.
     */
    private static boolean acronymAt(SpeakerContext context, List<Span> spans, List<String> words, int head) {
        if (head == 0 || !context.lexicon.isDeterminer(words.get(0)) || context.entityAt(spans.get(head).start()) != null
                || collectiveAt(context, words, head)) { // "l'ONG Global Witness": a collective noun, the name follows
            return false;
        }
        String raw = spans.get(head).of(context.text);
        if (raw.length() < 2 || raw.length() > ACRONYM_LETTERS || context.lexicon.roleAt(words, head) != null) return false;
        return raw.chars().allMatch(Character::isUpperCase);
    }

    /**
     * The name printed right after the collective noun at {@code head} and its adjectives, whatever type the recognizer
     * gave it: the noun says it is a body ("l'agence sanitaire Santé publique France", read as a place); else null.
     */
    private static Entity namedInApposition(SpeakerContext context, List<Span> spans, int head) {
        int k = head + 1;
        while (k < spans.size() && k - head <= APPOSITION_ADJECTIVES && context.dictionary.isAdjective(spans.get(k).of(context.text))) k++;
        if (k >= spans.size()) return null;
        Entity named = context.entityAt(spans.get(k).start());
        return named != null && named.type() != Entity.Type.PER && !NamedSpeakerSieve.opensWithNoName(context, named) ? named : null;
    }

    private static boolean collectiveAt(SpeakerContext context, List<String> words, int i) {
        int longest = context.lexicon.longestPhrase("collective");
        for (int n = Math.min(longest, words.size() - i); n >= 1; n--) {
            if (context.lexicon.has("collective", SpeakerLexicon.join(words.subList(i, i + n)))) return true;
        }
        return false;
    }

    /** "la préfecture" after "la préfecture des Ardennes": the body the article named in full. */
    private static String complementedEarlier(SpeakerContext context, String noun, int before) {
        String found = null;
        List<Span> tokens = context.tokensIn(Math.max(0, before - SpeakerContext.ANTECEDENT_REACH), before);
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!SpeakerLexicon.normalize(tokens.get(i).of(context.text)).equals(noun)) continue;
            int k = i + 1;
            while (k < tokens.size() && k - i <= 3 && (context.lexicon.has("complement", tokens.get(k).of(context.text))
                    || context.lexicon.isDeterminer(tokens.get(k).of(context.text)))) {
                k++;
            }
            if (k == i + 1 || k >= tokens.size() || !Character.isUpperCase(tokens.get(k).of(context.text).codePointAt(0))) continue;
            int end = k;
            while (end + 1 < tokens.size() && (Character.isUpperCase(tokens.get(end + 1).of(context.text).codePointAt(0))
                    || tokens.get(end + 1).of(context.text).equals("-"))) {
                end++;
            }
            found = context.text.substring(tokens.get(i).start(), tokens.get(end).end());
        }
        return found;
    }

    /**
     * "l'agence" after "selon l'agence sanitaire Santé publique France": the body the article named right after the same
     * noun and its adjectives, the last such before {@code before} within {@link SpeakerContext#ANTECEDENT_REACH}; else null.
     */
    private static String namedInAppositionEarlier(SpeakerContext context, String noun, int before) {
        String found = null;
        List<Span> tokens = context.tokensIn(Math.max(0, before - SpeakerContext.ANTECEDENT_REACH), before);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!SpeakerLexicon.normalize(tokens.get(i).of(context.text)).equals(noun)) continue;
            int k = i + 1;
            while (k < tokens.size() && k - i <= APPOSITION_ADJECTIVES && context.dictionary.isAdjective(tokens.get(k).of(context.text))) k++;
            if (k >= tokens.size()) continue;
            Entity named = context.entityAt(tokens.get(k).start());
            if (named != null && (named.type() == Entity.Type.ORG || named.type() == Entity.Type.LOC) && !context.insideQuotation(named.start())) {
                found = named.canonical();
            }
        }
        return found;
    }

    private static Entity lastOrganisation(SpeakerContext context, int before, boolean outlets) {
        Entity last = null;
        for (Entity e : context.entities) {
            if (e.start() >= before) break;
            // "du Logement" (after "la ministre"): a name never opens with a lower-case word, the recognizer ran over
            if (e.type() == Entity.Type.ORG && !context.insideQuotation(e.start()) && !Character.isLowerCase(e.text().codePointAt(0))
                    && before - e.start() <= SpeakerContext.ANTECEDENT_REACH && (outlets || !context.resolver.isOutlet(e.canonical()))) {
                last = e;
            }
        }
        return last;
    }
}
