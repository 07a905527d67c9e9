// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.List;

/**
 * A supposed scare quote that a speech verb reports is someone's words, not the writer's distance: it becomes
 * a partial quotation. A quote opening with a capital stays a scare quote (a name or title: l'opération
 * "Barkhane"). Two shapes of reporting, tried in order:
 * <ol>
 *   <li>its sentence ends with an inverted speech clause after its last quotation ("Des propos "inacceptables",
 *       a dénoncé cette dernière", "..." et des "maux de tête", a confié le secrétaire", "..., a-t-il
 *       développé"): the designation is that clause's subject;</li>
 *   <li>a speech verb in a verbal use (a finite form not after a determiner, an auxiliary and a participle, a
 *       present participle) comes before it in its sentence ("a jugé "scandaleux"", "admettant qu'il y avait un
 *       "questionnement""): its designation is the name a relative pronoun subject takes up ("Laurent Wauquiez
 *       (LR), qui a insisté sur "..."") or else left to {@link SentenceSubjectSieve}, like for any partial quote.</li>
 * </ol>
 * Runs first, so the later sieves treat it as any partial quotation.
 */
final class ReportingVerbSieve implements SpeakerSieve {

    /** Characters between a name and the relative pronoun after it: a comma, a party in brackets ("(LR), qui"). */
    private static final int RELATIVE_GAP = 12;
    private static final String CLOSING = "»”\"’' \u00a0\u202f";

    @Override
    public void apply(SpeakerContext context) {
        for (Attribution a : context.attributions) {
            if (a.decided() || a.hasDesignation() || a.kind != Quotation.Kind.SCARE || !lowerCase(a.quote.text())) continue;
            Span incise = inciseSubject(context, a);
            if (incise != null) {
                a.kind = Quotation.Kind.PARTIAL;
                a.designationStart = incise.start();
                a.designationEnd = incise.end();
                continue;
            }
            List<Span> words = context.tokensIn(context.sentenceStart(a.quote.start()), a.quote.start());
            int verb = governingVerb(context, words);
            if (verb < 0) continue;
            a.kind = Quotation.Kind.PARTIAL;
            Entity antecedent = relativeAntecedent(context, words, verb);
            if (antecedent != null) {
                a.designationStart = antecedent.start();
                a.designationEnd = antecedent.end();
            }
        }
    }

    private static boolean lowerCase(String words) {
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (Character.isLetter(c)) return Character.isLowerCase(c);
        }
        return false;
    }

    /** The subject of the inverted speech clause ending the quote's sentence after its last quotation, or null. */
    private static Span inciseSubject(SpeakerContext context, Attribution a) {
        int sentenceEnd = context.sentenceEnd(a.quote.end());
        // "La garde à vue a été décidée "...", indique le procureur, précisant "..."": the clause right after it first
        Span own = inciseAfter(context, a.quote.end(), sentenceEnd);
        if (own != null) return own;
        int last = a.quote.end();
        for (Attribution other : context.attributions) {
            if (other.kind != Quotation.Kind.INDIRECT && other.quote.start() >= last && other.quote.end() <= sentenceEnd) {
                last = other.quote.end();
            }
        }
        return last == a.quote.end() ? null : inciseAfter(context, last, sentenceEnd);
    }

    /** The subject of the speech incise after a quotation ending at {@code last} (its closing marks skipped), or null. */
    private static Span inciseAfter(SpeakerContext context, int last, int sentenceEnd) {
        int at = last;
        while (at < sentenceEnd && CLOSING.indexOf(context.text.charAt(at)) >= 0) at++;
        return SpeechIncise.subject(context, at, sentenceEnd);
    }

    /** The index in {@code words} (the sentence before the quote) of a speech verb in a verbal use, or -1. */
    private static int governingVerb(SpeakerContext context, List<Span> words) {
        for (int i = words.size() - 1; i >= 0; i--) {
            String word = SpeechIncise.verbForm(context, words.get(i));
            if (word.equals(";")) return -1;
            String before = i > 0 ? SpeechIncise.verbForm(context, words.get(i - 1)) : "";
            if ((context.verbs.finite.contains(word) || context.verbs.gerund.contains(word))
                    && !context.verbs.determiners.contains(before)) {
                return i;
            }
            if (context.verbs.past.contains(word) && auxiliaryBefore(context, words, i)) return i;
        }
        return -1;
    }

    /**
     * "Laurent Wauquiez (LR), qui a insisté sur "...": when a relative pronoun is the verb's subject, the person
     * or organisation it follows (over a comma or a bracket) is the speaker; else null.
     */
    private static Entity relativeAntecedent(SpeakerContext context, List<Span> words, int verb) {
        int k = verb - 1;
        while (k >= 0 && verbGroup(context, SpeechIncise.verbForm(context, words.get(k)))) k--;
        if (k < 0 || !context.lexicon.has("relative", words.get(k).of(context.text))) return null;
        int relative = words.get(k).start();
        Entity best = null;
        for (Entity e : context.entities) {
            if (e.end() > relative) break;
            if ((e.type() == Entity.Type.PER || e.type() == Entity.Type.ORG) && relative - e.end() <= RELATIVE_GAP
                    && (best == null || best.type() != Entity.Type.PER || e.type() == Entity.Type.PER)) {
                best = e;
            }
        }
        return best;
    }

    /** Auxiliaries, clitics and adverbs between a subject and its verb ("qui a notamment", "qui s'est"). */
    private static boolean verbGroup(SpeakerContext context, String word) {
        return context.verbs.aux.contains(word) || context.verbs.reflexiveAux.contains(word)
                || context.verbs.clitics.contains(word) || context.verbs.adverbs.contains(word) || word.equals("ne") || word.equals("n’");
    }

    private static boolean auxiliaryBefore(SpeakerContext context, List<Span> words, int participle) {
        for (int k = participle - 1; k >= 0 && participle - k <= SpeechIncise.AUXILIARY_GAP; k--) {
            String w = SpeechIncise.verbForm(context, words.get(k));
            if (context.verbs.aux.contains(w) || context.verbs.reflexiveAux.contains(w)) return true;
        }
        return false;
    }
}
