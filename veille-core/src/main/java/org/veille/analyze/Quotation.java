// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.Objects;

/**
 * A statement the article attributes to someone, or a phrase it sets in quotation marks.
 *
 * @param text        the statement's words, without the quotation marks
 * @param speaker     the speaker's canonical name, or null when anonymous or none
 * @param speakerText how the article designates the speaker ("M. Dupont", "a-t-il", "un diplomate"), or null
 * @param kind        how the statement is reported
 * @param start       offset of the statement in the article body
 * @param end         offset after the statement
 * @param venue       where the words were said when the article says it ("au micro de France Inter",
 *                    "in an interview with CNN"), or null
 */
public record Quotation(String text, String speaker, String speakerText, Kind kind, int start, int end, String venue) {

    /** How a statement is reported. */
    public enum Kind {
        /** Whole sentences in quotation marks. */
        DIRECT,
        /** A few quoted words inside the reporter's own sentence. */
        PARTIAL,
        /** Reported speech without quotation marks ("X said that ..."). */
        INDIRECT,
        /** Quotation marks that distance the writer from a phrase, with no speaker. */
        SCARE;

        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Quotation {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** A quotation whose venue is not known. */
    public Quotation(String text, String speaker, String speakerText, Kind kind, int start, int end) {
        this(text, speaker, speakerText, kind, start, end, null);
    }
}
