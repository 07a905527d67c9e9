// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

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
        return raw("<a href=\"").raw(path).text(segment(id)).raw("\">").text(label).raw("</a>");
    }

    /** Appends a link to {@code path} with these query parameters, each value percent-encoded. */
    Html link(String path, Map<String, List<String>> params, String label) {
        return raw("<a href=\"").text(path + query(params)).raw("\">").text(label).raw("</a>");
    }

    /** A path segment, percent-encoded: a space is %20 there, not "+". */
    static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code ?a=1&b=2}, percent-encoded, empty values left out; "" for none. */
    static String query(Map<String, List<String>> params) {
        StringBuilder out = new StringBuilder();
        params.forEach((name, values) -> values.stream().filter(v -> v != null && !v.isEmpty()).forEach(v ->
                out.append(out.isEmpty() ? '?' : '&').append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return out.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
