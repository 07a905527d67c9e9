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

    /**
     * Words after the quotation the speaker may come within: verb, adverbs, a dative, a venue and a description
     * before the name ("a de son côté jugé sur France Inter l'un de ses lieutenants, le député du Nord X").
     */
    private static final int CLAUSE_WORDS = 16;
    /** Where an inverted verb may stand in the clause: first, or after an auxiliary's clitic ("s'amuse-t-il"). */
    private static final int INVERSION_WORDS = 1;
    private static final String CLOSING = "»”\"’' \u00a0\u202f";
    /** Words of a role's genitive complement before its holder's name ("le chef de la diplomatie Boris Johnson"). */
    private static final int COMPLEMENT_WORDS = 4;

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
            // "a-t-il commencé", "s'amuse-t-elle": a subject pronoun hooked on the verb opening the clause
            if (i <= INVERSION_WORDS && invertedPronoun(context, word)) return t;
            Span titled = titledName(context, words, i);
            if (titled != null && !context.afterPreposition(t.start())) return titled;
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
                // "le ministre", "le premier secrétaire", "le secrétaire d'État": a role of one word or several
                int roleEnd = context.lexicon.isDeterminer(lower) ? roleEnd(context, words, i + 1) : -1;
                if (roleEnd >= 0) return new Span(t.start(), holderEnd(context, words, roleEnd));
            }
        }
        return null;
    }

    /**
     * Where a role phrase ending at {@code roleEnd} ends with its holder: after the person named right after its
     * genitive complement ("le chef de la diplomatie Boris Johnson"), else at the role ("le ministre de l'Intérieur").
     * The complement opens with "de" and holds no other preposition nor clause opener ("le ministre lors d'une
     * rencontre avec X" names no holder).
     */
    private static int holderEnd(SpeakerContext context, List<Span> words, int roleEnd) {
        int k = 0;
        while (k < words.size() && words.get(k).start() < roleEnd) k++;
        if (k >= words.size() || !context.lexicon.has("genitive", SpeakerLexicon.normalize(words.get(k).of(context.text)))) return roleEnd;
        for (int n = 0; k < words.size() && n <= COMPLEMENT_WORDS; k++, n++) {
            Span w = words.get(k);
            Entity named = context.entityAt(w.start());
            if (named != null && named.type() == Entity.Type.PER && n > 0) return named.end();
            String word = SpeakerLexicon.normalize(w.of(context.text));
            if (!Character.isLetter(word.codePointAt(0)) || context.lexicon.has("clause.opener", word)
                    || context.lexicon.has("complement", word) && !context.lexicon.has("genitive", word)) {
                return roleEnd;
            }
        }
        return roleEnd;
    }

    /** The end of the longest role phrase starting at word {@code from} ("premier secrétaire"), or -1. */
    private static int roleEnd(SpeakerContext context, List<Span> words, int from) {
        int last = Math.min(words.size(), from + context.lexicon.longestPhrase("role")) - 1;
        if (from > last) return -1;
        int n = context.lexicon.roleLength(context.words(words.get(from).start(), words.get(last).end()), 0);
        return n == 0 ? -1 : words.get(from + n - 1).end();
    }

    /** "ajoute-t-il", "a-t-elle", "lit-on": a verb with its third-person subject pronoun hooked on. */
    static boolean invertedPronoun(SpeakerContext context, String word) {
        String lower = SpeakerLexicon.normalize(word);
        int dash = lower.lastIndexOf('-');
        if (dash <= 0 || dash == lower.length() - 1) return false;
        String pronoun = lower.substring(dash + 1);
        // third persons only: "Taisez-vous", "Aurais-je" are an imperative and a question, not an incise
        return context.lexicon.pronounGender(pronoun).isPresent() && !pronoun.equals("lui") && !pronoun.equals("leur")
                || context.lexicon.has("pronoun.indefinite", pronoun);
    }

    /**
     * "M. Frangieh", "Mme Dubreuil", "Me Dupond-Moretti": an honorific (with or without its full stop) and the
     * capitalised words after it, which the recognizer may have missed; else null.
     */
    static Span titledName(SpeakerContext context, List<Span> words, int i) {
        String title = SpeakerLexicon.normalize(words.get(i).of(context.text));
        if (!context.lexicon.isTitle(title) || !Character.isUpperCase(words.get(i).of(context.text).codePointAt(0))) return null;
        int k = i + 1;
        if (k < words.size() && words.get(k).of(context.text).equals(".")) k++;
        int end = -1;
        while (k < words.size() && Character.isUpperCase(words.get(k).of(context.text).codePointAt(0))) end = words.get(k++).end();
        return end < 0 ? null : new Span(words.get(i).start(), end);
    }
}
