// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Role-name appositions found in short invented texts, in each form news print them. */
class RoleMinerTest {

    private static final RoleMiner MINER = new RoleMiner();

    private static List<RoleMiner.Sighting> in(String text) {
        return MINER.sightings(text);
    }

    @Test
    void aRoleThenACommaThenTheName() {
        assertThat(in("Selon la ministre de la Santé, Anne Duchemin, le virus recule."))
                .containsExactly(new RoleMiner.Sighting("ministre de la santé", "Anne Duchemin", true));
    }

    @Test
    void aRoleThenTheNameWithoutAComma() {
        assertThat(in("La ministre de la Santé Anne Duchemin a rappelé les règles."))
                .containsExactly(new RoleMiner.Sighting("ministre de la santé", "Anne Duchemin", false));
        assertThat(in("Le ministre de l'Intérieur Paul Verdier s'est rendu à Lyon."))
                .containsExactly(new RoleMiner.Sighting("ministre de l'intérieur", "Paul Verdier", false));
    }

    @Test
    void theNameThenACommaThenTheRole() {
        assertThat(in("Anne Duchemin, ministre de la Santé, a rappelé les règles."))
                .containsExactly(new RoleMiner.Sighting("ministre de la santé", "Anne Duchemin", true));
        assertThat(in("Il a croisé Anne Duchemin, la ministre de la Santé, à Paris."))
                .containsExactly(new RoleMiner.Sighting("ministre de la santé", "Anne Duchemin", true));
    }

    @Test
    void complementsRunOverLinksAndAdjectivesUpToTheName() {
        assertThat(in("Le ministre de l'Économie et des Finances, Paul Verdier, a parlé."))
                .containsExactly(new RoleMiner.Sighting("ministre de l'économie et des finances", "Paul Verdier", true));
        assertThat(in("La ministre de la Transition écologique Anne Duchemin a parlé."))
                .containsExactly(new RoleMiner.Sighting("ministre de la transition écologique", "Anne Duchemin", false));
        assertThat(in("Le porte-parole du gouvernement, Paul Verdier, a parlé."))
                .containsExactly(new RoleMiner.Sighting("porte-parole du gouvernement", "Paul Verdier", true));
    }

    @Test
    void aRoleInsideAnotherRolesComplementIsNoHead() {
        assertThat(in("Le secrétaire d'État auprès du ministre de l'Intérieur, Paul Verdier, a parlé."))
                .containsExactly(new RoleMiner.Sighting("secrétaire d'état auprès du ministre de l'intérieur", "Paul Verdier", true));
    }

    @Test
    void noSightingOfABareRoleAFormerRoleAPersonsRoleOrAClashingGender() {
        assertThat(in("Le ministre Paul Verdier a parlé.")).isEmpty();
        assertThat(in("L'ancien ministre de l'Intérieur, Paul Verdier, a parlé.")).isEmpty();
        assertThat(in("Le ministre de l'Intérieur de l'époque, Paul Verdier, a parlé.")).isEmpty();
        assertThat(in("L'acteur américain Paul Verdier a parlé.")).isEmpty();
        assertThat(in("Le fils de Paul Verdier, Marc Lavigne, a parlé.")).isEmpty();
        assertThat(in("La ministre de la Santé Paul Verdier a parlé.")).isEmpty();
    }

    @Test
    void aNameNeedsAKnownFirstNameAndTwoToFourWords() {
        assertThat(in("Le ministre de l'Intérieur, Verdier, a parlé.")).isEmpty();
        assertThat(in("Le maire de Paris, Zorglub Verdier, a parlé.")).isEmpty();
        assertThat(in("Selon Paul Verdier, ministre de l'Intérieur, tout va bien."))
                .containsExactly(new RoleMiner.Sighting("ministre de l'intérieur", "Paul Verdier", true));
    }
}
