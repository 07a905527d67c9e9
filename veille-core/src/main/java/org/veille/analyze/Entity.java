// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import java.util.Objects;

/**
 * A named entity mentioned in an article's text.
 *
 * @param text      the words as printed, {@code text.substring(start, end)} of the article body
 * @param type      what kind of thing is named
 * @param canonical one name for the identity, the same across spellings, titles and languages
 * @param start     offset of the first character in the article body
 * @param end       offset after the last character
 */
public record Entity(String text, Type type, String canonical, int start, int end) {

    /** The CoNLL kinds of named entity. */
    public enum Type { PER, ORG, LOC, MISC }

    public Entity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(canonical, "canonical");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
