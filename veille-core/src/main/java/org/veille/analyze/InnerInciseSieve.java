// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.List;

/**
 * A quotation with no designation, or one read before its marks in its own sentence ("X s'interroge : « ... »"),
 * that carries its incise inside its marks ("« Il est prêt à répondre,
 * poursuit l'avocat. Il a apporté des réponses »", "« Nous irons, a-t-il dit, jusqu'au bout »") takes the
 * incise's subject: the subject of a {@link SpeechIncise} (a speech verb after the comma), else an inverted pronoun,
 * a person, or a role noun with its article within a short clause set off by commas (these weaker readings only
 * where the finder read no designation in the quotation's sentence). Settles nothing: the later
 * sieves resolve the designation.
 */
final class InnerInciseSieve implements SpeakerSieve {

    /** Words an incise has at most: verb, subject and perhaps an auxiliary or adverb. */
    private static final int INCISE_WORDS = 5;

    @Override
    public void apply(SpeakerContext context) {
        for (Attribution a : context.attributions) {
            if (a.decided() || a.kind == Quotation.Kind.SCARE || a.kind == Quotation.Kind.INDIRECT) continue;
            // a designation the finder read in an earlier sentence gives way to any incise inside the marks; one
            // in the quotation's own sentence ("X s'interroge : « ... »") only to a speech verb's subject
            boolean designated = a.hasDesignation() && a.designationStart >= context.sentenceStart(a.quote.start());
            // a designation after the marks ("« ... », a-t-il précisé") is read as closely as an incise inside them
            if (designated && a.designationStart >= a.quote.end()) continue;
            List<Span> words = context.tokensIn(a.quote.start(), a.quote.end());
            for (int i = 0; i < words.size(); i++) {
                if (!words.get(i).of(context.text).equals(",")) continue;
                // a speech verb opening the incise: its subject may run long ("a déploré sur franceinfo le secrétaire
                // général du syndicat UNSA Police, Philippe Capon")
                Span spoken = SpeechIncise.subject(context, words.get(i).start(), a.quote.end());
                if (spoken != null) {
                    a.designationStart = spoken.start();
                    a.designationEnd = spoken.end();
                    break;
                }
                if (designated) continue;
                int end = i + 1;
                while (end < words.size() && end - i <= INCISE_WORDS && !isClauseEnd(words.get(end).of(context.text))) end++;
                if (end >= words.size() || end - i > INCISE_WORDS || end == i + 1) continue;
                Span subject = subject(context, words.subList(i + 2, end)); // the incise opens with its verb
                if (subject != null) {
                    a.designationStart = subject.start();
                    a.designationEnd = subject.end();
                    break;
                }
            }
        }
    }

    private static boolean isClauseEnd(String word) {
        return word.equals(",") || word.equals(".") || word.equals(";");
    }

    /** The incise's subject after its verb: an inverted pronoun of the verb, a person, or article + role. */
    private static Span subject(SpeakerContext context, List<Span> afterVerb) {
        if (afterVerb.isEmpty()) return null;
        for (int k = 0; k < afterVerb.size(); k++) {
            Span t = afterVerb.get(k);
            String word = SpeakerLexicon.normalize(t.of(context.text));
            Entity named = context.entityAt(t.start());
            if (named != null && named.type() == Entity.Type.PER) return new Span(named.start(), named.end());
            if (context.lexicon.isDeterminer(word) && k + 1 < afterVerb.size()
                    && context.lexicon.roleAt(List.of(SpeakerLexicon.normalize(afterVerb.get(k + 1).of(context.text))), 0) != null) {
                return new Span(t.start(), afterVerb.get(k + 1).end());
            }
        }
        return null;
    }
}
