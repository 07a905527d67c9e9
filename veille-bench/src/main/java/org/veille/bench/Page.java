// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.util.Objects;

/**
 * One evaluation page, already decoded, as every tool receives it.
 *
 * @param name   the page's key in its set's gold (file name or id)
 * @param source where it was read from
 * @param url    the page's address, or null
 * @param html   the decoded markup; for a set read as text captures, a browser's text ({@link Captures})
 */
record Page(String name, String source, String url, String html) {
    Page {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(html, "html");
    }
}
