// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import java.util.Locale;
import java.util.Optional;

/**
 * What search results can be counted by and filtered on: each article's outlet, language, the canonical names it
 * mentions, the speakers it quotes, its web domain (its URL's host without {@code www.}: what outlet labels are keyed
 * by) and its page type. In the order pages show them.
 */
public enum Facet {
    OUTLET, LANGUAGE, ENTITY, SPEAKER, DOMAIN, PAGE_TYPE;

    /** The name the API and the pages use: {@code outlet}, {@code page_type}, … */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The facet of this name, if there is one. */
    public static Optional<Facet> named(String name) {
        for (Facet f : values()) if (f.jsonName().equals(name)) return Optional.of(f);
        return Optional.empty();
    }
}
