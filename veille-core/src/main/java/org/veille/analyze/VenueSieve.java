// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.List;

/**
 * Cuts the medium where the words were said off the speaker's designation and keeps it as the
 * statement's venue: "la ministre au micro de Jean-Pierre Elkabbach" is the minister, speaking on a
 * radio show, never the interviewer. Also finds a venue right after the designation in the same clause
 * (", a déclaré le maire sur France Inter."). Settles nothing.
 */
final class VenueSieve implements SpeakerSieve {

    /** Words a venue phrase runs on for after its opening phrase ("au micro de" + "France Inter"). */
    private static final int VENUE_WORDS = 8;
    /** Words after the designation searched for a venue phrase, within the clause. */
    private static final int AFTER_DESIGNATION = 6;

    @Override
    public void apply(SpeakerContext context) {
        for (Attribution a : context.attributions) {
            if (a.decided() || !a.hasDesignation()) continue;
            List<Span> words = context.tokensIn(a.designationStart, a.designationEnd);
            int inside = venueStart(context, words, 0);
            if (inside > 0) {
                a.venue = venueText(context, words.get(inside).start(), a.designationEnd);
                a.designationEnd = words.get(inside - 1).end();
                continue;
            }
            int next = context.firstTokenAtOrAfter(a.designationEnd);
            List<Span> after = context.tokens.subList(next, Math.min(context.tokens.size(), next + AFTER_DESIGNATION + 4));
            int at = venueStart(context, after, 0);
            if (at >= 0 && at <= AFTER_DESIGNATION && !crossesClause(context, a.designationEnd, after.get(at).start())) {
                a.venue = venueText(context, after.get(at).start(), Integer.MAX_VALUE);
            }
        }
    }

    /** Index in {@code words} where a venue phrase starts, or -1. */
    private static int venueStart(SpeakerContext context, List<Span> words, int from) {
        int longest = context.lexicon.longestPhrase("venue");
        for (int i = from; i < words.size(); i++) {
            for (int n = Math.min(longest, words.size() - i); n >= 1; n--) {
                String phrase = context.text.substring(words.get(i).start(), words.get(i + n - 1).end());
                if (context.lexicon.has("venue", phrase)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The venue: from its opening phrase to the end of its clause, at most {@link #VENUE_WORDS} words on. */
    private static String venueText(SpeakerContext context, int start, int limit) {
        int end = start;
        int words = 0;
        for (Span t : context.tokensIn(start, Math.min(limit, context.text.length()))) {
            String w = t.of(context.text);
            if (w.length() == 1 && ",.;:!?«»“”\"()\n".indexOf(w.charAt(0)) >= 0) break;
            if (++words > VENUE_WORDS + 4) break;
            end = t.end();
        }
        return context.text.substring(start, end);
    }

    private static boolean crossesClause(SpeakerContext context, int from, int to) {
        for (int i = from; i < to; i++) if (".;:!?«»“”\"\n".indexOf(context.text.charAt(i)) >= 0) return true;
        return false;
    }
}
