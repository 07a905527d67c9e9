// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.ArrayList;
import java.util.List;

/**
 * The alternation of a two-person dialogue: a dash turn with no incise of its own is said by the speaker of
 * the turn before the previous one, when the two previous turns had two different speakers ("— Tu viens ?
 * dit Paul. / — Non, répondit Marie. / — Pourquoi ?" is Paul). It takes that turn's identity and designation.
 * A turn's speaker is its identity, else its designation as printed ("la vieille", "elle"). Turns more than
 * {@link #NARRATION_PARAGRAPHS} paragraphs apart belong to different exchanges.
 */
final class DialogueTurnSieve implements SpeakerSieve {

    /** Narration paragraphs an exchange may run across between two turns ("Il hésita." between them). */
    private static final int NARRATION_PARAGRAPHS = 1;

    @Override
    public void apply(SpeakerContext context) {
        List<Attribution> turns = new ArrayList<>();
        for (Attribution a : context.attributions) {
            if (!DialogueLines.opensTurn(context.text, a.quote.start())) continue;
            if (!turns.isEmpty() && paragraphsBetween(context.text, turns.getLast().quote.end(), a.quote.start()) > NARRATION_PARAGRAPHS) {
                turns.clear();
            }
            if (!a.decided() && !a.hasDesignation() && turns.size() >= 2) {
                Attribution before = turns.get(turns.size() - 2);
                String first = speakerOf(context, before);
                String second = speakerOf(context, turns.getLast());
                if (first != null && second != null && !first.equals(second)) {
                    a.designationStart = before.designationStart;
                    a.designationEnd = before.designationEnd;
                    a.decide(before.speaker(), before.speakerType(), name());
                }
            }
            turns.add(a);
        }
    }

    /** Who said a turn, as a comparable key: its identity, else its designation, else null. */
    private static String speakerOf(SpeakerContext context, Attribution turn) {
        if (turn.speaker() != null) return turn.speaker();
        return turn.hasDesignation() ? SpeakerLexicon.normalize(turn.designation(context.text)) : null;
    }

    /** Non-blank lines starting strictly between two offsets: the narration paragraphs between two turns. */
    private static int paragraphsBetween(String text, int from, int to) {
        int n = 0;
        for (int i = Math.max(0, from); i < Math.min(to, text.length()) - 1; i++) {
            if (text.charAt(i) == '\n' && text.charAt(i + 1) != '\n' && !lineHoldsOffset(text, i + 1, to)) n++;
        }
        return n;
    }

    /** Whether the line starting at {@code lineStart} is the one holding {@code offset} (the turn's own line). */
    private static boolean lineHoldsOffset(String text, int lineStart, int offset) {
        int end = text.indexOf('\n', lineStart);
        return end < 0 || end >= offset;
    }
}
