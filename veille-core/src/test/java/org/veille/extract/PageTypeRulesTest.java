// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Each page-type rule on an invented page that shows its structure, and on one that must not trip it. */
class PageTypeRulesTest {

    private static final String PROSE = "<p>The council met on Tuesday evening to discuss the new budget, which raises spending on"
            + " schools, roads and the library, and voted after a long debate that went on past midnight.</p>";

    /** The evidence the extractor reads from a page, whose date is or is not stated. */
    private static PageEvidence evidence(String html, boolean dated) {
        Document doc = Jsoup.parse(html);
        PageEvidence declared = PageEvidence.declared(doc, PageMarkup.of(doc), dated, false);
        HtmlExtractor.prune(doc, false);
        Element body = doc.body();
        return declared.withContent(body, TextBlocks.of(body), HtmlExtractor.textSizes(body));
    }

    private static boolean applies(String rule, String html, boolean dated) {
        return PageTypeRules.RULES.stream().filter(r -> r.name().equals(rule)).findFirst().orElseThrow()
                .applies().test(evidence(html, dated));
    }

    private static String jsonLd(String type) {
        return "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@graph\": [{\"@type\": \"" + type
                + "\", \"name\": \"x\"}]}</script>";
    }

    private static String repeat(String block, int times) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < times; i++) out.append(block.replace("#", String.valueOf(i)));
        return out.toString();
    }

    @Test
    void declaredDiscussionIsAThreadOrCommentsUnderNoArticle() {
        assertThat(applies("declared discussion", jsonLd("DiscussionForumPosting") + PROSE, true)).isTrue();
        assertThat(applies("declared discussion", jsonLd("Comment") + PROSE, true)).isTrue();
        assertThat(applies("declared discussion", jsonLd("NewsArticle") + jsonLd("Comment") + PROSE, true)).isFalse();
    }

    @Test
    void pricedCardsAreAGridOfShortProductTiles() {
        String grid = "<ul>" + repeat("<li class=\"tile\"><a href=\"/p/#\">Wool runner #</a> <span>$98.00</span></li>", 6) + "</ul>";
        assertThat(applies("priced cards", grid, false)).isTrue();
        String pricedParagraphs = repeat("<p>Option #: the plan costs $12 a month and covers the whole family, with a discount"
                + " for students, and a free month for those who sign up before the end of the year, and much more besides"
                + " than any of its rivals, who charge more for less and make you wait for the support you paid for.</p>", 6);
        assertThat(applies("priced cards", pricedParagraphs, false)).as("long paragraphs naming prices are prose").isFalse();
        String unmarkedGrid = "<div>" + repeat("<div class=\"tile\"><span>Trail pack #, 40 litres</span> <span>$98.00</span></div>", 10) + "</div>";
        assertThat(applies("priced cards", unmarkedGrid, false)).as("ten cards all priced, no links nor price marks").isTrue();
        String plans = "<div>" + repeat("<div class=\"plan\"><h3>Plan #</h3><span>$#9 a month</span></div>", 4) + "</div>";
        assertThat(applies("priced cards", plans, false)).as("four priced plans are an offer").isFalse();
    }

    @Test
    void declaredProductIsAProductTypeOrOgType() {
        assertThat(applies("declared product", jsonLd("Product") + PROSE, false)).isTrue();
        assertThat(applies("declared product", "<meta property=\"og:type\" content=\"product\">" + PROSE, false)).isTrue();
        assertThat(applies("declared product", jsonLd("Organization") + PROSE, false)).isFalse();
    }

    @Test
    void manyPricesBesideLittleProseAreAShopsGrid() {
        String grid = repeat("<div><span class=\"price\">12</span> <a href=\"/#\">Item #</a></div>", 6);
        assertThat(applies("many prices", grid, false)).isTrue();
        assertThat(applies("many prices", jsonLd("Article") + grid, false)).isFalse();
    }

    @Test
    void declaredIndexIsACollectionPage() {
        assertThat(applies("declared index", jsonLd("CollectionPage") + PROSE, false)).isTrue();
        assertThat(applies("declared index", jsonLd("WebPage") + PROSE, false)).isFalse();
    }

    @Test
    void codeBlocksMakeDocumentationUnlessAnArticleIsDeclared() {
        String manual = PROSE + repeat("<pre>make install #</pre>", 3);
        assertThat(applies("code blocks", manual, false)).isTrue();
        assertThat(applies("code blocks", jsonLd("BlogPosting") + manual, false)).isFalse();
        assertThat(applies("code blocks", PROSE + "<pre>ls</pre>", false)).isFalse();
    }

    @Test
    void declaredArticleIsAnArticleType() {
        assertThat(applies("declared article", jsonLd("NewsArticle") + PROSE, false)).isTrue();
        assertThat(applies("declared article", "<meta property=\"og:type\" content=\"article\">" + PROSE, true)).isFalse();
    }

    @Test
    void datedOgArticleIsAnOgArticleBesideADate() {
        assertThat(applies("dated og article", "<meta property=\"og:type\" content=\"article\">" + PROSE, true)).isTrue();
        assertThat(applies("dated og article", "<meta property=\"og:type\" content=\"article\">" + PROSE, false)).isFalse();
    }

    @Test
    void offerSectionsAreShortHeadedSectionsWithButtonsOfABusiness() {
        String offer = jsonLd("Organization") + repeat("<div class=\"feature\"><h3>Feature #</h3><p>Set up in a day, with support"
                + " all week long.</p><a class=\"btn\" href=\"/start\">Start now</a></div>", 5);
        assertThat(applies("offer sections", offer, true)).as("whatever date its system stamps").isTrue();
        assertThat(applies("offer sections", offer + "<time datetime=\"2025-03-01\">1 March</time>", true))
                .as("a date set in markup is a writer's").isFalse();
        String essay = jsonLd("Organization") + repeat("<h2>Part #</h2>" + PROSE + PROSE + PROSE, 5);
        assertThat(applies("offer sections", essay, true)).as("long sections, no buttons, no cards").isFalse();
    }

    @Test
    void linkListIsMostlyLinksAndLittleProse() {
        String index = "<div>" + repeat("<div><a href=\"/news/#\">Council votes the budget for the year #</a></div>", 10) + "</div>";
        assertThat(applies("link list", index, false)).isTrue();
        assertThat(applies("link list", PROSE + PROSE, false)).isFalse();
    }

    @Test
    void headedLinkCardsAreTeasers() {
        String cards = repeat("<div class=\"card\"><h3><a href=\"/story/#\">Story number # of the week</a></h3>"
                + "<p>A short teaser of the story, to make you click.</p></div>", 5);
        assertThat(applies("headed link cards", cards, false)).isTrue();
        String sections = repeat("<section><h2>Part #</h2>" + PROSE + PROSE + PROSE + PROSE + "</section>", 4);
        assertThat(applies("headed link cards", sections, false)).as("long sections without links").isFalse();
    }

    @Test
    void datedIsAStatedPublicationDate() {
        assertThat(applies("dated", PROSE, true)).isTrue();
        assertThat(applies("dated", PROSE, false)).isFalse();
    }

    @Test
    void undatedSectionsAreLittleProse() {
        String offer = "<h2>Plans for every team</h2><div>Fast setup in a day</div><div>Support all week long</div>"
                + "<div>Book a call with us</div><div>Trusted by 500 firms</div>" + PROSE;
        assertThat(applies("undated sections", offer, false)).isTrue();
        assertThat(applies("undated sections", PROSE + PROSE, false)).isFalse();
    }

    @Test
    void theFirstRuleThatAppliesDecides() {
        String grid = "<ul>" + repeat("<li class=\"tile\"><a href=\"/p/#\">Wool runner #</a> <span>$98.00</span></li>", 6) + "</ul>";
        assertThat(PageTypeRules.classify(evidence(jsonLd("Product") + grid, false))).isEqualTo(PageType.COLLECTION);
        assertThat(PageTypeRules.classify(evidence(PROSE + PROSE + PROSE, false))).as("no rule: an article").isEqualTo(PageType.ARTICLE);
        assertThat(new HtmlExtractor().extract("<html><head>" + jsonLd("QAPage") + "</head><body>" + PROSE + "</body></html>", null)
                .pageType()).isEqualTo(PageType.FORUM);
    }
}
