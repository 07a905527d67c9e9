// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veille.extract.Provenance.Relation;

class ProvenanceFinderTest {

    private final ProvenanceFinder finder = new ProvenanceFinder();

    @Test
    void citesAPublicationAtTheStartOfASentence() {
        assertThat(finder.citations("According to the Northfield Gazette, the mine supplies a fifth of the region's lithium."))
                .extracting(Provenance::relation, Provenance::name).containsExactly(tuple(Relation.CITES, "Northfield Gazette"));
        assertThat(finder.citations("Selon le Northfield Gazette, la mine fournit un cinquième du lithium."))
                .extracting(Provenance::name).containsExactly("Northfield Gazette");
    }

    @Test
    void citesTheJournalOfAStudy() {
        assertThat(finder.citations("Leur étude, publiée jeudi dans la Revue d'ornithologie des Cimes, décrit une espèce nouvelle."))
                .extracting(Provenance::relation, Provenance::name, Provenance::language)
                .containsExactly(tuple(Relation.CITES, "Revue d'ornithologie des Cimes", "fr"));
        assertThat(finder.citations("The study, published on Thursday in the Journal of Upland Ecology, describes a new species."))
                .extracting(Provenance::name).containsExactly("Journal of Upland Ecology");
    }

    @Test
    void aSourceLineGivesTheLanguageItsNameShows() {
        assertThat(finder.fromCreditLines(List.of("Source: Agence de presse des Cimes")))
                .extracting(Provenance::relation, Provenance::name, Provenance::language)
                .containsExactly(tuple(Relation.SOURCE, "Agence de presse des Cimes", "fr"));
        assertThat(ProvenanceFinder.publicationLanguage("Northfield Gazette")).isNull();
        assertThat(ProvenanceFinder.publicationLanguage("The Northfield Gazette")).isEqualTo("en");
    }

    @Test
    void anUncreditedTranslationShowsItsOriginalByWhatItLeftUntranslated() {
        String body = "Le ministre de l'Orlavie a reçu jeudi son homologue venu de Valderia pour parler de la défense commune.\n\n"
                + "« Nous devons enfin consacrer 2 % [del presupuesto nacional] à notre armée », a-t-il dit devant la presse.";
        assertThat(finder.untranslatedOriginal(List.of(), body))
                .containsExactly(new Provenance(Relation.TRANSLATED_FROM, null, null, "es"));
        List<Provenance> credited = finder.fromCreditLines(List.of("Traduit de l'anglais par Paul Durand"));
        assertThat(finder.untranslatedOriginal(credited, body)).isEmpty();
    }

    @Test
    void translationCreditsAreCreditLines() {
        assertThat(ProvenanceFinder.isCreditLine("Traduit par Paul Durand pour le Relais")).isTrue();
        assertThat(ProvenanceFinder.isCreditLine("Le traducteur a travaillé pour le Relais pendant dix ans.")).isFalse();
    }
}
