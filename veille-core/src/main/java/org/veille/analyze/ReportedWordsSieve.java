// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.List;
import java.util.Locale;

/**
 * A few lower-case words in quotation marks inside a passage that reports statements are the words of the one
 * acting in their sentence: "« ... », indique le Quai d'Orsay. Paris « remercie » l'administration kurde", "M. Guterres
 * a enjoint les Etats à s'engager vers la « neutralité carbone »" after his quoted words. The sentence must have a
 * subject before the marks (a name, a subject pronoun, a role or collective noun phrase, read as
 * {@link SentenceSubjectSieve} reads it) and it, or the sentence before it, a quotation somebody is reported to say
 * (direct, partial or indirect): then the words are a partial quotation designated by that subject. A term the
 * writer holds at a distance in plain narration, or puts in marks more than once ("les « gilets jaunes »"), stays a
 * scare quote. A sentence with no such subject ("Toutefois, « par précaution », les populations sont invitées", "le
 * nombre de cas double « tous les deux ou trois jours »" after the director's words) lends the words to the nearest
 * designated reported quotation: in their own sentence, else the last one of the sentences before, which may reach
 * across one sentence that quotes nothing ({@link #passageStart}; words with a subject of their own do not). Settles nothing:
 * the later sieves resolve the designation. Runs before {@link ScareQuoteSieve}.
 */
final class ReportedWordsSieve implements SpeakerSieve {

    /**
     * Sentences before the words a reporting passage is looked for in, the farther ones only across sentences that
     * quote nothing: a passage of reported words may hold a plain sentence between two quoted ones ("Les lignes 2
     * et 3 seront fermées. Sur la ligne 4, le trafic sera « très perturbé »" after the operator's announcement).
     */
    static final int PASSAGE_SENTENCES = 2;

    @Override
    public void apply(SpeakerContext context) {
        for (Attribution a : context.attributions) {
            if (a.decided() || a.hasDesignation() || a.kind != Quotation.Kind.SCARE) continue;
            if (a.quote.text().isEmpty() || !Character.isLowerCase(a.quote.text().codePointAt(0)) || quotedAgain(context, a)) continue;
            int sentence = context.sentenceStart(a.quote.start());
            boolean near = inReportingPassage(context, a, context.sentenceStart(Math.max(0, sentence - 1)));
            if (!near && !inReportingPassage(context, a, passageStart(context, sentence))) continue;
            SentenceSubjectSieve.subject(context, a, sentence, a.quote.start());
            // across a plain sentence, only words with no subject of their own are the reporter's
            if (!near && a.hasDesignation()) {
                a.designationStart = -1;
                a.designationEnd = -1;
                continue;
            }
            if (!a.hasDesignation() && !opensSubject(context, a)) designateAsNeighbour(context, a);
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

    /** Whether the quotation heads the noun phrase opening its sentence ("Les « gilets jaunes » ont défilé"): what the sentence is about, a term. */
    private static boolean opensSubject(SpeakerContext context, Attribution a) {
        List<String> before = context.words(context.sentenceStart(a.quote.start()), a.quote.start()).stream()
                .filter(w -> !w.isEmpty() && Character.isLetter(w.codePointAt(0))).toList();
        return before.size() == 1 && context.lexicon.isDeterminer(before.get(0));
    }

    /**
     * Gives the quotation the designation of the reporter beside it: the nearest designated reported quotation of its
     * sentence, else the last one of the passage before ({@link #passageStart}); none when there is none.
     */
    private static void designateAsNeighbour(SpeakerContext context, Attribution a) {
        int sentence = context.sentenceStart(a.quote.start());
        int sentenceEnd = context.sentenceEnd(a.quote.end());
        int previous = passageStart(context, sentence);
        Attribution nearest = null;
        int distance = Integer.MAX_VALUE;
        Attribution lastBefore = null;
        for (Attribution other : context.attributions) {
            if (other == a || other.kind == Quotation.Kind.SCARE || !other.hasDesignation()) continue;
            int start = other.quote.start();
            if (start >= sentence && start < sentenceEnd) {
                int d = Math.abs(start - a.quote.start());
                if (d < distance) {
                    distance = d;
                    nearest = other;
                }
            } else if (start >= previous && start < sentence && (lastBefore == null || start > lastBefore.quote.start())) {
                lastBefore = other;
            }
        }
        Attribution reporter = nearest != null ? nearest : lastBefore;
        if (reporter == null) return;
        a.designationStart = reporter.designationStart;
        a.designationEnd = reporter.designationEnd;
    }

    /**
     * Where the passage before the sentence starting at {@code sentence} starts: the sentence before, and the one
     * before that when it quotes nothing, up to {@link #PASSAGE_SENTENCES} sentences.
     */
    private static int passageStart(SpeakerContext context, int sentence) {
        int start = context.sentenceStart(Math.max(0, sentence - 1));
        for (int n = 1; n < PASSAGE_SENTENCES && start > 0 && !quotesBetween(context, start, sentence); n++) {
            start = context.sentenceStart(start - 1);
        }
        return start;
    }

    private static boolean quotesBetween(SpeakerContext context, int from, int to) {
        for (Attribution other : context.attributions) if (other.quote.start() >= from && other.quote.start() < to) return true;
        return false;
    }

    /** Whether the quotation's sentence, or the text before it from {@code from}, holds a quotation somebody is reported to say. */
    private static boolean inReportingPassage(SpeakerContext context, Attribution a, int from) {
        int to = context.sentenceEnd(a.quote.end());
        for (Attribution other : context.attributions) {
            if (other == a || other.kind == Quotation.Kind.SCARE) continue;
            if (other.quote.start() >= from && other.quote.start() < to) return true;
        }
        return false;
    }
}
