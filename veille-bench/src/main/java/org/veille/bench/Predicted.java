// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import org.veille.analyze.Quotation;

/**
 * One of Veille's quotations as the benches score it: the fields they read, with offsets into the set's
 * text (where the gold offsets point).
 *
 * @param speaker     the canonical name, or null
 * @param speakerText the designation as printed, or null
 */
record Predicted(Quotation.Kind kind, String speaker, String speakerText, int start, int end) {

    /** A quotation of the analyzed body, its offsets carried back to the set's text. */
    static Predicted of(Quotation q, Paragraphs paragraphs) {
        return new Predicted(q.kind(), q.speaker(), q.speakerText(), paragraphs.toText(q.start()), paragraphs.toText(q.end()));
    }

    /** Who Veille says spoke: the canonical name, else the designation as printed, else null. */
    String who() {
        return speaker != null ? speaker : speakerText;
    }

    int length() {
        return end - start;
    }
}
