// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.List;

/**
 * A quotation opened right after a sentence-initial frame "Pour X," / "Selon X," / "D'après X," ("Pour l'ancien maire
 * d'Evry, "la séparation est toujours un acte douloureux"") is X's statement: the frame's noun phrase becomes its
 * designation, and a supposed scare quote is a direct quotation. The noun phrase must look like a designation (a
 * determiner, an honorific or a capitalised word first, a few words), so "Pour aller plus loin, ..." is no frame.
 * Settles nothing: the later sieves resolve the designation.
 */
final class OpinionFrameSieve implements SpeakerSieve {

    /** Words the frame's noun phrase may have: "l'ancien maire d'Evry", "la ministre de la Santé Agnès Buzyn". */
    private static final int FRAME_WORDS = 10;
    private static final String OPENING = "«“\"' \u00a0\u202f";

    @Override
    public void apply(SpeakerContext context) {
        for (Attribution a : context.attributions) {
            if (a.decided() || a.hasDesignation() || a.kind == Quotation.Kind.INDIRECT) continue;
            int comma = a.quote.start() - 1;
            while (comma >= 0 && OPENING.indexOf(context.text.charAt(comma)) >= 0) comma--;
            if (comma < 0 || context.text.charAt(comma) != ',') continue;
            int sentence = context.sentenceStart(a.quote.start());
            List<Span> words = context.tokensIn(sentence, comma);
            int frame = frameLength(context, words);
            if (frame == 0 || words.size() - frame < 1 || words.size() - frame > FRAME_WORDS) continue;
            Span first = words.get(frame);
            String opener = first.of(context.text);
            if (!context.lexicon.isDeterminer(SpeakerLexicon.normalize(opener)) && !Character.isUpperCase(opener.codePointAt(0))) continue;
            for (Span w : words.subList(frame, words.size())) {
                String word = w.of(context.text);
                if (word.length() == 1 && !Character.isLetterOrDigit(word.charAt(0)) && !WordTokenizer.isApostrophe(word.charAt(0))) {
                    frame = -1; // a frame is one noun phrase, no punctuation or quotation inside
                    break;
                }
            }
            if (frame < 0) continue;
            a.designationStart = first.start();
            a.designationEnd = words.get(words.size() - 1).end();
            if (a.kind == Quotation.Kind.SCARE) a.kind = Quotation.Kind.DIRECT;
        }
    }

    /** How many words of the sentence's start make an opinion frame ("pour", "selon", "d'après"), or 0. */
    private static int frameLength(SpeakerContext context, List<Span> words) {
        int longest = context.lexicon.longestPhrase("opinion.frame");
        for (int n = Math.min(longest, words.size()); n >= 1; n--) {
            if (context.lexicon.has("opinion.frame", SpeakerLexicon.join(context.words(words.get(0).start(), words.get(n - 1).end())))) {
                return n;
            }
        }
        return 0;
    }
}
