// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.util.Objects;

/**
 * Where an article's content came from, as the article credits it.
 *
 * @param relation how the article relates to {@code name}
 * @param name     the outlet, agency or person credited; null when only the relation is known (a machine translation from an unnamed original)
 * @param title    the original's title when given, else null
 * @param language ISO 639-1 code of the original or of the credited outlet when known, else null
 */
public record Provenance(Relation relation, String name, String title, String language) {

    /** The kinds of credit an article can give. JSON names are the lower-case enum names. */
    public enum Relation {
        /** The article is a translation of another one. */
        TRANSLATED_FROM,
        /** The translator (person or organisation). */
        TRANSLATED_BY,
        /** The article is republished from another outlet. */
        REPUBLISHED_FROM,
        /** The source the article credits for its content (agency, original outlet). */
        SOURCE,
        /** An outlet the article cites as the origin of some of its information. */
        CITES;

        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Provenance {
        Objects.requireNonNull(relation, "relation");
    }
}
