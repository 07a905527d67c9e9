// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A page being written: every captured string goes in through {@link #text}, which escapes it, so nothing a capture
 * holds can become markup. Written by hand because it is five characters: the markup around them is the page's own.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(8_192);

    /** Appends markup written by Veille itself (never captured text). */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends text, escaped for an element's content or a quoted attribute value; null appends nothing. */
    Html text(String text) {
        if (text == null) return this;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return this;
    }

    /** Appends a link to a page of this server: {@code path} is Veille's, {@code id} is percent-encoded. */
    Html link(String path, String id, String label) {
        return raw("<a href=\"").raw(path).text(URLEncoder.encode(id, StandardCharsets.UTF_8)).raw("\">").text(label).raw("</a>");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
