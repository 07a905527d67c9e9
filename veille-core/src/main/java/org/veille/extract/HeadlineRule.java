// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

/**
 * One kind of evidence that tells a text capture's headline among its headline-shaped lines. {@link Headlines}
 * tries the rules in order, most precise first; each answers only when its evidence is in the capture, so a loose
 * rule never overrides a precise one. Implementations are stateless and thread-safe.
 */
interface HeadlineRule {

    /** The index in {@link HeadlineEvidence#lines()} of the headline, or -1 when this rule's evidence is not there. */
    int headline(HeadlineEvidence capture);
}
