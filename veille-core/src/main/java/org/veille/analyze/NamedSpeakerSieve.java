// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The designation names the speaker: the first person in it ("la porte-parole Anna Dupont",
 * "M. Dupont", a role the gazetteer knows), else a person printed right after it ("la maire, Marie
 * Dubreuil"), else an organisation, state or place that heads it ("l'OMS", "Moscou a répondu").
 * A name that is only a complement of the designation ("le porte-parole de Poutine") is not the speaker.
 */
final class NamedSpeakerSieve implements SpeakerSieve {

    /** What may separate a title-only designation from the name it introduces: "la maire, Marie Dubreuil", "(DGS), X". */
    private static final Pattern APPOSITION_GAP = Pattern.compile("[\\s\\p{Z},]{1,3}(\\(\\p{Lu}[\\p{L}\\d-]{0,12}\\)[\\s\\p{Z},]{1,3})?");
    /** Characters between a designation and the name apposed to it: a comma and spaces, or a bracketed acronym too. */
    private static final int APPOSITION_REACH = 20;
    /**
     * Words a role's complements may run on for before the comma and the name ("de la République de Rennes", "des
     * Centres de prévention et de lutte contre les maladies (CDC)", its bracketed acronym counted).
     */
    private static final int ROLE_TAIL_WORDS = 12;

    @Override
    public void apply(SpeakerContext context) {
        for (Attribution a : context.attributions) {
            if (a.decided() || !a.hasDesignation()) continue;
            Entity person = personIn(context, a);
            if (person != null && !Names.key(person.canonical()).equals(Names.key(person.text())) && isRole(context, person.text())) {
                // a role the resolver tied to its holder at the article's date yields to the name the text prints
                // beside it ("le secrétaire d'Etat adjoint pour l'Asie, David Stilwell")
                Entity printed = apposition(context, roleTailEnd(context, person.end()));
                if (printed == null) printed = apposition(context, person.end());
                if (printed != null) person = printed;
            }
            if (person == null) person = apposition(context, a.designationEnd);
            if (person == null && isRoleDesignation(context, a)) person = apposition(context, roleTailEnd(context, a.designationEnd));
            if (person != null) {
                a.decide(context.fullestName(person.canonical()), Entity.Type.PER, name());
                continue;
            }
            Entity head = headEntity(context, a);
            if (head != null) a.decide(head.canonical(), head.type(), name());
        }
    }

    private static Entity personIn(SpeakerContext context, Attribution a) {
        for (Entity e : context.entities) {
            if (e.start() < a.designationStart || e.end() > a.designationEnd) continue;
            if (e.type() == Entity.Type.PER && !isComplement(context, e.start(), a.designationStart)
                    && !isRole(context, e.canonical()) && (!opensWithNoName(context, e) || resolvedRole(context, e))) {
                return e;
            }
        }
        return null;
    }

    /**
     * Whether a recognized "name" opens with a word that never starts one ("He said", "Parmi eux"), or with a word
     * that names no body alone and no person at all ("Santé" of "la ministre de la Santé", "Justice Humza Yousaf" of
     * "le ministre de la Justice Humza Yousaf"; "Santé publique France" is a name): recognizer noise.
     */
    static boolean opensWithNoName(SpeakerContext context, Entity e) {
        List<Span> words = context.tokensIn(e.start(), e.end());
        return !words.isEmpty() && (context.lexicon.has("not.speaker", words.get(0).of(context.text))
                || (words.size() == 1 || e.type() == Entity.Type.PER) && context.lexicon.has("not.speaker.alone", words.get(0).of(context.text)));
    }

    /**
     * Whether a recognized "name" is a role description the entity resolver tied to its holder ("le président
     * français" → the president at the article's date, or the person printed beside it): the holder speaks.
     */
    static boolean resolvedRole(SpeakerContext context, Entity e) {
        if (!isRole(context, e.text()) || Names.key(e.canonical()).equals(Names.key(e.text()))) return false;
        // "le petit-fils de l'ancien président": a complement, and a former holder, is not the speaker
        if (context.afterPreposition(e.start())) return false;
        int i = context.firstTokenAtOrAfter(e.start());
        for (int k = Math.max(0, i - 1); k < context.tokens.size() && context.tokens.get(k).end() <= e.end(); k++) {
            if (context.lexicon.has("former", context.tokens.get(k).of(context.text))) return false;
        }
        return true;
    }

    /** Whether a recognized "name" is a role description ("ministre de la Justice"): never an identity. */
    static boolean isRole(SpeakerContext context, String canonical) {
        List<String> words = List.of(SpeakerLexicon.normalize(canonical).split(" "));
        int head = context.lexicon.head(words);
        String printed = WordTokenizer.strip(canonical);
        return head < words.size() && context.lexicon.roleAt(words, head) != null
                && !Character.isUpperCase(printed.codePointAt(printed.length() - 1));
    }

    /** Whether the word before a name inside a designation makes it a complement ("de Poutine"). */
    static boolean isComplement(SpeakerContext context, int nameStart, int designationStart) {
        int i = context.firstTokenAtOrAfter(nameStart) - 1;
        if (i < 0 || context.tokens.get(i).start() < designationStart) return false;
        return context.lexicon.has("complement", context.tokens.get(i).of(context.text));
    }

    private static boolean isRoleDesignation(SpeakerContext context, Attribution a) {
        List<String> words = context.words(a.designationStart, a.designationEnd);
        int head = context.lexicon.head(words);
        return head < words.size() && context.lexicon.roleAt(words, head) != null;
    }

    /**
     * Where the rest of a role's noun phrase ends when it runs on to a comma ("le procureur [de la République de
     * Rennes], Philippe Astruc", "le secrétaire d'Etat [américain adjoint pour l'Asie de l'Est], David Stilwell"):
     * at most {@link #ROLE_TAIL_WORDS} words, no clause opener, no speech verb, no other punctuation than a bracketed
     * acronym ("de lutte contre les maladies (CDC), Anne Schuchat"). Returns
     * {@code designationEnd} itself when no such tail reaches a comma.
     */
    private static int roleTailEnd(SpeakerContext context, int designationEnd) {
        List<Span> after = context.tokensIn(designationEnd, Math.min(context.text.length(), designationEnd + ROLE_TAIL_WORDS * 15));
        for (int i = 0; i < after.size() && i <= ROLE_TAIL_WORDS; i++) {
            String raw = after.get(i).of(context.text);
            if (raw.equals(",")) return i == 0 ? designationEnd : after.get(i - 1).end();
            if (raw.equals("(") && acronymInBrackets(context, after, i)) { // "de lutte contre les maladies (CDC), Anne Schuchat"
                i += 2;
                continue;
            }
            String word = SpeakerLexicon.normalize(raw);
            boolean punctuation = raw.length() == 1 && !Character.isLetterOrDigit(raw.charAt(0)) && !WordTokenizer.isApostrophe(raw.charAt(0));
            // "de prévention et de lutte contre les maladies": "et" before a genitive coordinates two complements
            boolean coordinatedComplement = i + 1 < after.size() && context.lexicon.has("genitive", after.get(i + 1).of(context.text));
            if (punctuation || context.lexicon.has("clause.opener", word) && !coordinatedComplement
                    || context.verbs.isSpeechForm(word.replace('\'', '’'))) {
                break;
            }
        }
        return designationEnd;
    }

    /** Whether "(" at {@code i} opens a bracketed acronym: "(CDC)", "(DGS)". */
    private static boolean acronymInBrackets(SpeakerContext context, List<Span> words, int i) {
        if (i + 2 >= words.size() || !words.get(i + 2).of(context.text).equals(")")) return false;
        String inside = words.get(i + 1).of(context.text);
        return Character.isUpperCase(inside.codePointAt(0)) && inside.equals(inside.toUpperCase(java.util.Locale.ROOT));
    }

    private static Entity apposition(SpeakerContext context, int designationEnd) {
        for (Entity e : context.entities) {
            if (e.start() < designationEnd) continue;
            if (e.start() - designationEnd > APPOSITION_REACH) break;
            if (e.type() == Entity.Type.PER
                    && APPOSITION_GAP.matcher(context.text.substring(designationEnd, e.start())).matches()) {
                return e;
            }
        }
        return null;
    }

    /** An entity that begins the designation's head: the designation is that name. */
    private static Entity headEntity(SpeakerContext context, Attribution a) {
        List<Span> words = context.tokensIn(a.designationStart, a.designationEnd);
        List<String> lower = context.words(a.designationStart, a.designationEnd);
        int head = context.lexicon.head(lower);
        if (head >= words.size()) return null;
        int headStart = words.get(head).start();
        for (Entity e : context.entities) {
            if (e.start() > headStart) break;
            if (e.end() > headStart && e.start() >= a.designationStart && e.type() != Entity.Type.MISC
                    && !isRole(context, e.canonical()) && !opensWithNoName(context, e)) {
                return e;
            }
        }
        return null;
    }
}
