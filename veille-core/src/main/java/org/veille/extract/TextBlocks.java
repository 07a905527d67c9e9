// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cuts a page into its text blocks as a reader sees them: one block per paragraph, heading, list item,
 * cell, or run of text between block elements and line breaks, whatever the markup uses (many pages put
 * text straight into {@code div}s or separate it with {@code br}). Each block knows how much of it is
 * link text and which element holds it. One pass over the tree. Thread-safe: stateless.
 */
final class TextBlocks {

    /** A block of text and the element it sits in. */
    record Block(String text, int linkChars, Element element) {
        double linkDensity() {
            return text.isEmpty() ? 0 : Math.min(1, (double) linkChars / text.length());
        }

        /** A heading tag around a short text; some pages set whole paragraphs in heading tags, and those are paragraphs. */
        boolean isHeading() {
            return text.length() <= MAX_HEADING_CHARS && (element.nameIs("h1") || element.nameIs("h2") || element.nameIs("h3") || element.nameIs("h4")
                    || element.nameIs("h5") || element.nameIs("h6"));
        }
    }

    static final int MAX_HEADING_CHARS = 150;

    static final Set<String> BLOCK_TAGS = Set.of(
            "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
            "dt", "dd", "blockquote", "pre", "table", "tbody", "thead", "tr", "td", "th", "figure", "address", "center",
            "br", "hr", "details", "summary", "body", "caption", "legend", "fieldset", "form", "nav", "footer", "aside");

    private TextBlocks() {
    }

    static List<Block> of(Element root) {
        Collector collector = new Collector(root);
        NodeTraversor.traverse(collector, root);
        collector.flush();
        return collector.blocks;
    }

    /** The text with each run of white space made one space, trimmed; no regular expression on this hot path. */
    static String collapseSpaces(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = !out.isEmpty();
            } else {
                if (space) out.append(' ');
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }

    /** The length {@link #collapseSpaces} would give, without building the string: text sizes are counted for every text node. */
    static int collapsedLength(CharSequence text) {
        int length = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = length > 0;
            } else {
                if (space) length++;
                length++;
                space = false;
            }
        }
        return length;
    }

    private static final class Collector implements NodeVisitor {
        final List<Block> blocks = new ArrayList<>();
        final Deque<Element> containers = new ArrayDeque<>();
        final StringBuilder text = new StringBuilder();
        int linkChars;
        int linkDepth;

        Collector(Element root) {
            containers.push(root);
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.text();
                if (s.isBlank()) {
                    if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') text.append(' ');
                    return;
                }
                int before = text.length();
                text.append(s);
                if (linkDepth > 0) linkChars += text.length() - before;
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("a")) linkDepth++;
                if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    if (!tag.equals("br") && !tag.equals("hr")) containers.push(e);
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("a")) linkDepth--;
                if (BLOCK_TAGS.contains(tag) && !tag.equals("br") && !tag.equals("hr")) {
                    flush();
                    if (containers.size() > 1) containers.pop();
                }
            }
        }

        void flush() {
            String s = collapseSpaces(text);
            if (!s.isEmpty()) blocks.add(new Block(s, Math.min(linkChars, s.length()), containers.peek()));
            text.setLength(0);
            linkChars = 0;
        }
    }
}
