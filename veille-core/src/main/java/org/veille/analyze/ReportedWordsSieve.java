// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.Locale;

/**
 * A few lower-case words in quotation marks inside a passage that reports statements are the words of the one
 * acting in their sentence: "« ... », indique le Quai d'Orsay. Paris « remercie » l'administration kurde", "M. Guterres
 * a enjoint les Etats à s'engager vers la « neutralité carbone »" after his quoted words. The sentence must have a
 * subject before the marks (a name, a subject pronoun, a role or collective noun phrase, read as
 * {@link SentenceSubjectSieve} reads it) and it, or the sentence before it, a quotation somebody is reported to say
 * (direct, partial or indirect): then the words are a partial quotation designated by that subject. A term the
 * writer holds at a distance in plain narration, or puts in marks more than once ("les « gilets jaunes »"), stays a
 * scare quote. Settles
 * nothing: the later sieves resolve the designation. Runs before {@link ScareQuoteSieve}.
 */
final class ReportedWordsSieve implements SpeakerSieve {

    @Override
    public void apply(SpeakerContext context) {
        for (Attribution a : context.attributions) {
            if (a.decided() || a.hasDesignation() || a.kind != Quotation.Kind.SCARE) continue;
            if (!Character.isLowerCase(a.quote.text().codePointAt(0)) || quotedAgain(context, a) || !inReportingPassage(context, a)) continue;
            SentenceSubjectSieve.subject(context, a, context.sentenceStart(a.quote.start()), a.quote.start());
            if (a.hasDesignation()) a.kind = Quotation.Kind.PARTIAL;
        }
    }

    /** Whether the article puts the same words in marks elsewhere: a term it uses ("les « gilets jaunes »"), nobody's words. */
    private static boolean quotedAgain(SpeakerContext context, Attribution a) {
        String words = a.quote.text().strip().toLowerCase(Locale.ROOT);
        for (Attribution other : context.attributions) {
            if (other != a && other.quote.text().strip().toLowerCase(Locale.ROOT).equals(words)) return true;
        }
        return false;
    }

    /** Whether the quotation's sentence, or the sentence before it, holds a quotation somebody is reported to say. */
    private static boolean inReportingPassage(SpeakerContext context, Attribution a) {
        int sentence = context.sentenceStart(a.quote.start());
        int from = context.sentenceStart(Math.max(0, sentence - 1));
        int to = context.sentenceEnd(a.quote.end());
        for (Attribution other : context.attributions) {
            if (other == a || other.kind == Quotation.Kind.SCARE) continue;
            if (other.quote.start() >= from && other.quote.start() < to) return true;
        }
        return false;
    }
}
