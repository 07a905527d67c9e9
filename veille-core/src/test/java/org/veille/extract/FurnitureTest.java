// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FurnitureTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Accueil   Actualité   Faits divers   Sports   Petites annonces   Se connecter",
            "Accueil Actualité Faits divers Sports Culture Petites annonces Se connecter",
            "World   Politics   Money   Culture",
            "Sign in   Subscribe",
            "Share   Post   Email   Save",
            "Le Veilleur du Val | Valbrune | Commerce",
            "Accueil > Monde > Europe",
            "Politik Wirtschaft Kultur Sport Wissen"})
    void menuRowsAreNavigation(String line) {
        assertThat(Furniture.kindOf(line)).isEqualTo(Furniture.Kind.NAVIGATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Le pont de Valbrune fermé après une crue exceptionnelle",
            "Valbrune : une fissure découverte sur le barrage",
            "Ferry Operator Cuts Winter Crossings to the Islands",
            "Budget 2025 | Ce qui change pour les familles cette année",
            "Par: Claire Martin | 12.03.2025, 14:05",
            "Jeanne Orsat"})
    void headlinesBylinesAndNamesAreNotMenus(String line) {
        assertThat(Furniture.isMenuRow(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Les halles rénovées, samedi matin.© Jean Morel / Images du Val",
            "© Jean Morel Source: AFP",
            "Passengers queue at the terminal on Saturday. Mira Holt / Islands Picture Desk",
            "Photograph: Mira Holt/Islands",
            "Photo : Jean Morel"})
    void photoCreditsAreCaptions(String line) {
        assertThat(Furniture.kindOf(line)).isEqualTo(Furniture.Kind.CAPTION);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "© Le Veilleur du Val 2025. Tous droits réservés.",
            "© 2025 The Harbour Courier Ltd. All rights reserved.",
            "Alle Rechte vorbehalten"})
    void copyrightNoticesAreLegal(String line) {
        assertThat(Furniture.kindOf(line)).isEqualTo(Furniture.Kind.LEGAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Recevez chaque soir l'essentiel de l'actualité dans votre boîte mail.",
            "Get the Courier’s evening briefing in your inbox every weekday.",
            "Je m'inscris à la newsletter",
            "Enter your email address",
            "Jetzt den Newsletter abonnieren"})
    void newsletterBoxesArePromotion(String line) {
        assertThat(Furniture.kindOf(line)).isEqualTo(Furniture.Kind.PROMO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Skip to main content", "Most read", "Startseite", "Anmelden", "Les plus lus", "Iniciar sesión",
            "Permalink https://example.org/p/7Xa2", "Wird geladen", "Inhaltsverzeichnis",
            "Je m'abonne", "Copier le lien", "Écouter cet article", "Contenus sponsorisés", "Link kopieren", "Copy link"})
    void navigationWordsInEachLanguage(String line) {
        assertThat(Furniture.kindOf(line)).isEqualTo(Furniture.Kind.NAVIGATION);
    }

    @Test
    void aRankIsNoHashtag() {
        assertThat(Furniture.isHashtagLine("#valbrune #pont #crue")).isTrue();
        assertThat(Furniture.kindOf("#1")).isNull();
        assertThat(Furniture.isHashtagLine("#2 Université du Val")).isFalse();
    }

    @Test
    void proseMentioningANewsletterStaysProse() {
        assertThat(Furniture.kindOf("La mairie a annoncé la création d'une newsletter municipale pour informer les habitants des travaux "
                + "prévus dans le centre-ville au cours des deux prochaines années.")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "If you enjoyed reading this post, would you consider supporting our work? Just click here.",
            "First-time subscribers also receive a tote bag with their order.",
            "For the latest stories and updates download the Harbour Courier app on your phone.",
            "Unterstützen Sie unsere Arbeit mit einer Spende.",
            "Jetzt für den Wochenbrief des Vereins anmelden",
            "ANZEIGE - Heute mal ausgehen? Wie wäre es mit:",
            "¿Ya sabías que tenemos canal de Telegram? Únete aquí.",
            "Dieses Skript als PDF herunterladen",
            "Möchten Sie den Artikel teilen?",
            "Sie müssen angemeldet sein, um einen Kommentar zu schreiben.",
            "Your email address will not be published.",
            "(Noch keine Bewertungen)",
            "4 Min Read",
            "You are using a browser version with limited support for CSS.",
            "Wir respektieren deine Privatsphäre",
            "For the latest stories download the Harbour Courier apps for iOS and Android.",
            "Gefällt mir Wird geladen …",
            "Zapraszamy też do subskrypcji naszego tygodnika",
            "Cet article est réservé aux abonnés.", "Il vous reste 80 % de cet article à lire.", "1 mois offert, sans engagement",
            "Votre navigateur n'est pas à jour", "Lecture : 3 min",
            "Merkblatt vom 3. Mai 2021PDF | 38 KB | Datei ist nicht barrierefrei"})
    void supportSubscriptionAndReadingToolsArePromotion(String line) {
        assertThat(Furniture.kindOf(line)).isEqualTo(Furniture.Kind.PROMO);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Dieser Beitrag enthält Affiliate-Links: kaufen Sie über sie, erhalten wir eine Provision.",
            "This article is the property of the Harbour Courier. Written permission is required to reproduce it.",
            "The Courier is not responsible for the opinions expressed in readers' letters.",
            "This post contains references to products from one or more of our advertisers.",
            "We may receive compensation when you click on links to those products."})
    void affiliateAndReproductionNoticesAreLegal(String line) {
        assertThat(Furniture.kindOf(line)).isEqualTo(Furniture.Kind.LEGAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Werden Sie Teil der Gemeinschaft und unterstützen Sie uns dabei, den Park sauber zu halten.",
            "With a network of affiliates around the world, the foundation publishes free licences.",
            "Um Beiträge einzureichen, müssen Sie registriert und eingeloggt sein.",
            "Die Lesezeit der Schüler hat sich in zehn Jahren halbiert, sagt die Studie."})
    void proseWithThoseWordsStaysProse(String line) {
        assertThat(Furniture.kindOf(line)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Abbildung 4: Die Schneedecke im Profil.", "Fig. 2: The telescope's mirror", "Beitragsbild: Hafen im Nebel",
            "Jana Novak, photo: Agence du Val", "(Credit: Mira Holt / Islands Picture Desk)",
            "Nach dem Gespräch: der Minister beantwortet Fragen  Foto: Jana Novak/Agentur Val"})
    void figureCaptionsAreCaptions(String line) {
        assertThat(Furniture.kindOf(line)).isEqualTo(Furniture.Kind.CAPTION);
    }

    @Test
    void aRowOfCapitalisedWordsIsNavigationForItsShapeAloneUnlessItsWordsSaySo() {
        assertThat(Furniture.kindOf("Keep Your Teeth Healthy")).isEqualTo(Furniture.Kind.NAVIGATION);
        assertThat(Furniture.isSpacedRowOnly("Keep Your Teeth Healthy")).isTrue();
        assertThat(Furniture.isSpacedRowOnly("Home | News | Sport")).as("kept apart by separators").isFalse();
        assertThat(Furniture.isSpacedRowOnly("Top Stories")).as("furniture's words").isFalse();
    }
}
