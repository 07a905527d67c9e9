// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.Objects;

/** A name found by a recognizer, before it is given a canonical identity. */
public record Mention(Span span, Entity.Type type) {
    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
    }
}
