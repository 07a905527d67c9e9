// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.util.List;
import java.util.function.Predicate;

/**
 * A page's {@link PageType} from its structure ({@link PageEvidence}): named rules tried in order, the
 * first that applies deciding; a page no rule claims is an article. What a page declares (schema.org
 * types, og:type) comes first where it is reliable, then the shapes that mark a kind: priced cards, code,
 * link cards, an undated page of sections. No rule reads a site's name or a URL. Thread-safe: stateless.
 */
final class PageTypeRules {

    /** One rule: its name (for tests and reports), when it applies, and the type it gives. */
    record Rule(String name, Predicate<PageEvidence> applies, PageType type) {
    }

    /** schema.org types of one text, whose declaration outweighs shapes that look like a shop or a manual. */
    private static final String[] ARTICLE_TYPES = {"Article", "NewsArticle", "BlogPosting", "Blog", "ReportageNewsArticle",
            "OpinionNewsArticle", "AnalysisNewsArticle", "TechArticle", "ScholarlyArticle", "LiveBlogPosting"};
    /** A grid of products shows a price on most of its cards: at least this many... */
    private static final int MIN_PRICED_CARDS = 4;
    /** ...on cards shorter than this (a product card is a name, a price, a button; an article's paragraph is longer). */
    private static final int MAX_PRODUCT_CARD_CHARS = 400;
    /** A long run of short cards nearly all priced is a shop's grid even unmarked: at least this many cards (a page of plans has three or four)... */
    private static final int MIN_CARDS_OF_A_PRICED_GRID = 8;
    /** ...this share of them priced. */
    private static final double MIN_PRICED_SHARE_OF_A_GRID = 0.9;
    /** Price marks (classes, itemprop) on a page whose cards were not found: a shop's grid shows many... */
    private static final int MIN_PRICE_MARKS_OF_A_GRID = 6;
    /** ...beside little prose. */
    private static final double MAX_PROSE_SHARE_OF_A_GRID = 0.5;
    /** Priced cards whose text is this much links are product tiles, links to the products. */
    private static final double MIN_LINK_SHARE_OF_PRODUCT_CARDS = 0.3;
    /** Code blocks that make a page documentation when it declares no article (a blog post may show a snippet or two). */
    private static final int MIN_CODE_BLOCKS = 3;
    /** A listing is mostly links: at least this share of its text... */
    private static final double MIN_LINK_SHARE_OF_A_LISTING = 0.3;
    /** ...and little prose of its own. */
    private static final double MAX_PROSE_SHARE_OF_A_LISTING = 0.4;
    /** Cards each with a heading: at least this many... */
    private static final int MIN_HEADED_CARDS = 4;
    /** ...whose text is this much links (the heading is the link)... */
    private static final double MIN_LINK_SHARE_OF_HEADED_CARDS = 0.2;
    /** ...and short: teasers, not sections. */
    private static final int MAX_TEASER_CHARS = 600;
    /** schema.org types of a business presenting itself, which a page about its offer declares. */
    private static final String[] BUSINESS_TYPES = {"Organization", "LocalBusiness", "Corporation", "ProfessionalService", "Service",
            "FAQPage"};
    /** A service page is short sections under headings: fewer words than this per heading (an article's run to 100 and more)... */
    private static final double MAX_WORDS_PER_OFFER_SECTION = 60;
    /** ...many calls to act: at least this many buttons... */
    private static final int MIN_CONTROLS_OF_AN_OFFER = 20;
    /** ...headed cards (features, plans, steps) and a business declared: three of these four marks make an offer. */
    private static final int MIN_OFFER_MARKS = 3;
    /** An undated page that is less prose than this is made of sections, buttons and forms: a service page. */
    private static final double MAX_PROSE_SHARE_OF_SERVICE = 0.75;

    /** The rules in the order they are tried. */
    static final List<Rule> RULES = List.of(
            new Rule("declared discussion", PageTypeRules::declaresDiscussion, PageType.FORUM),
            new Rule("priced cards", PageTypeRules::showsPricedCards, PageType.COLLECTION),
            new Rule("declared product", e -> e.declares("Product", "ProductGroup") || e.ogType().equals("product"), PageType.PRODUCT),
            new Rule("many prices", PageTypeRules::showsManyPrices, PageType.COLLECTION),
            new Rule("declared index", e -> e.declares("CollectionPage"), PageType.LISTING),
            new Rule("code blocks", e -> e.codeBlocks() >= MIN_CODE_BLOCKS && !e.declares(ARTICLE_TYPES), PageType.DOCUMENTATION),
            new Rule("declared article", e -> e.declares(ARTICLE_TYPES), PageType.ARTICLE),
            new Rule("link list", e -> e.linkShare() >= MIN_LINK_SHARE_OF_A_LISTING && e.proseShare() < MAX_PROSE_SHARE_OF_A_LISTING,
                    PageType.LISTING),
            new Rule("headed link cards", PageTypeRules::showsTeaserCards, PageType.LISTING),
            new Rule("offer sections", PageTypeRules::showsOfferSections, PageType.SERVICE),
            // content systems call every page an article: og:type says so only beside a date
            new Rule("dated og article", e -> e.ogType().equals("article") && e.dated(), PageType.ARTICLE),
            new Rule("dated", PageEvidence::dated, PageType.ARTICLE),
            new Rule("undated sections", e -> e.proseShare() < MAX_PROSE_SHARE_OF_SERVICE, PageType.SERVICE));

    private PageTypeRules() {
    }

    /** The type the first applying rule gives, else {@link PageType#ARTICLE}. */
    static PageType classify(PageEvidence evidence) {
        for (Rule rule : RULES) {
            if (rule.applies().test(evidence)) return rule.type();
        }
        return PageType.ARTICLE;
    }

    /** A thread or a question with answers says so; comments declared under no article are a discussion's posts. */
    static boolean declaresDiscussion(PageEvidence e) {
        return e.declares("DiscussionForumPosting", "QAPage") || e.declares("Comment") && !e.declares(ARTICLE_TYPES);
    }

    /**
     * Short cards, most of them priced, that link to products, sit among price marks or are nearly all priced over a
     * long run; or a declared product group.
     */
    private static boolean showsPricedCards(PageEvidence e) {
        PageEvidence.Run cards = e.cards();
        boolean priced = cards.withPrice() >= MIN_PRICED_CARDS && cards.withPrice() * 2 >= cards.members()
                && cards.meanChars() < MAX_PRODUCT_CARD_CHARS;
        boolean grid = cards.members() >= MIN_CARDS_OF_A_PRICED_GRID && cards.withPrice() >= MIN_PRICED_SHARE_OF_A_GRID * cards.members();
        boolean shop = e.priceMarks() >= MIN_PRICED_CARDS || cards.linkShare() >= MIN_LINK_SHARE_OF_PRODUCT_CARDS || grid;
        return priced && shop || e.ogType().equals("product.group") || e.ogType().equals("product:group");
    }

    private static boolean showsManyPrices(PageEvidence e) {
        return e.priceMarks() >= MIN_PRICE_MARKS_OF_A_GRID && e.proseShare() < MAX_PROSE_SHARE_OF_A_GRID && !e.declares(ARTICLE_TYPES);
    }

    /**
     * A business's page about its offer, whatever date its system stamps on it: no writer named, no date set in
     * markup, and three of: short sections under many headings, many buttons, headed cards, a business declared.
     */
    private static boolean showsOfferSections(PageEvidence e) {
        if (e.bylined() || e.timeMarks() > 0) return false;
        int marks = (e.wordsPerHeading() < MAX_WORDS_PER_OFFER_SECTION ? 1 : 0) + (e.controls() >= MIN_CONTROLS_OF_AN_OFFER ? 1 : 0)
                + (e.cards().withHeading() >= MIN_HEADED_CARDS ? 1 : 0) + (e.declares(BUSINESS_TYPES) ? 1 : 0);
        return marks >= MIN_OFFER_MARKS;
    }

    private static boolean showsTeaserCards(PageEvidence e) {
        PageEvidence.Run cards = e.cards();
        return cards.withHeading() >= MIN_HEADED_CARDS && cards.linkShare() >= MIN_LINK_SHARE_OF_HEADED_CARDS
                && cards.meanChars() < MAX_TEASER_CHARS;
    }
}
