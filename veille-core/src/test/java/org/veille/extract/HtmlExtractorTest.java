// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.veille.read.Capture;

class HtmlExtractorTest {

    private static final String PAGE = """
            <!doctype html><html lang="fr"><head>
            <title>Le pont rouvre | Le Courrier de Valbrune</title>
            <meta property="og:title" content="Le pont de Valbrune rouvre enfin | Le Courrier de Valbrune">
            <meta property="og:site_name" content="Le Courrier de Valbrune">
            <meta property="article:published_time" content="2025-03-18T09:30:00+01:00">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Le pont de Valbrune rouvre enfin",
              "datePublished":"2025-03-18T09:30:00+01:00","dateModified":"2025-03-19T11:00:00+01:00","author":[{"@type":"Person","name":"Claire Martin"}]}</script>
            </head><body>
            <nav><a href="/">Accueil</a> <a href="/politique">Politique</a></nav>
            <div class="cookie-banner">Nous utilisons des cookies. <button>Tout accepter</button></div>
            <article><h1>Le pont de Valbrune rouvre enfin</h1>
            <p class="byline">Par Claire Martin</p>
            <p>Après dix-huit mois de travaux, le vieux pont de pierre de Valbrune a rouvert ce mardi à la circulation, sous les applaudissements des riverains.</p>
            <p>« C'est un soulagement pour tout le quartier », a déclaré la maire, Marie Dubreuil, en coupant le ruban.</p>
            <div class="share">Partager sur Facebook</div>
            <p>Le chantier a coûté 4,2 millions d'euros, financés pour moitié par la région, selon les services de la mairie.</p>
            </article>
            <aside class="related"><h3>À lire aussi</h3><ul><li><a href="/a">Les crues de l'hiver</a></li></ul></aside>
            <footer>© 2025 Le Courrier de Valbrune. Tous droits réservés.</footer>
            </body></html>
            """;

    @Test
    void extractsBodyAndMetadataFromMarkup() {
        Article a = ((Extraction.Extracted) new ArticleExtractor().extract(Capture.html("pont.html", PAGE, null))).article();
        assertThat(a.title()).isEqualTo("Le pont de Valbrune rouvre enfin");
        assertThat(a.published()).isEqualTo("2025-03-18T09:30");
        assertThat(a.authors()).containsExactly("Claire Martin");
        assertThat(a.outlet()).isEqualTo("Le Courrier de Valbrune");
        assertThat(a.language()).isEqualTo("fr");
        assertThat(a.text()).startsWith("Après dix-huit mois de travaux").endsWith("selon les services de la mairie.")
                .doesNotContain("cookies", "Partager", "lire aussi", "Tous droits", "Accueil");
    }

    private static String pruned(String body) {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse("<html><body>" + body + "</body></html>");
        HtmlExtractor.prune(doc, false);
        return doc.body().text();
    }

    @Test
    void pruneDropsReadersCommentsButKeepsALiveTicker() {
        assertThat(pruned("""
                <div class="live-match-comment"><p>55' Le coup franc est repoussé par le mur.</p></div>
                <ol class="comment-list"><li class="comment"><p>Super match, merci pour le direct !</p></li></ol>"""))
                .contains("Le coup franc est repoussé").doesNotContain("Super match");
        assertThat(pruned("""
                <div class="sect sect_commentlinks"><ul><li><p>Der Artikel trifft es genau, danke.</p></li></ul></div>
                <div class="news commentary"><p>Der Konzern hat die Aktivistin über den Tisch gezogen.</p></div>"""))
                .as("an opinion piece is no comment").contains("über den Tisch gezogen").doesNotContain("trifft es genau");
    }

    @Test
    void pruneReadsShortMarksAsWholeWords() {
        assertThat(pruned("""
                <p class="tagStyle_x1">Le conseil a voté le budget mardi soir.</p>
                <div class="address">12 rue des Halles, Valbrune</div>
                <ul class="tags"><li>Budget</li><li>Conseil</li></ul>
                <div class="ad">Votre publicité ici</div>"""))
                .contains("Le conseil a voté", "12 rue des Halles").doesNotContain("Budget Conseil", "Votre publicité");
    }

    @Test
    void anUncreditedTranslatedPageIsTracedToItsOriginalsLanguage() {
        String page = """
                <!doctype html><html lang="de"><head><title>Gipfel in Valderia | Der Morgenbote</title></head><body>
                <article><h1>Orlavien will mehr für die Verteidigung ausgeben</h1>
                <p>Der Verteidigungsminister von Orlavien hat am Donnerstag seinen Amtskollegen aus Valderia empfangen, um den Gipfel des Bündnisses vorzubereiten.</p>
                <p>„Wir werden künftig mindestens zwei Prozent [of the budget on defence] ausgeben“, sagte der Minister vor der Presse in der Hauptstadt.</p>
                <p>Das Treffen fand hinter verschlossenen Türen statt, weit weg von den Kameras und den Demonstranten vor dem Ministerium.</p>
                </article></body></html>
                """;
        Article a = ((Extraction.Extracted) new ArticleExtractor().extract(Capture.html("gipfel.html", page, null))).article();
        assertThat(a.provenance()).containsExactly(new Provenance(Provenance.Relation.TRANSLATED_FROM, null, null, "en"));
    }

    @Test
    void pruneDropsRubyReadings() {
        assertThat(pruned("<p><ruby>法律<rp>(</rp><rt>ほうりつ</rt><rp>)</rp></ruby>ができました。</p>")).isEqualTo("法律ができました。");
    }

    @Test
    void aTitleThatIsTheHeadingAndMoreGivesTheHeading() {
        String heading = "Les crues de l'hiver ont emporté le vieux pont";
        assertThat(HtmlExtractor.headline(heading + " | Environnement | Le Courrier | 23.05.2011", heading, "Le Courrier")).isEqualTo(heading);
        assertThat(HtmlExtractor.headline("Les crues de l'hiver | Le Courrier", "Actualités", "Le Courrier"))
                .as("a section heading is no headline").isEqualTo("Les crues de l'hiver");
        assertThat(HtmlExtractor.headline(heading + ", selon la mairie", heading, null)).isEqualTo(heading + ", selon la mairie");
    }

    @Test
    void pruneDropsTheAuthorBoxWhateverElseItsNameSays() {
        assertThat(pruned("""
                <div class="post-content"><p>Le conseil a voté le budget mardi soir, après un long débat sur les impôts locaux.</p></div>
                <div class="post-author-bio"><p>Claire Martin a étudié le droit public avant de rejoindre la rédaction en 2015, où elle suit la politique locale.</p></div>
                <div class="author">Par Claire Martin</div>"""))
                .contains("Le conseil a voté").doesNotContain("a étudié le droit public");
    }

    @Test
    void aListingKeepsEveryCardWithItsDateBesideItsIntroduction() {
        String intro = "<div class=\"intro\"><p>" + "The newsroom gathers here every story about the town council, its votes, its budget and its"
                + " quarrels, with the reactions of the mayor, of the opposition and of the people who live here, week after week. ".repeat(3)
                + "</p></div>";
        StringBuilder cards = new StringBuilder();
        for (int i = 1; i <= 10; i++) {
            cards.append("<div class=\"card\"><h3><a href=\"/news/").append(i).append("\">Council story number ").append(i)
                    .append(" of the season</a></h3><div>").append(i).append(" March 2025</div><p>Teaser ").append(i)
                    .append(": what was decided this week.</p></div>");
        }
        HtmlExtractor.Result r = new HtmlExtractor().extract("<html><body><h1>News</h1>" + intro + "<div class=\"list\">" + cards
                + "</div></body></html>", null);
        assertThat(r.pageType()).isEqualTo(PageType.LISTING);
        assertThat(r.text()).contains("The newsroom gathers here");
        for (int i = 1; i <= 10; i++) {
            assertThat(r.text()).contains("Council story number " + i + " of").contains(i + " March 2025").contains("Teaser " + i + ":");
        }
    }

    @Test
    void aShopsGridKeepsTheLabelsAndValuesEveryCardRepeats() {
        StringBuilder cards = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            cards.append("<li class=\"tile\"><a href=\"/p/").append(i).append("\">Dome tent model ").append(i)
                    .append("</a><div>$").append(100 + i).append(".00</div><div>Seasons:</div><div>3-season</div></li>");
        }
        HtmlExtractor.Result r = new HtmlExtractor().extract("<html><body><h1>Tents</h1><ul class=\"grid\">" + cards + "</ul></body></html>", null);
        assertThat(r.pageType()).isEqualTo(PageType.COLLECTION);
        assertThat(r.text().split("3-season", -1)).hasSize(7);
        assertThat(r.text()).contains("Dome tent model 6").contains("$106.00");
    }

    @Test
    void aDeclaredDiscussionKeepsThePostsItsMarkupCallsComments() {
        String posts = """
                <div class="comment"><p>Has anyone tried the new trail north of the lake? I hear the bridge is closed until spring.</p></div>
                <div class="comment"><p>I walked it last week: the bridge is open again, but the path after it is still very muddy.</p></div>""";
        String thread = "<script type=\"application/ld+json\">{\"@type\": \"DiscussionForumPosting\", \"headline\": \"Trail\"}</script>";
        HtmlExtractor.Result r = new HtmlExtractor().extract("<html><head>" + thread + "</head><body>" + posts + "</body></html>", null);
        assertThat(r.pageType()).isEqualTo(PageType.FORUM);
        assertThat(r.text()).contains("Has anyone tried").contains("I walked it last week");
        assertThat(pruned(posts)).as("under no declared discussion, comments are the readers'").doesNotContain("I walked it");
    }
}
