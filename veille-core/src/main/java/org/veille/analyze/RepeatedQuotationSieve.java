// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.Locale;

/**
 * A quotation with no designation whose words the article prints again with one is said by that speaker: an
 * intertitle or a lead repeats what someone says further on ("Je suis première dame quand je mets la robe" over the
 * paragraph ending "..., explique-t-elle"). One quotation's words must hold the other's, compared without case,
 * punctuation and spacing, and be {@link #MIN_WORDS} words at least. Runs before {@link ContinuationSieve}, which
 * would give the repeated words to whoever spoke last.
 */
final class RepeatedQuotationSieve implements SpeakerSieve {

    /** Fewer shared words ("très grave", "à bas bruit") are a phrase several people use, not one statement. */
    private static final int MIN_WORDS = 4;

    @Override
    public void apply(SpeakerContext context) {
        for (Attribution a : context.attributions) {
            if (a.decided() || a.hasDesignation() || a.kind == Quotation.Kind.SCARE) continue;
            String words = comparable(a.quote.text());
            if (words.split(" ").length < MIN_WORDS) continue;
            for (Attribution other : context.attributions) {
                if (other == a || other.speaker() == null || !other.hasDesignation()) continue;
                String others = comparable(other.quote.text());
                if (others.split(" ").length >= MIN_WORDS && (others.contains(words) || words.contains(others))) {
                    a.decide(other.speaker(), other.speakerType(), name());
                    break;
                }
            }
        }
    }

    /** Lower-case letters and digits, one space between words. */
    private static String comparable(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
