// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.List;

/**
 * A quotation opened right after a sentence-initial frame "Pour X," / "Selon X," / "D'après X," ("Pour l'ancien maire
 * d'Evry, "la séparation est toujours un acte douloureux"") is X's statement: the frame's noun phrase becomes its
 * designation, and a supposed scare quote is a direct quotation. The noun phrase must look like a designation (a
 * determiner, an honorific or a capitalised word first, a few words), so "Pour aller plus loin, ..." is no frame.
 * A quotation inside the clause after such a frame is the frame's holder's too, when the frame names someone
 * ({@link #framedClause}). Settles nothing: the later sieves resolve the designation.
 */
final class OpinionFrameSieve implements SpeakerSieve {

    /** Words the frame's noun phrase may have: "l'ancien maire d'Evry", "la ministre de la Santé Agnès Buzyn". */
    private static final int FRAME_WORDS = 10;
    /**
     * Words a frame before a clause may have: a role with its body's full name and acronym ("le secrétaire général du
     * syndicat des commissaires de la police nationale (SCPN)"), which its comma closes.
     */
    private static final int CLAUSE_FRAME_WORDS = 16;
    private static final String OPENING = "«“\"' \u00a0\u202f";

    @Override
    public void apply(SpeakerContext context) {
        for (Attribution a : context.attributions) {
            if (a.decided() || a.kind == Quotation.Kind.INDIRECT) continue;
            int sentence = context.sentenceStart(a.quote.start());
            // a designation read inside the frame ("(SCPN)") gives way to the frame's holder
            if (a.hasDesignation() && (a.designationStart < sentence || a.designationEnd > a.quote.start())) continue;
            int comma = a.quote.start() - 1;
            while (comma >= 0 && OPENING.indexOf(context.text.charAt(comma)) >= 0) comma--;
            boolean afterComma = comma >= 0 && context.text.charAt(comma) == ',';
            List<Span> words = context.tokensIn(sentence, afterComma ? comma : a.quote.start());
            int frame = frameLength(context, words);
            if (frame == 0) continue;
            boolean wholeFrame = !a.hasDesignation() && afterComma && framedQuotation(context, a, words, frame);
            if (!wholeFrame) framedClause(context, a, words, frame);
        }
    }

    /** "Pour l'ancien maire d'Evry, "..."": the whole frame, one noun phrase, right before the quotation. */
    private static boolean framedQuotation(SpeakerContext context, Attribution a, List<Span> words, int frame) {
        if (words.size() - frame < 1 || words.size() - frame > FRAME_WORDS) return false;
        Span first = words.get(frame);
        if (!opensDesignation(context, first)) return false;
        for (Span w : words.subList(frame, words.size())) {
            String word = w.of(context.text);
            // a frame is one noun phrase, no punctuation or quotation inside
            if (word.length() == 1 && !Character.isLetterOrDigit(word.charAt(0)) && !WordTokenizer.isApostrophe(word.charAt(0))) return false;
        }
        a.designationStart = first.start();
        a.designationEnd = words.get(words.size() - 1).end();
        if (a.kind == Quotation.Kind.SCARE) a.kind = Quotation.Kind.DIRECT;
        return true;
    }

    /**
     * "Pour le secrétaire général du syndicat (SCPN), David Le Bars, Gérard Collomb était un ministre "à l'écoute"": a
     * frame opening the quotation's sentence, set off by its comma, before a clause that holds the quotation. The frame's
     * noun phrase designates when it names someone: a person in apposition after it (the designation), else a person,
     * an organisation or a role inside it ("Pour la première fois, ..." names nobody and designates nothing).
     */
    private static void framedClause(SpeakerContext context, Attribution a, List<Span> words, int frame) {
        int close = closingComma(context, words, frame);
        if (close < 0 || close >= words.size() - 1 || close - frame > CLAUSE_FRAME_WORDS) return;
        if (a.hasDesignation() && a.designationStart >= words.get(close).start()) return; // read in the clause: its own
        Span first = words.get(frame);
        if (!opensDesignation(context, first)) return;
        Entity apposed = context.entityAt(words.get(close + 1).start());
        if (apposed != null && apposed.type() == Entity.Type.PER) {
            int after = context.firstTokenAtOrAfter(apposed.end());
            if (after < context.tokens.size() && context.tokens.get(after).of(context.text).equals(",")) {
                designate(a, apposed.start(), apposed.end());
                return;
            }
        }
        Span last = words.get(close - 1);
        if (!namesSomeone(context, words.subList(frame, close))) return;
        designate(a, first.start(), last.end());
    }

    /**
     * A frame's noun phrase opens like a designation: a determiner, an honorific or a capitalised word, or is a
     * third-person pronoun ("Pour elle, ...").
     */
    private static boolean opensDesignation(SpeakerContext context, Span first) {
        String opener = first.of(context.text);
        return context.lexicon.isDeterminer(SpeakerLexicon.normalize(opener)) || Character.isUpperCase(opener.codePointAt(0))
                || isPronoun(context, first);
    }

    private static boolean isPronoun(SpeakerContext context, Span word) {
        return context.lexicon.pronounGender(SpeakerLexicon.normalize(word.of(context.text))).isPresent();
    }

    private static void designate(Attribution a, int start, int end) {
        a.designationStart = start;
        a.designationEnd = end;
        if (a.kind == Quotation.Kind.SCARE) a.kind = Quotation.Kind.PARTIAL; // words the frame's holder used
    }

    /** The index of the comma closing the frame's noun phrase (a bracket's words skipped), or -1. */
    private static int closingComma(SpeakerContext context, List<Span> words, int from) {
        int depth = 0;
        for (int i = from; i < words.size(); i++) {
            String w = words.get(i).of(context.text);
            if (w.equals("(")) depth++;
            else if (w.equals(")")) depth = Math.max(0, depth - 1);
            else if (depth == 0 && w.equals(",")) return i;
            else if (depth == 0 && w.length() == 1 && ".;:!?«»“”\"".indexOf(w.charAt(0)) >= 0) return -1;
        }
        return -1;
    }

    /** Whether a noun phrase holds a person, an organisation or a role noun. */
    private static boolean namesSomeone(SpeakerContext context, List<Span> phrase) {
        List<String> normalized = phrase.stream().map(t -> SpeakerLexicon.normalize(t.of(context.text))).toList();
        if (phrase.size() == 1 && isPronoun(context, phrase.get(0))) return true; // "Pour elle, il s'agit « ... »"
        for (int i = 0; i < phrase.size(); i++) {
            Entity e = context.entityAt(phrase.get(i).start());
            if (e != null && (e.type() == Entity.Type.PER || e.type() == Entity.Type.ORG)) return true;
            if (context.lexicon.roleAt(normalized, i) != null) return true;
        }
        return false;
    }

    /**
     * How many words of the sentence's start make an opinion frame ("pour", "selon", "d'après"), behind a conjunction
     * opening the sentence ("Mais pour", {@code opinion.frame.lead}), or 0.
     */
    private static int frameLength(SpeakerContext context, List<Span> words) {
        int lead = !words.isEmpty() && context.lexicon.has("opinion.frame.lead", SpeakerLexicon.normalize(words.get(0).of(context.text))) ? 1 : 0;
        int longest = context.lexicon.longestPhrase("opinion.frame");
        for (int n = Math.min(longest, words.size() - lead); n >= 1; n--) {
            if (context.lexicon.has("opinion.frame", SpeakerLexicon.join(context.words(words.get(lead).start(), words.get(lead + n - 1).end())))) {
                return lead + n;
            }
        }
        return 0;
    }
}
