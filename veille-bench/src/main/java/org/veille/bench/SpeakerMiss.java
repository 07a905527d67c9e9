// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.io.PrintWriter;
import java.util.List;

/**
 * A gold quotation whose speaker Veille missed or got wrong, for the {@code --errors} listing.
 *
 * @param doc    the document's id
 * @param kind   the gold kind
 * @param gold   the gold speaker (with what it was resolved to, when it was)
 * @param veille the quotation Veille gave for it, or null when it found none
 * @param quote  the start of the gold quotation
 */
record SpeakerMiss(String doc, String kind, String gold, Predicted veille, String quote) {

    /** How much of a quote, or of a long designation, the listing shows. */
    private static final int SHOWN = 60;
    private static final String LINE = "%-8s %-9s %-9s %-26s %-26s %-26s %s%n";

    SpeakerMiss {
        quote = shorten(quote);
    }

    /** One line, white space flattened, cut after {@value #SHOWN} characters; null stays null. */
    static String shorten(String text) {
        if (text == null) return null;
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= SHOWN ? flat : flat.substring(0, SHOWN) + "…";
    }

    /** The listing, one left-aligned line per miss, under a blank line and a header. */
    static void print(List<SpeakerMiss> misses, PrintWriter out) {
        out.println();
        out.printf("Missed or wrong speakers: %d (document, gold kind, Veille kind, gold speaker, Veille speaker, Veille speaker_text, quote)%n", misses.size());
        for (SpeakerMiss m : misses) {
            out.printf(LINE, m.doc(), m.kind(), m.veille() == null ? "-" : m.veille().kind().jsonName(), m.gold(), m.veille() == null ? "(not found)" : shorten(m.veille().speaker()),
                    m.veille() == null ? "-" : shorten(m.veille().speakerText()), m.quote());
        }
    }
}
