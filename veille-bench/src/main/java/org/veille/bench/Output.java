// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.util.List;
import java.util.Objects;

/**
 * What a tool made of one page. Tools that do not read a field leave it null (or the list empty).
 *
 * @param text      the main text, empty when the tool found none
 * @param title     the headline, or null
 * @param published an ISO-8601 date or date-time, or null
 * @param authors   author names, possibly empty
 * @param pageType  what kind of page it is (article, forum, listing...), or null
 */
record Output(String text, String title, String published, List<String> authors, String pageType) {

    /** Nothing found: what a rejected page, or a crash, yields. */
    static final Output NOTHING = new Output("", null, null, List.of(), null);

    Output {
        Objects.requireNonNull(text, "text");
        authors = List.copyOf(authors);
    }

    /** Text only, as from an extractor that reads no metadata. */
    static Output text(String text) {
        return new Output(text == null ? "" : text, null, null, List.of(), null);
    }
}
