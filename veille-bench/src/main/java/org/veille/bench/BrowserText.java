// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A page as a browser's "select all, copy" gives it: the body's text, each block on its own line, without
 * scripts, styles or the head. It turns a set of HTML pages with gold answers into text captures like the
 * seeds (menus, lists of other articles, captions and all), so that text-capture extraction is measured
 * on hundreds of pages instead of five. An approximation of a browser's innerText, written here because
 * the bench must not need a browser: no CSS, so hidden elements show, as they do in many captures.
 */
final class BrowserText {

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
            "main", "nav", "ol", "p", "pre", "section", "table", "tr", "ul");

    private BrowserText() {
    }

    /** The pages with their markup replaced by its text. */
    static List<Page> of(List<Page> pages) {
        return pages.stream().map(p -> new Page(p.name(), p.source(), p.url(), render(p.html()))).toList();
    }

    static String render(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, template, svg").remove();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) text.append(t.text());
                else if (node instanceof Element e && BLOCKS.contains(e.normalName())) text.append('\n');
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) text.append('\n');
            }
        }, doc.body());
        StringBuilder lines = new StringBuilder();
        for (String line : text.toString().split("\n")) {
            if (!line.isBlank()) lines.append(line.strip()).append('\n');
        }
        return lines.toString();
    }
}
