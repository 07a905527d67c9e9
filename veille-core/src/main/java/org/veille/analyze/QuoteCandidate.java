// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.Objects;

/**
 * A quotation found in an article body, with the speaker as the article prints it.
 * Offsets are into the body given to {@link QuotationFinder#find}; {@code -1} and null mean "none".
 *
 * @param text            the quoted or reported words, {@code body.substring(start, end)}, without quotation marks
 * @param start           offset of the first character
 * @param end             offset after the last character
 * @param kind            how the statement is reported
 * @param speakerText     the speaker designation as printed ("M. Dupont", "a-t-il", "un diplomate"), or null
 * @param speakerStart    offset of the speaker designation, or -1
 * @param speakerEnd      offset after the speaker designation, or -1
 * @param antecedentText  for a pronoun speaker, the closest earlier explicit speaker or person-like name, or null
 * @param antecedentStart offset of the antecedent, or -1
 * @param antecedentEnd   offset after the antecedent, or -1
 */
public record QuoteCandidate(String text, int start, int end, Quotation.Kind kind,
                             String speakerText, int speakerStart, int speakerEnd,
                             String antecedentText, int antecedentStart, int antecedentEnd) {

    public QuoteCandidate {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** The designation that names the speaker best: the antecedent of a pronoun, else the speaker text. */
    public String bestSpeakerText() {
        return antecedentText != null ? antecedentText : speakerText;
    }
}
