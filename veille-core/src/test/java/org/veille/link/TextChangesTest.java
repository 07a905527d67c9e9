// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Sentence changes on excerpts of real near copies: AFP dispatches that OrangeSum
 * ({@code ../shared/data/french-news/orangesum}) holds under two ids, an outlet's edit beside the wire.
 */
class TextChangesTest {

    private final TextChanges changes = new TextChanges();

    /** OrangeSum 821, 17 June 2020, the wire's version. */
    private static final String MADDIE_WIRE = "Les enquêteurs disposent de \"preuves\" que la petite Britannique Madeleine McCann, "
            + "disparue en 2007 au Portugal, est morte, a indiqué mercredi un porte-parole du parquet de Brunswick, en Allemagne. "
            + "Le suspect a fait une demande de remise en liberté qui n'aboutira pas, selon le parquet. Il est en effet visé par "
            + "une demande d'extradition au Portugal pour le viol d'une femme de 72 ans.";
    /** OrangeSum 825, the same day: an editorial question opens it, the lead is reworded. */
    private static final String MADDIE_EDIT = "Se rapproche-t-on d'un épilogue dans l'affaire Maddie, 13 ans après la disparition "
            + "de la fillette ? Les enquêteurs allemands disposent de \"preuves\" que la petite Britannique Madeleine McCann est "
            + "morte, a annoncé mercredi 17 juin un porte-parole du parquet de Brunswick, en Allemagne. Le suspect a fait une "
            + "demande de remise en liberté qui n'aboutira pas, selon le parquet. Il est en effet visé par une demande "
            + "d'extradition au Portugal pour le viol d'une femme de 72 ans.";

    @Test
    void anInsertedEditorialLineIsAddedAndAReworkedLeadChanged() {
        TextChanges.Changes c = changes.compare(MADDIE_WIRE, MADDIE_EDIT);
        assertThat(c.kept()).isEqualTo(2);
        assertThat(c.added()).containsExactly(
                "Se rapproche-t-on d'un épilogue dans l'affaire Maddie, 13 ans après la disparition de la fillette ?");
        assertThat(c.cut()).isEmpty();
        assertThat(c.changed()).singleElement().satisfies(change -> {
            assertThat(change.from()).startsWith("Les enquêteurs disposent");
            assertThat(change.to()).startsWith("Les enquêteurs allemands disposent");
            assertThat(change.inserted()).containsExactly("allemands", "annoncé", "17 juin");
            assertThat(change.removed()).containsExactly("disparue en 2007 au Portugal", "indiqué");
        });
    }

    @Test
    void theSameTextComparedWithItselfHasNoChangeAndWhiteSpaceIsNotAChange() {
        TextChanges.Changes same = changes.compare(MADDIE_WIRE, MADDIE_WIRE.replace(" ", "\u00a0").replace(". ", ".\n\n"));
        assertThat(same.kept()).isEqualTo(3);
        assertThat(same.added()).isEmpty();
        assertThat(same.cut()).isEmpty();
        assertThat(same.changed()).isEmpty();
    }

    @Test
    void aSentenceTheCopyLeavesOutIsCutAndAnUnrelatedOneIsNotAChange() {
        String dropped = MADDIE_WIRE.substring(0, MADDIE_WIRE.indexOf(" Il est en effet"));
        TextChanges.Changes c = changes.compare(MADDIE_WIRE, dropped + " Une réunion publique est prévue lundi à Dijon.");
        assertThat(c.cut()).containsExactly("Il est en effet visé par une demande d'extradition au Portugal pour le viol d'une femme de 72 ans.");
        assertThat(c.added()).containsExactly("Une réunion publique est prévue lundi à Dijon.");
        assertThat(c.changed()).isEmpty();
    }

    /**
     * OrangeSum 2361 and 2360, 15 June 2020: the later version inserts a sentence, which the capture glued to the
     * next paragraph ("Balladur.Ce"); the splitter cuts it apart, so it shows as added and the next one as kept.
     */
    @Test
    void aSentenceGluedToTheNextIsAddedOnItsOwn() {
        String opening = "Le tribunal correctionnel de Paris a durement sanctionné les anciens proches de l'ex-Premier ministre "
                + "Edouard Balladur, dont certains ne pouvaient ignorer \"l'origine douteuse\" des fonds versés sur le compte de la "
                + "campagne présidentielle de 1995 et issus de rétrocommissions illégales.";
        String next = "Ce premier jugement sonne comme un avertissement pour l'ancien Premier ministre et son ministre de la Défense "
                + "François Léotard, dont le procès aura lieu dans les prochains mois devant la Cour de justice de la République "
                + "(CJR), seule habilitée à juger les ministres pour des infractions commises au cours de leur mandat.";
        String inserted = "Il estime qu'entre six et dix millions de francs ont atterri illégalement sur le compte de campagne de M. Balladur.";
        TextChanges.Changes c = changes.compare(opening + " " + next, opening + " " + inserted + next);
        assertThat(c.kept()).isEqualTo(2);
        assertThat(c.added()).containsExactly(inserted);
        assertThat(c.cut()).isEmpty();
        assertThat(c.changed()).isEmpty();
    }

    /** OrangeSum 4335 and 4192, 16 and 17 June 2020: a grammar fix and a typo fix are changes, not a cut and an addition. */
    @Test
    void aCorrectedSentenceIsChanged() {
        TextChanges.Changes c = changes.compare(
                "Pourtant qui était là pour faire face à Mohamed Merah ? Qui étaient présents au Bataclan et tant d'autres endroits ? "
                        + "A Bobigny, une centaine de policiers en uniforme et en civil se sont réunis à 13H00 devant de tribunal.",
                "Pourtant qui était là pour faire face à Mohamed Merah ? Qui était présent au Bataclan et tant d'autres endroits ? "
                        + "A Bobigny, une centaine de policiers en uniforme et en civil se sont réunis à 13H00 devant le tribunal.");
        assertThat(c.kept()).isEqualTo(1);
        assertThat(c.changed()).hasSize(2);
        assertThat(c.changed().get(0).removed()).containsExactly("étaient présents");
        assertThat(c.changed().get(0).inserted()).containsExactly("était présent");
        assertThat(c.changed().get(1).removed()).containsExactly("de");
        assertThat(c.changed().get(1).inserted()).containsExactly("le");
    }

    @Test
    void overlapCountsWordsInCommonOnTheLongerSentence() {
        assertThat(TextChanges.overlap(Set.of("a", "b", "c", "d"), Set.of("a", "b"))).isEqualTo(0.5);
        assertThat(TextChanges.overlap(Set.of(), Set.of())).isZero();
    }
}
