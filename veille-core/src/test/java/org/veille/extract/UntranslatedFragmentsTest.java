// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UntranslatedFragmentsTest {

    private final UntranslatedFragments fragments = new UntranslatedFragments();

    /** A French article's lead, so that the article's language is plain. */
    private static final String FRENCH_LEAD = "Le gouvernement de l'Orlavie a présenté mercredi son budget pour l'année prochaine. "
            + "La ministre des Finances, qui était attendue sur la dette, a défendu un texte de rigueur devant les députés.\n\n";
    private static final String ENGLISH_LEAD = "The government of Orlavia presented its budget for next year on Wednesday. "
            + "The finance minister, who was expected to speak about the debt, defended a strict bill before the members of parliament.\n\n";
    private static final String GERMAN_LEAD = "Die Regierung von Orlavien hat am Mittwoch ihren Haushalt für das kommende Jahr vorgestellt. "
            + "Die Finanzministerin, die sich zu den Schulden äußern sollte, verteidigte vor den Abgeordneten einen strengen Entwurf.\n\n";

    @Test
    void aSpanishInsertionInAFrenchQuotationShowsASpanishOriginal() {
        String body = FRENCH_LEAD + "« Nous ne descendrons jamais sous les 3 % [del presupuesto nacional] pour la recherche », a-t-elle assuré.";
        assertThat(fragments.originalLanguage(body)).contains("es");
    }

    @Test
    void anInsertionMayCapitaliseItsNounsAndKeepAnAcronym() {
        String body = FRENCH_LEAD + "«C’est lui qui nous a poussés à consacrer enfin 2 % [del PIB en Vivienda]”, a rappelé la ministre.";
        assertThat(fragments.originalLanguage(body)).contains("es");
    }

    @Test
    void anEnglishInsertionInAGermanQuotationShowsAnEnglishOriginal() {
        String body = GERMAN_LEAD + "„Wir werden künftig mindestens zwei Prozent [of the budget on research] ausgeben“, sagte die Ministerin.";
        assertThat(fragments.originalLanguage(body)).contains("en");
    }

    @Test
    void aGermanInsertionInAnEnglishQuotationShowsAGermanOriginal() {
        String body = ENGLISH_LEAD + "\"We will spend far more [für die Forschung] than the last government ever did,\" the minister said.";
        assertThat(fragments.originalLanguage(body)).contains("de");
    }

    @Test
    void anInsertionInTheArticlesOwnLanguageShowsNothing() {
        assertThat(fragments.originalLanguage(FRENCH_LEAD + "« Il [le ministre des Finances] nous a menti sur la dette », a lancé une députée."))
                .isEmpty();
    }

    @Test
    void aQuotationLeftInItsLanguageIsNotATranslation() {
        // a French article quoting an English speaker verbatim, the bracket in English too
        String body = FRENCH_LEAD + "La ministre a prévenu : « We will never accept [the terms of] this deal », avant de quitter la salle.";
        assertThat(fragments.originalLanguage(body)).isEmpty();
    }

    @Test
    void aTermGivenInItsOriginalLanguageIsNotATranslation() {
        String body = FRENCH_LEAD + "« Nous avons avec Londres une relation spéciale [special relationship] qui dure », a dit la ministre.";
        assertThat(fragments.originalLanguage(body)).isEmpty();
    }

    @Test
    void namesInBracketsAreNotInsertions() {
        assertThat(fragments.originalLanguage(FRENCH_LEAD + "« Il [del Bosque] nous a soutenus dès le début », a dit la ministre.")).isEmpty();
        assertThat(fragments.originalLanguage(FRENCH_LEAD + "« Elle [von der Leyen] nous a soutenus dès le début », a dit la ministre.")).isEmpty();
        assertThat(fragments.originalLanguage(FRENCH_LEAD + "« Ils [Partido de los Trabajadores] nous ont soutenus », a dit la ministre.")).isEmpty();
    }

    @Test
    void titlesInBracketsAreNotInsertions() {
        assertThat(fragments.originalLanguage(FRENCH_LEAD + "« J'ai relu ce roman [El amor en los tiempos del cólera] cet été », a confié la ministre."))
                .isEmpty();
    }

    @Test
    void aBracketOutsideAQuotationIsNotAnInsertion() {
        assertThat(fragments.originalLanguage(FRENCH_LEAD + "Le budget atteindra 3 % [del presupuesto nacional] l'an prochain.")).isEmpty();
    }

    @Test
    void insertionsInTwoLanguagesCancelEachOther() {
        String body = FRENCH_LEAD + "« Nous ne descendrons jamais sous les 3 % [del presupuesto nacional] pour la recherche », a-t-elle assuré.\n\n"
                + "« Nous dépenserons plus [of the budget on research] que jamais », a-t-elle ajouté.";
        assertThat(fragments.originalLanguage(body)).isEmpty();
    }
}
