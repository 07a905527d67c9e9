// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.read;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML fragment (a feed item's content) into plain text: one paragraph per block element,
 * paragraphs separated by a blank line, {@code <br>} kept as a line break, spaces collapsed. Text without
 * any tag is taken as it is. Stateless.
 */
final class HtmlText {

    private HtmlText() {
    }

    /** The plain text of {@code html}; empty when it holds no text. */
    static String paragraphs(String html) {
        if (html.indexOf('<') < 0) {
            return tidy(html);
        }
        Collector collector = new Collector();
        NodeTraversor.traverse(collector, Jsoup.parseBodyFragment(html).body());
        collector.endParagraph();
        return collector.text.toString();
    }

    /** Collapses runs of spaces, trims every line, and keeps at most one blank line between paragraphs. */
    private static String tidy(String text) {
        return TextDecoder.normalizeNewlines(text)
                .replaceAll("[ \\t\\x0B\\f\\u00A0]+", " ")
                .replaceAll(" ?\n ?", "\n")
                .replaceAll("\n{3,}", "\n\n")
                .strip();
    }

    /** Walks the fragment, gathering the current paragraph. */
    private static final class Collector implements NodeVisitor {
        final StringBuilder text = new StringBuilder();
        private final StringBuilder paragraph = new StringBuilder();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                paragraph.append(t.text());
            } else if (node instanceof Element e) {
                if (e.nameIs("br")) {
                    paragraph.append('\n');
                } else if (e.isBlock()) {
                    endParagraph();
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock()) {
                endParagraph();
            }
        }

        void endParagraph() {
            String p = tidy(paragraph.toString());
            paragraph.setLength(0);
            if (!p.isEmpty()) {
                text.append(text.isEmpty() ? "" : "\n\n").append(p);
            }
        }
    }
}
