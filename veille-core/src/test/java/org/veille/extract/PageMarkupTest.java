// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageMarkupTest {

    private static final String PAGE = """
            <html><head>
            <meta property="og:title" content="Le pont rouvre"><meta name="author" content="Claire Martin">
            <link rel="canonical" href="https://example.org/pont">
            <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-03-18", // a comment
              "headline": 'Le pont rouvre',}</script>
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "cassé</script>
            <script>var notJsonLd = 1;</script>
            </head><body>
            <h1>Le pont rouvre</h1><h1>Second titre</h1>
            <time datetime="2025-03-18T09:30">18 mars</time><time>sans attribut</time>
            <span itemprop=" datePublished ">18/03/2025</span><meta property="article:dateCreated" content="2025-03-17">
            <abbr class="published" title="2025-03-18">mardi</abbr><p pubdate>mardi</p><span itemprop="author">C. M.</span>
            </body></html>""";

    @Test
    void gathersMetadataElementsInOneWalk() {
        PageMarkup markup = PageMarkup.of(Jsoup.parse(PAGE));
        assertThat(markup.metas()).hasSize(3);
        assertThat(markup.links()).extracting(e -> e.attr("href")).containsExactly("https://example.org/pont");
        assertThat(markup.firstHeading().text()).isEqualTo("Le pont rouvre");
        assertThat(markup.dateMarkup()).extracting(Element::normalName).containsExactly("time", "span", "meta", "abbr", "p");
    }

    @Test
    void parsesHandWrittenJsonLdAndKeepsBrokenBlocksAsText() {
        PageMarkup markup = PageMarkup.of(Jsoup.parse(PAGE));
        assertThat(markup.jsonLd()).singleElement().satisfies(n -> assertThat(n.path("headline").asText()).isEqualTo("Le pont rouvre"));
        assertThat(markup.brokenJsonLd()).singleElement().asString().contains("cassé");
    }
}
