// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A pronoun ("il", "elle", "a-t-elle ajouté", "selon lui", "he", "she") stands for the nearest person
 * before it whose gender fits: an earlier speaker or a person named outside quotation marks, within
 * {@link SpeakerContext#ANTECEDENT_REACH} ({@link SpeakerContext#nearestPerson}).
 * With no person of its gender, a singular pronoun stands for the nearest body whose determiner agrees with it
 * ({@link SpeakerContext#nearestOrganisation}: "la préfecture ... a-t-elle ajouté"); with nobody before it, for the
 * person named right after it ({@link SpeakerContext#personNamedAfter}: a lead that names its speaker in the next sentence), else for the
 * person the article names most ({@link #mainPerson}: the title named the speaker). Plural pronouns
 * ("ils", "they") stand for a group, which has the identity of the named person heading its coordinated subject
 * when there is one ("X et Y ... ils"), else that of the nearest group designated before it ("les auteurs", which
 * {@link GroupSpeakerSieve} tied to its first named member), else none; impersonal ones ("on", "nous") stand for nobody.
 */
final class PronounSieve implements SpeakerSieve {

    /** Characters after a name looked at for its coordination: a comma and "et", "ainsi que", "and". */
    private static final int COORDINATION_CHARS = 16;
    /** Characters after a pronoun with no antecedent where the person it announces may be named: about two sentences. */
    private static final int CATAPHORA_REACH = 400;
    /** Punctuation that may end the clause a pronoun opens, or the sentence. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:.!?«»\"\n]");
    /** Mentions that make a person the article's subject: a person named once is only in passing. */
    private static final int MAIN_PERSON_MENTIONS = 2;

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
                // a group names no one identity, unless a named person leads it: "X, et des personnalités comme Y, ...
                // ont publié une tribune où ils estiment" is X's group
                Entity leader = coordinationHead(context, a.designationStart);
                if (leader != null) {
                    a.decide(context.fullestName(leader.canonical()), Entity.Type.PER, name());
                } else { // else the nearest group designated before it, when a member named it ("les auteurs ... ils estiment")
                    Attribution group = nearestGroup(context, a);
                    a.decide(group == null ? null : group.speaker(), group == null ? null : group.speakerType(), name());
                }
                continue;
            }
            SpeakerContext.Antecedent found = pronoun.indexOf(' ') > 0
                    ? context.lastNamedPerson(a.designationStart, gender.get()) // "cette dernière"
                    : context.nearestPerson(a.designationStart, gender.get(), a, SpeakerContext.ANTECEDENT_REACH, false, namedInItsClause(context, a));
            // no person fits: "elle" may be the prefecture that spoke, "il" the ministry
            if (found == null && pronoun.indexOf(' ') < 0) found = context.nearestOrganisation(a.designationStart, gender.get(), a);
            // with nobody before it to stand for (an article's lead: "« ... », a-t-il déclaré. Le secrétaire général de l'ONU, M.
            // Guterres, ..."), the person named right after it
            if (found == null && pronoun.indexOf(' ') < 0) found = context.personNamedAfter(a.designationEnd, gender.get(), CATAPHORA_REACH);
            if (found == null && pronoun.indexOf(' ') < 0) found = mainPerson(context, a, gender.get());
            if (found != null) {
                a.decide(found.canonical(), found.type(), name());
                if (found.type() == Entity.Type.PER) context.learnGender(found.canonical(), gender.get());
            }
        }
    }

    /**
     * The persons named between a pronoun and the quotation it introduces, in its sentence: "il avait souhaité
     * qu'Emmanuel Macron soit là pour « ... »" is not Emmanuel Macron (a pronoun never stands for a name its own
     * clause holds after it), before any comma. Keys of their fullest names.
     */
    private static Set<String> namedInItsClause(SpeakerContext context, Attribution a) {
        if (a.designationEnd > a.quote.start()) return Set.of();
        Set<String> bound = new HashSet<>();
        for (Entity e : context.entities) {
            if (e.start() < a.designationEnd || e.type() != Entity.Type.PER || context.insideQuotation(e.start())) continue;
            if (e.start() >= a.quote.start()) break;
            // a comma may close the pronoun's clause: "Quand il vit Marie, Pierre s'écria : « ... »"
            if (CLAUSE_END.matcher(context.text.substring(a.designationEnd, e.start())).find()) break;
            bound.add(Names.key(context.fullestName(e.canonical())));
        }
        return bound;
    }

    /**
     * A pronoun with nobody named before it nor right after it, in a text that opens on quotations designated by
     * pronouns only, stands for someone the text does not name there (the title did: "« ... », a-t-il déclaré à l'AFP"
     * opening the text, "M. Guterres" named further on): the person the article names most often, {@link #MAIN_PERSON_MENTIONS} times at least, outside quotation marks and not as a
     * complement, whose gender fits (the first named of equals); else null.
     */
    private static SpeakerContext.Antecedent mainPerson(SpeakerContext context, Attribution a, SpeakerLexicon.Gender gender) {
        // only a text that opens on its quotations, every one designated by a pronoun so far: the title told who speaks
        for (Attribution before : context.attributions) {
            if (before == a) break;
            String pronoun = before.hasDesignation() ? pronounOf(context.words(before.designationStart, before.designationEnd), context.lexicon) : null;
            if (pronoun == null || context.lexicon.pronounGender(pronoun).isEmpty()) return null;
        }
        if (context.attributions.isEmpty() || context.sentenceStart(context.attributions.get(0).quote.start()) > 0) return null;
        Map<String, Integer> mentions = new LinkedHashMap<>();
        for (Entity e : context.entities) {
            if (e.type() != Entity.Type.PER || context.insideQuotation(e.start()) || context.afterPreposition(e.start()) || !context.personLike(e)) continue;
            if (e.start() < a.designationStart) return null; // somebody before it was not fit: the pronoun is no one named
            String name = context.fullestName(e.canonical());
            if (SpeakerContext.compatible(gender, context.genderOf(name))) mentions.merge(name, 1, Integer::sum);
        }
        String main = null;
        for (Map.Entry<String, Integer> m : mentions.entrySet()) {
            if (m.getValue() >= MAIN_PERSON_MENTIONS && (main == null || m.getValue() > mentions.get(main))) main = m.getKey();
        }
        return main == null ? null : new SpeakerContext.Antecedent(main, Entity.Type.PER, a.designationStart);
    }

    /**
     * The nearest quotation before {@code a}, within {@link SpeakerContext#ANTECEDENT_REACH}, whose designation is
     * plural (a plural role description or a plural pronoun), when it was settled; else null.
     */
    private static Attribution nearestGroup(SpeakerContext context, Attribution a) {
        Attribution nearest = null;
        for (Attribution earlier : context.attributions) {
            if (earlier == a || !earlier.hasDesignation() || earlier.designationStart >= a.designationStart) continue;
            if (a.designationStart - earlier.designationStart > SpeakerContext.ANTECEDENT_REACH) continue;
            String pronoun = pronounOf(context.words(earlier.designationStart, earlier.designationEnd), context.lexicon);
            boolean plural = pronoun != null && context.lexicon.pronounGender(pronoun).orElse(null) == SpeakerLexicon.Gender.PLURAL;
            if ((plural || GroupSpeakerSieve.isPluralRole(context, earlier))
                    && (nearest == null || earlier.designationStart > nearest.designationStart)) {
                nearest = earlier;
            }
        }
        return nearest == null || !nearest.decided() ? null : nearest;
    }

    /**
     * The person heading a coordinated subject ("Jean-Luc Mélenchon, et des personnalités comme...", "Paul Martin et
     * Marie Durand") in the sentence of {@code limit} or the one before, the last such before it; else null.
     */
    static Entity coordinationHead(SpeakerContext context, int limit) {
        int from = context.sentenceStart(Math.max(0, context.sentenceStart(limit) - 1));
        Entity found = null;
        for (Entity e : context.entities) {
            if (e.start() >= limit) break;
            if (e.start() < from || e.type() != Entity.Type.PER || context.insideQuotation(e.start())) continue;
            if (!context.isSentenceSubject(e) || !context.personLike(e)) continue;
            List<String> next = context.words(e.end(), Math.min(limit, e.end() + COORDINATION_CHARS));
            int k = !next.isEmpty() && next.get(0).equals(",") ? 1 : 0;
            int longest = context.lexicon.longestPhrase("coordination");
            for (int n = Math.min(longest, next.size() - k); n >= 1; n--) {
                if (context.lexicon.has("coordination", SpeakerLexicon.join(next.subList(k, k + n)))) {
                    found = e;
                    break;
                }
            }
        }
        return found;
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
