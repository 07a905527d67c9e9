// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.veille.read.Capture;

class TextCaptureExtractorTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static final String CAPTURE = """
            Retour

            Le conseil municipal de Valbrune vote la rénovation du pont

            Par: Claire Martin | 12.03.2025, 14:05

            Le conseil municipal de Valbrune a voté mardi soir la rénovation complète du vieux pont de pierre, fermé depuis l'automne.

            « Nous ne pouvions plus attendre », a déclaré la maire, Marie Dubreuil, devant une salle comble.

            Lire aussi : Les crues de l'hiver ont fragilisé les berges

            Les travaux commenceront en mai et dureront au moins dix-huit mois, selon le quotidien régional Le Courrier, qui cite les services techniques.

            Un calendrier précis sera présenté aux riverains lors d'une réunion publique le mois prochain.

            Plus d'articles

            Vidéo du jour

            Pourquoi les chats dorment-ils autant pendant la journée ?

            Nous utilisons des cookies pour améliorer votre expérience. En cliquant sur « Tout accepter », vous consentez à leur utilisation.
            """;

    private Article article() {
        return ((Extraction.Extracted) extractor.extract(Capture.text("valbrune.txt", CAPTURE))).article();
    }

    @Test
    void keepsEveryParagraphOfTheArticleAndNothingElse() {
        String text = article().text();
        assertThat(text).startsWith("Le conseil municipal de Valbrune a voté mardi soir")
                .endsWith("lors d'une réunion publique le mois prochain.")
                .doesNotContain("Retour", "Lire aussi", "Plus d'articles", "Vidéo du jour", "chats", "cookies", "Par:");
        assertThat(article().paragraphs()).hasSize(4);
    }

    @Test
    void readsTitleDateAuthorsAndLanguage() {
        Article a = article();
        assertThat(a.title()).isEqualTo("Le conseil municipal de Valbrune vote la rénovation du pont");
        assertThat(a.published()).isEqualTo("2025-03-12T14:05");
        assertThat(a.authors()).containsExactly("Claire Martin");
        assertThat(a.language()).isEqualTo("fr");
    }

    @Test
    void findsTheCitedOutlet() {
        assertThat(article().provenance()).extracting(Provenance::relation, Provenance::name)
                .contains(org.assertj.core.groups.Tuple.tuple(Provenance.Relation.CITES, "Le Courrier"));
    }

    @Test
    void neverInventsADate() {
        String undated = CAPTURE.replace("Par: Claire Martin | 12.03.2025, 14:05", "Par: Claire Martin");
        Article a = ((Extraction.Extracted) extractor.extract(Capture.text("x.txt", undated))).article();
        assertThat(a.published()).isNull();
    }

    @Test
    void rebuildsAHeadlineFromHashtagsWhenThereIsNone() {
        String capture = """
                2025-04-12 14:05:00
                La maire de Valbrune a présenté mardi le plan de rénovation du pont de pierre, fermé depuis l’automne, devant un conseil municipal réuni en séance extraordinaire pour l’occasion.
                Les travaux commenceront en mai et dureront au moins dix-huit mois, selon les services techniques de la commune.
                #maire #Valbrune #présente #plan #rénovation #pont #Politique
                """;
        Article a = ((Extraction.Extracted) extractor.extract(Capture.text("x.txt", capture))).article();
        assertThat(a.title()).isEqualTo("Maire Valbrune présente plan rénovation pont");
        assertThat(a.published()).isEqualTo("2025-04-12T14:05");
        assertThat(a.text()).doesNotContain("#");
    }

    @Test
    void readsTranslationCreditsAndRejectsOutletsAsAuthors() {
        String capture = """
                Le lithium de Morgeval attire les investisseurs

                Par [North Ledger](#)

                Les investisseurs se pressent à Morgeval depuis que les premiers forages ont confirmé un gisement de lithium plus riche que prévu.

                Selon le magazine allemand *Der Rundblick*, trois groupes industriels ont déjà déposé une offre auprès des autorités régionales.

                Jane Doe

                Article original en anglais :

                [Investors flock to Morgeval lithium](#)

                Traduit par Paul Durand pour [le Relais](#)

                La source originale de cet article est [North Ledger](#)

                Copyright © [North Ledger](#), 2025
                """;
        Article a = ((Extraction.Extracted) extractor.extract(Capture.text("x.txt", capture))).article();
        assertThat(a.authors()).containsExactly("Jane Doe");
        assertThat(a.text()).endsWith("auprès des autorités régionales.").doesNotContain("Traduit", "Copyright", "*");
        assertThat(a.provenance()).extracting(Provenance::relation, Provenance::name, Provenance::title, Provenance::language).contains(
                org.assertj.core.groups.Tuple.tuple(Provenance.Relation.TRANSLATED_FROM, "North Ledger", "Investors flock to Morgeval lithium", "en"),
                org.assertj.core.groups.Tuple.tuple(Provenance.Relation.TRANSLATED_BY, "Paul Durand", null, null),
                org.assertj.core.groups.Tuple.tuple(Provenance.Relation.TRANSLATED_BY, "le Relais", null, null),
                org.assertj.core.groups.Tuple.tuple(Provenance.Relation.SOURCE, "North Ledger", null, "en"),
                org.assertj.core.groups.Tuple.tuple(Provenance.Relation.CITES, "Der Rundblick", null, "de"));
    }

    @Test
    void rejectsCapturesWithoutArticleText() {
        assertThat(extractor.extract(Capture.text("menu.txt", "Accueil\n\nMenu\n\nConnexion\n"))).isInstanceOf(Extraction.Rejected.class);
    }
}
