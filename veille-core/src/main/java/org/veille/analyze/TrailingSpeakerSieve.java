// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.List;

/**
 * A quotation the finder left without a designation, followed in its sentence by a comma and a short clause
 * naming someone ("« ... », s'alarme M. Frangieh auprès de l'AFP", "« ... », affirme à l'AFP Yonathan
 * Freund", "« ... », a annoncé dans un tweet le ministre de la Santé"), takes that person or role as its
 * designation, whatever the verb (the finder knows only its listed speech verbs). A name after a preposition
 * ("à l'AFP") is skipped. Settles nothing: the later sieves resolve the designation.
 */
final class TrailingSpeakerSieve implements SpeakerSieve {

    /** Words after the quotation the speaker may come within: verb, adverbs, a dative or a venue. */
    private static final int CLAUSE_WORDS = 10;
    private static final String CLOSING = "»”\"’' \u00a0\u202f";

    @Override
    public void apply(SpeakerContext context) {
        for (Attribution a : context.attributions) {
            if (a.decided() || a.hasDesignation() || a.kind == Quotation.Kind.SCARE) continue;
            int at = a.quote.end();
            while (at < context.text.length() && CLOSING.indexOf(context.text.charAt(at)) >= 0) at++;
            if (at >= context.text.length() || context.text.charAt(at) != ',') continue;
            Span named = designationAfter(context, at + 1);
            if (named != null) {
                a.designationStart = named.start();
                a.designationEnd = named.end();
            }
        }
    }

    /**
     * The person or role named in the short clause from {@code from} (after a quotation's comma): a person or
     * organisation not after a preposition, or a determiner and a role noun ("le ministre"); else null.
     */
    static Span designationAfter(SpeakerContext context, int from) {
        List<Span> words = context.tokensIn(from, Math.min(context.text.length(), from + CLAUSE_WORDS * 12));
        for (int i = 0; i < words.size() && i < CLAUSE_WORDS; i++) {
            Span t = words.get(i);
            String word = t.of(context.text);
            if (word.length() == 1 && ".;:!?«»“”\"\n".indexOf(word.charAt(0)) >= 0) break;
            Entity named = context.entityAt(t.start());
            if (named != null && (named.type() == Entity.Type.PER || named.type() == Entity.Type.ORG)
                    && !context.afterPreposition(t.start())) {
                return new Span(named.start(), named.end());
            }
            String lower = SpeakerLexicon.normalize(word);
            if (i > 0 && i + 1 < words.size() && !context.afterPreposition(t.start())) {
                String next = SpeakerLexicon.normalize(words.get(i + 1).of(context.text));
                // "a dénoncé cette dernière": a pronoun phrase stands for the person last named
                if (context.lexicon.pronounGender(lower + " " + next).isPresent()) return new Span(t.start(), words.get(i + 1).end());
                if (context.lexicon.isDeterminer(lower) && context.lexicon.roleAt(List.of(next), 0) != null) {
                    return new Span(t.start(), words.get(i + 1).end());
                }
            }
        }
        return null;
    }
}
