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
    @ValueSource(strings = {"Skip to main content", "Most read", "Startseite", "Anmelden", "Les plus lus", "Iniciar sesión"})
    void navigationWordsInEachLanguage(String line) {
        assertThat(Furniture.kindOf(line)).isEqualTo(Furniture.Kind.NAVIGATION);
    }

    @Test
    void proseMentioningANewsletterStaysProse() {
        assertThat(Furniture.kindOf("La mairie a annoncé la création d'une newsletter municipale pour informer les habitants des travaux "
                + "prévus dans le centre-ville au cours des deux prochaines années.")).isNull();
    }
}
