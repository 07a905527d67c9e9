// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

/**
 * One rule of speaker attribution. Sieves run in a fixed order from the most precise to the loosest
 * (CoreNLP's quote attribution design); each settles only the attributions the earlier ones left open,
 * so a loose rule never overrides a precise one. Implementations are stateless and thread-safe.
 */
interface SpeakerSieve {

    /** Settles, or prepares, the open attributions of one article. */
    void apply(SpeakerContext context);

    /** The sieve's name in diagnostics. */
    default String name() {
        return getClass().getSimpleName();
    }
}
