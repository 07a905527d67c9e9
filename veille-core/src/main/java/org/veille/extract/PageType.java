// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.util.Locale;

/**
 * What kind of page a capture is, in WCXB's seven types. Only an article is one story; a monitor files the
 * others apart (a section front, a tag page or a shop's category is not news).
 */
public enum PageType {
    /** One text by one writer or desk: news, blog post, opinion, guide, review. */
    ARTICLE,
    /** A discussion: a thread of posts by several people, or a question with its answers. */
    FORUM,
    /** An index of content items (articles, courses, events, people), each a link with a short teaser. */
    LISTING,
    /** A shop's category: a grid of products, each with its price. */
    COLLECTION,
    /** One product for sale: its description, price, options and a way to buy it. */
    PRODUCT,
    /** A business's page about what it offers: sections of marketing copy, calls to action, forms. */
    SERVICE,
    /** Technical documentation: reference, manual, tutorial, glossary, with code and navigation of its own. */
    DOCUMENTATION;

    /** The lower-case name JSON output and benchmarks use. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
