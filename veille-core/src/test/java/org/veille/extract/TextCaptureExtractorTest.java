// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
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
    void theDateNextToTheArticleBeatsTheDatesOfAListAboveIt() {
        String page = """
                Actualités
                News
                Le marché de Noël ouvre ses portes samedi place du Bourg
                03 juillet 2020
                News
                Les travaux de la rocade prendront fin en septembre prochain
                02 juillet 2020
                Le pont de Valbrune rouvre après dix-huit mois de travaux
                Agence du Val, publié le jeudi 24 octobre 2019 à 20h41
                Après dix-huit mois de chantier, le vieux pont de pierre de Valbrune a rouvert ce jeudi à la circulation, sous les applaudissements des riverains venus nombreux.
                Le chantier a coûté 4,2 millions d'euros, financés pour moitié par la région, selon les services de la mairie qui promettent un bilan détaillé.
                """;
        Article a = ((Extraction.Extracted) extractor.extract(Capture.text("pont.txt", page))).article();
        assertThat(a.published()).isEqualTo("2019-10-24T20:41");
        String linkAbove = page.replace("Agence du Val, publié",
                "Municipales : pour le maire sortant, les alliances de second tour sont \"un moment de clarification\" à Valbrune\nAgence du Val, publié");
        Article b = ((Extraction.Extracted) extractor.extract(Capture.text("pont.txt", linkAbove))).article();
        assertThat(b.published()).as("a long link just above makes the date line part of the body's run").isEqualTo("2019-10-24T20:41");
        String yearless = page.replace("publié le jeudi 24 octobre 2019 à 20h41", "publié le 24 octobre")
                .replace("Les travaux de la rocade", "News\nLa fanfare de Valbrune recrute\n01 juillet 2020\nLes travaux de la rocade");
        Article c = ((Extraction.Extracted) extractor.extract(Capture.text("pont.txt", yearless))).article();
        assertThat(c.published()).as("the dates of a list of other articles are not the article's, but the newest tells a yearless"
                + " publication date's year").isEqualTo("2019-10-24");
        String ownDateLine = page.replace("Agence du Val, publié le jeudi 24 octobre 2019 à 20h41", "24 octobre 2019\n168 0")
                .replace("Les travaux de la rocade", "News\nLa fanfare de Valbrune recrute\n01 juillet 2020\nLes travaux de la rocade");
        Article d = ((Extraction.Extracted) extractor.extract(Capture.text("pont.txt", ownDateLine))).article();
        assertThat(d.published()).as("the headline's own date, right above the text, has a listed item's shape").isEqualTo("2019-10-24");
    }

    @Test
    void theHeadlineIsNeitherAListedArticleNorATickerEntryNorACaption() {
        String page = """
                News
                Le marché de Noël ouvre ses portes samedi sur la place du Bourg de Valbrune
                03 juillet 2020
                News
                Les travaux de la rocade de Valbrune prendront fin en septembre prochain, promet la mairie
                02 juillet 2020
                News
                Les pompiers de Valbrune fêtent les cent ans de leur caserne avec une grande parade
                02 juillet 2020
                ALERTE INFO
                12:39 Le conseil départemental adopte son budget après une nuit de débats
                Le pont de Valbrune rouvre enfin
                À lire aussi
                Les crues de l'hiver ont emporté deux passerelles sur la Sarne en amont de la ville
                Le maire de Valbrune, Paul Kerbrat, lors de l'inauguration du pont, le 24 octobre 2019 à Valbrune
                © Jean Morel / Agence du Val
                Agence du Val, publié le jeudi 24 octobre 2019 à 20h41
                Après dix-huit mois de chantier, le vieux pont de pierre de Valbrune a rouvert ce jeudi à la circulation, sous les applaudissements des riverains venus nombreux.
                Le chantier a coûté 4,2 millions d'euros, financés pour moitié par la région, selon les services de la mairie qui promettent un bilan détaillé.
                """;
        Article a = ((Extraction.Extracted) extractor.extract(Capture.text("pont.txt", page))).article();
        assertThat(a.title()).isEqualTo("Le pont de Valbrune rouvre enfin");
        Set<String> listedElsewhere = Set.of(CaptureBatch.normalise("Le pont de Valbrune rouvre enfin"));
        Article batch = ((Extraction.Extracted) extractor.extract(Capture.text("pont.txt", page), listedElsewhere)).article();
        assertThat(batch.title()).as("the batch's other pages list the headline: it recurs, and is still this one's").isEqualTo(a.title());
        String slideshow = page.replace("© Jean Morel / Agence du Val", "1/3\n©AFP")
                .replace(", le 24 octobre 2019 à Valbrune", " sur la rive gauche de la Sarne");
        Article b = ((Extraction.Extracted) extractor.extract(Capture.text("pont.txt", slideshow))).article();
        assertThat(b.title()).as("a caption above a slide counter and a bare credit").isEqualTo("Le pont de Valbrune rouvre enfin");
    }

    @Test
    void theHeadlineIsNoListEntryNorAPictureOrFormInBrackets() {
        String page = """
                • Le marché de Noël ouvre ses portes samedi sur la place du Bourg
                * Les pompiers de Valbrune fêtent les cent ans de leur caserne
                1. Les travaux de la rocade prendront fin en septembre
                2. La fanfare de Valbrune recrute de nouveaux musiciens
                Le pont de Valbrune rouvre enfin
                [pont-valbrune-inauguration-1260x350]
                Rechercher : [                    ] [Valider]
                Après dix-huit mois de chantier, le vieux pont de pierre de Valbrune a rouvert ce jeudi à la circulation, sous les applaudissements des riverains venus nombreux.
                Le chantier a coûté 4,2 millions d'euros, financés pour moitié par la région, selon les services de la mairie qui promettent un bilan détaillé.
                """;
        Article a = ((Extraction.Extracted) extractor.extract(Capture.text("pont.txt", page))).article();
        assertThat(a.title()).isEqualTo("Le pont de Valbrune rouvre enfin");
    }

    @Test
    void aTitleCaseHeadlineTheLeadRestatesIsNoMenuRow() {
        String page = """
                Valley Daily
                Bridge Over Sarne River Reopens After Floods
                Valbrune residents crossed the reopened bridge over the Sarne river on Monday, after floods had closed it since last spring.
                The repairs cost 4.2 million euros, half of it paid by the region, according to the town hall, which promised a detailed report.
                """;
        Article a = ((Extraction.Extracted) extractor.extract(Capture.text("bridge.txt", page))).article();
        assertThat(a.title()).isEqualTo("Bridge Over Sarne River Reopens After Floods");
    }

    @Test
    void theArticleGoesOnAcrossAnInlineReadAlsoBox() {
        String page = """
                Le pont de Valbrune rouvre enfin
                Après dix-huit mois de chantier, le vieux pont de pierre de Valbrune a rouvert ce jeudi à la circulation, sous les applaudissements des riverains venus nombreux.
                Les travaux ont permis de consolider les piles, de refaire le tablier et d'élargir les trottoirs, qui accueillent désormais une piste cyclable dans les deux sens.
                Lire aussi
                Les crues de l'hiver emportent deux passerelles
                La rocade fermée tout l'été
                Le chantier a coûté 4,2 millions d'euros, financés pour moitié par la région, selon les services de la mairie qui promettent un bilan détaillé.
                Le maire a annoncé une fête de quartier pour célébrer la réouverture, le premier samedi de juin, sur les deux rives de la Sarne.
                """;
        String text = ((Extraction.Extracted) extractor.extract(Capture.text("pont.txt", page))).article().text();
        assertThat(text).contains("Après dix-huit mois", "Le chantier a coûté", "fête de quartier")
                .doesNotContain("Lire aussi", "passerelles", "rocade");
    }

    @Test
    void theArticleGoesOnAcrossAListOfItsOwn() {
        String page = """
                Le gâteau de la fête du pont
                Pour la réouverture du pont, la boulangerie de la place du Bourg a imaginé un gâteau aux noix et au miel que tout le quartier a goûté samedi.
                Le boulanger, Paul Kerbrat, en a donné la recette à nos lecteurs, qui la lui réclamaient depuis des semaines sur le marché.
                Ingrédients
                200 g de farine
                150 g de noix
                100 g de miel
                3 œufs
                1 sachet de levure
                Mélangez la farine et la levure, ajoutez les œufs un à un, puis le miel tiédi, et terminez par les noix grossièrement concassées.
                Faites cuire quarante minutes à four moyen et laissez refroidir avant de démouler, conseille le boulanger.
                """;
        String text = ((Extraction.Extracted) extractor.extract(Capture.text("gateau.txt", page))).article().text();
        assertThat(text).contains("a imaginé un gâteau", "150 g de noix", "Faites cuire quarante minutes");
    }

    @Test
    void theArticleGoesOnAcrossItsOwnSubheadingsAndListsUnderShortParagraphs() {
        String page = """
                Accueil
                Les cinq outils du jardinier de Valbrune
                Le jardin partagé de Valbrune prête ses outils depuis le printemps, et les jardiniers en ont choisi cinq qu'ils jugent indispensables.
                Les outils de base
                1. La bêche
                Elle retourne la terre lourde de la vallée avant les semis, et les anciens du jardin la préfèrent à toute autre pour les allées.
                Nos conseils :
                • Une bêche à manche de frêne
                • Une bêche à lame forgée
                2. Le sécateur
                Il taille les rosiers du jardin sans abîmer les tiges, à condition de l'affûter chaque mois à la meule de la cabane commune.
                Nos conseils :
                • Un sécateur à enclume
                • Un sécateur à lames croisées
                3. L'arrosoir
                Le jardin en prête quatre, à rendre le soir à la cabane, et les enfants de l'école viennent les remplir au puits le mercredi.
                """;
        String text = ((Extraction.Extracted) extractor.extract(Capture.text("outils.txt", page))).article().text();
        assertThat(text).contains("prête ses outils", "La bêche", "la terre lourde", "Un sécateur à enclume", "à rendre le soir")
                .doesNotContain("Accueil");
    }

    @Test
    void aRankAndATitleCaseSubheadingDoNotEndTheArticle() {
        String page = """
                Les meilleures écoles du Val
                Le classement annuel des écoles de la vallée paraît ce mois-ci, établi à partir des résultats aux examens et des avis des familles interrogées.
                Why Families Choose These Schools
                #1
                École du Pont
                L'école du Pont arrive en tête pour la troisième année de suite, grâce à ses classes de vingt élèves et à sa bibliothèque ouverte le samedi matin.
                #2
                École des Halles
                L'école des Halles la suit de près, portée par son atelier de musique et par la cantine que les parents gèrent eux-mêmes depuis dix ans.
                """;
        String text = ((Extraction.Extracted) extractor.extract(Capture.text("ecoles.txt", page))).article().text();
        assertThat(text).contains("Le classement annuel", "Why Families Choose These Schools", "grâce à ses classes", "atelier de musique");
    }

    @Test
    void aParagraphLeftBrokenIntoLinesIsStillProse() {
        String page = """
                Accueil
                Le pont de Valbrune rouvre après dix-huit mois de travaux
                Le vieux pont de pierre de Valbrune a rouvert jeudi matin à la circulation,
                sous les applaudissements des riverains venus très nombreux pour
                assister à la cérémonie organisée par la mairie sur les deux rives
                de la Sarne.
                Les travaux ont permis de consolider les quatre piles du pont, de refaire
                entièrement le tablier et d'élargir les trottoirs, qui accueillent
                désormais une piste cyclable dans les deux sens de circulation.
                """;
        Article article = ((Extraction.Extracted) extractor.extract(Capture.text("pont.txt", page))).article();
        assertThat(article.title()).isEqualTo("Le pont de Valbrune rouvre après dix-huit mois de travaux");
        assertThat(article.text()).contains("a rouvert jeudi matin", "sous les applaudissements", "consolider les quatre piles")
                .doesNotContain("Accueil");
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
                org.assertj.core.groups.Tuple.tuple(Provenance.Relation.TRANSLATED_BY, "Paul Durand", null, "fr"),
                org.assertj.core.groups.Tuple.tuple(Provenance.Relation.TRANSLATED_BY, "le Relais", null, "fr"),
                org.assertj.core.groups.Tuple.tuple(Provenance.Relation.SOURCE, "North Ledger", null, "en"),
                org.assertj.core.groups.Tuple.tuple(Provenance.Relation.CITES, "Der Rundblick", null, "de"));
    }

    private static final String ENGLISH_CAPTURE = """
            Skip to main content
            The Harbour Courier
            World   Politics   Money   Culture   Sport
            Sign in   Subscribe

            Money

            Ferry operator cuts winter crossings to the northern islands as fuel costs rise

            By Ada Pennock and Rui Salgado
            Published 2 February 2025, 7:40 | Updated 2 February 2025, 12:10

            Share   Post   Email

            Passengers queue at the northern terminal on Saturday. Mira Holt / Islands Picture Desk

            The island ferry operator will run two crossings a day instead of four from next month, it said on Sunday, blaming a rise in fuel costs that it cannot pass on to passengers.

            Residents of the northern islands said the cuts would make it harder to reach the hospital and the secondary school on the mainland.

            Read more: Island schools struggle to keep teachers

            The operator said it would review the timetable in the spring, once the price of fuel had settled.

            Get the Harbour Courier’s evening briefing in your inbox every weekday.
            Sign up for our newsletter

            Topics: Ferries   Islands   Transport

            © 2025 The Harbour Courier Ltd. All rights reserved.
            """;

    private Article extract(String capture) {
        return ((Extraction.Extracted) extractor.extract(Capture.text("x.txt", capture))).article();
    }

    @Test
    void theSiteNameLineIsNotTheHeadlineButTheOutlet() {
        Article a = extract(ENGLISH_CAPTURE);
        assertThat(a.title()).isEqualTo("Ferry operator cuts winter crossings to the northern islands as fuel costs rise");
        assertThat(a.outlet()).isEqualTo("The Harbour Courier");
    }

    @Test
    void readsSeveralAuthorsAndThePublicationDateBeforeTheUpdate() {
        Article a = extract(ENGLISH_CAPTURE);
        assertThat(a.authors()).containsExactly("Ada Pennock", "Rui Salgado");
        assertThat(a.published()).isEqualTo("2025-02-02T07:40");
    }

    @Test
    void dropsMenusCaptionsAndNewsletterBoxes() {
        assertThat(extract(ENGLISH_CAPTURE).text()).startsWith("The island ferry operator will run")
                .endsWith("once the price of fuel had settled.")
                .doesNotContain("Mira Holt", "Read more", "briefing", "newsletter", "Topics", "Share");
    }

    @Test
    void aMenuRowAndADatelineAreNotTheHeadline() {
        String capture = """
                Accueil Actualité Faits divers Sports Culture Petites annonces Se connecter

                Le pont de Valbrune fermé après une crue exceptionnelle

                Le Veilleur du Val, 4 mars 2025

                Par Jeanne Orsat, Paul Vidal et Anne Roy

                Le pont de pierre de Valbrune a été fermé lundi matin après une crue qui a emporté une partie de la chaussée, ont indiqué les services de la commune.

                Les automobilistes doivent faire un détour de vingt kilomètres par la route de la vallée, le temps que les experts évaluent les dégâts.

                © Le Veilleur du Val 2025. Tous droits réservés.
                """;
        Article a = extract(capture);
        assertThat(a.title()).isEqualTo("Le pont de Valbrune fermé après une crue exceptionnelle");
        assertThat(a.outlet()).isEqualTo("Le Veilleur du Val");
        assertThat(a.authors()).containsExactly("Jeanne Orsat", "Paul Vidal", "Anne Roy");
        assertThat(a.published()).isEqualTo("2025-03-04");
    }

    @Test
    void aPhotoCreditNeverGivesTheOutlet() {
        String capture = """
                Le marché de Valbrune rouvre après six mois de travaux
                Les halles rénovées, samedi matin. © Jean Morel / Images du Val
                Le marché couvert de Valbrune a rouvert samedi après six mois de travaux, au grand soulagement des commerçants qui vendaient sous un chapiteau.
                Les travaux ont coûté deux millions d'euros, selon la mairie, qui promet des loyers inchangés pour les commerçants.
                """;
        Article a = extract(capture);
        assertThat(a.outlet()).isNull();
        assertThat(a.text()).doesNotContain("Jean Morel");
    }

    @Test
    void aSignatureAtTheEndIsAnAuthor() {
        String capture = CAPTURE.replace("Par: Claire Martin | 12.03.2025, 14:05", "12.03.2025")
                .replace("Plus d'articles", "— Louise Fabre, à Valbrune\n\nPlus d'articles");
        assertThat(extract(capture).authors()).containsExactly("Louise Fabre");
    }

    @Test
    void germanFurnitureIsDropped() {
        String capture = """
                Startseite
                Politik   Wirtschaft   Kultur   Sport
                Neue Brücke über den Fluss soll im Herbst eröffnet werden
                Von Anna Keller und Jonas Brandt
                Veröffentlicht am 12. März 2025, 10:15 | Aktualisiert am 12. März 2025, 16:00
                Die neue Brücke über den Fluss soll im Herbst für den Verkehr freigegeben werden, teilte die Stadtverwaltung am Mittwoch mit.
                Die Bauarbeiten hatten sich wegen des harten Winters um mehrere Monate verzögert, wie ein Sprecher der Stadt sagte.
                Lesen Sie auch: Wie die Stadt ihre Brücken saniert
                Der Stadtrat will die Kosten in der nächsten Sitzung erneut prüfen.
                Jetzt den Newsletter abonnieren und nichts verpassen
                Alle Rechte vorbehalten
                """;
        Article a = extract(capture);
        assertThat(a.title()).isEqualTo("Neue Brücke über den Fluss soll im Herbst eröffnet werden");
        assertThat(a.authors()).containsExactly("Anna Keller", "Jonas Brandt");
        assertThat(a.published()).isEqualTo("2025-03-12T10:15");
        assertThat(a.text()).startsWith("Die neue Brücke").endsWith("erneut prüfen.").doesNotContain("Lesen Sie", "Newsletter");
    }

    @Test
    void aUnixTimestampAtTheEndIsTheCaptureToolsNotThePublicationDate() {
        String capture = CAPTURE.replace("Par: Claire Martin | 12.03.2025, 14:05", "Par: Claire Martin") + "\n1741788300\n";
        assertThat(extract(capture).published()).isNull();
    }

    @Test
    void aHashtagHeadlineTakesTheBodysSpelling() {
        String capture = """
                La coopérative de Val-d'Aube a été reprise mercredi par ses salariés, qui ont réuni les fonds nécessaires pour sauver l'entreprise et ses emplois.
                Les salariés veulent relancer la production dès cet été, selon leur représentant.
                #coopérative #ValdAube #reprise #salariés #Économie
                """;
        assertThat(extract(capture).title()).isEqualTo("Coopérative Val-d'Aube reprise salariés");
    }

    /** Issue 14: the longest headline-shaped line of the head is a teaser of another article; the lead tells the headline. */
    @Test
    void theHeadlineIsTheArticlesNotTheLongestTeaserAboveIt() {
        String capture = """
                Accueil Val Sport Culture
                Le marché de Noël de Valbrune accueillera cette année plus de cent exposants venus de toute la région
                Réagir
                Le pont de Valbrune rouvre après les crues
                Par Jeanne Martin
                Les habitants de Valbrune ont retrouvé lundi leur pont, fermé depuis les crues du printemps, après dix-huit mois de travaux qui ont coûté trois millions d'euros.
                Le maire a coupé le ruban devant une centaine de personnes venues de toute la vallée pour l'occasion, sous un beau soleil.
                """;
        Article a = ((Extraction.Extracted) extractor.extract(Capture.text("pont.txt", capture))).article();
        assertThat(a.title()).isEqualTo("Le pont de Valbrune rouvre après les crues");
        Capture wrapped = new Capture("pont.txt", Capture.Format.TEXT, WrappedLinesTest.WRAPPED_AT_60,
                "https://val.example/2025/03/le-pont-du-val-rouvre-apres-dix-huit-mois-de-travaux-A12345.html", null, null, null);
        assertThat(((Extraction.Extracted) extractor.extract(wrapped)).article().title()).isEqualTo("Le pont du Val rouvre après dix-huit mois de travaux");
    }

    @Test
    void rejectsCapturesWithoutArticleText() {
        assertThat(extractor.extract(Capture.text("menu.txt", "Accueil\n\nMenu\n\nConnexion\n"))).isInstanceOf(Extraction.Rejected.class);
    }

    @Test
    void anUncreditedMachineTranslationIsTracedToItsOriginalsLanguage() {
        String capture = """
                2025-02-14 09:12:00
                Le ministre de la Défense de l’Orlavie a reçu jeudi son homologue de Valderia pour préparer le sommet de l’alliance, prévu au printemps.
                Les deux pays veulent présenter un front commun sur les dépenses militaires, un dossier qui divise encore les autres partenaires.
                «Nous devons consacrer au moins 3% [del presupuesto nacional] à notre sécurité commune”, a déclaré le ministre devant la presse.
                La rencontre, prévue de longue date, s’est tenue à huis clos dans la capitale, loin des caméras et des manifestants.
                #ministre #Défense #Orlavie #Valderia #International
                1739524320""";
        Article a = ((Extraction.Extracted) extractor.extract(Capture.text("valderia.txt", capture))).article();
        assertThat(a.provenance()).extracting(Provenance::relation, Provenance::name, Provenance::language)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Provenance.Relation.TRANSLATED_FROM, null, "es"));
    }
}
