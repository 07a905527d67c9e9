// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A section page as a source: the articles it links to, not its menus, sections, files or other sites. */
class SectionPageTest {

    private static final String PAGE = "https://www.journal.example/politique/";
    private static final String HTML = """
            <!DOCTYPE html><html lang="fr"><head><title>Politique</title></head><body>
            <header><a href="/">Accueil</a><a href="/abonnement/offre-speciale-trois-mois">S'abonner</a></header>
            <nav><a href="/politique/">Politique</a><a href="/sport/">Sport</a>
                 <a href="/politique/2026/12/05/le-budget-adopte-au-senat_6123456_823448.html">À la une</a></nav>
            <main>
              <article><h2><a href="/politique/2026/12/06/la-reforme-des-retraites-adoptee_6123457_823448.html">La réforme
                des retraites adoptée</a></h2></article>
              <article><h2><a href="https://journal.example/politique/le-maire-de-valbrune-demissionne#commentaires">Le
                maire de Valbrune démissionne</a></h2></article>
              <article><h2><a href="/politique/article/123456">Un article par son numéro</a></h2></article>
              <p><a href="/tag/retraites">retraites</a> <a href="/politique/">Politique</a> <a href="/mentions-legales">Mentions</a>
                 <a href="/images/la-une-du-jour-grand-format.jpg">photo</a>
                 <a href="https://autre.example/monde/la-guerre-en-ukraine-continue">ailleurs</a>
                 <a href="javascript:void(0)">rien</a>
                 <a href="/politique/2026/12/06/la-reforme-des-retraites-adoptee_6123457_823448.html#reactions">encore</a></p>
            </main><footer><a href="/conditions-generales-de-vente">CGV</a></footer></body></html>""";

    @Test
    void theArticlesOfTheSiteAreListedOnceInOrder() {
        assertThat(SectionPage.items(HTML, PAGE)).extracting(FeedItem::link).containsExactly(
                "https://www.journal.example/politique/2026/12/06/la-reforme-des-retraites-adoptee_6123457_823448.html",
                "https://journal.example/politique/le-maire-de-valbrune-demissionne",
                "https://www.journal.example/politique/article/123456");
        assertThat(SectionPage.items(HTML, PAGE)).extracting(FeedItem::changed).containsOnlyNulls();
    }

    @Test
    void anAddressReadsAsAnArticleByItsShape() {
        assertThat(SectionPage.readsAsArticle("/monde/2026/12/06/un-titre")).isTrue();
        assertThat(SectionPage.readsAsArticle("/economie/les-prix-de-l-energie-flambent.html")).isTrue();
        assertThat(SectionPage.readsAsArticle("/sport/")).isFalse();
        assertThat(SectionPage.readsAsArticle("/tag/emmanuel-macron")).isFalse();
        assertThat(SectionPage.readsAsArticle("/docs/rapport-annuel-2025-complet.pdf")).isFalse();
    }

    @Test
    void theReaderTellsAPageFromAFeed() {
        List<FeedItem> items = new CaptureReader().items(PAGE, HTML.getBytes(StandardCharsets.UTF_8), "utf-8", new Collected());
        assertThat(items).hasSize(3);
        Collected refused = new Collected();
        assertThat(new CaptureReader().items(PAGE, "<!DOCTYPE html><html><body><a href=\"/sport/\">Sport</a></body></html>"
                .getBytes(StandardCharsets.UTF_8), "utf-8", refused)).isEmpty();
        assertThat(refused.failures).singleElement().extracting(n -> n.toString()).asString().contains("links to no article");
        String rss = "<rss version=\"2.0\"><channel><item><link>https://journal.example/a</link></item></channel></rss>";
        assertThat(new CaptureReader().items("https://journal.example/feed", rss.getBytes(StandardCharsets.UTF_8), "utf-8", new Collected()))
                .extracting(FeedItem::link).containsExactly("https://journal.example/a");
    }
}
