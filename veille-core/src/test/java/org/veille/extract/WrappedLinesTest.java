// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrappedLinesTest {

    /**
     * An invented article as w3m dumps it: paragraphs wrapped at 60 columns, a blank line between them, a wrapped
     * teaser of another article above it.
     */
    static final String WRAPPED_AT_60 = """
            Accueil Sport Culture
            Le marché de Noël de Valbrune accueillera cette année plus
            de cent exposants venus de toute la région
            Actualités
            Le pont du Val rouvre après dix-huit mois de travaux

            Les habitants du Val ont retrouvé lundi matin leur pont,
            fermé depuis le printemps dernier après les crues qui
            avaient fragilisé ses piles. Le maire a coupé le ruban
            devant une centaine de personnes venues de toute la vallée.

            Les travaux ont coûté trois millions d'euros, dont la moitié
            versée par la région. Le département a payé le reste, et la
            commune a pris à sa charge les abords du pont.

            Le chantier a pris du retard pendant l'hiver, quand le gel a
            empêché de couler le béton des nouvelles piles pendant six
            semaines.
            Lire aussi
            """;

    private static final WrappedLines.Width AT_60 = new WrappedLines.Width(60, WrappedLines.Measure.CHARACTERS);

    @Test
    void findsTheWidthLinesEndNear() {
        WrappedLines.Width width = WrappedLines.width(WRAPPED_AT_60.lines().toList());
        assertThat(width.columns()).isEqualTo(60);
        assertThat(width.measure()).isEqualTo(WrappedLines.Measure.CHARACTERS);
    }

    @Test
    void tablesAndFileNamesWiderThanTheTextDoNotSetTheWidth() {
        String capture = WRAPPED_AT_60 + """

                Poste                        Coût bas (euros)        Coût haut (euros)

                Salle et repas du soir       15 000                  40 000

                Photographies et film        2 500                   6 000

                Tenues des mariés            3 000                   7 000

                Fleurs et décoration         2 000                   5 000

                Musique                      1 000                   4 000

                [chantier-du-pont-du-val-rouvert-lundi-matin-photo-de-la-mairie-e16142]

                [chantier-du-pont-du-val-rouvert-lundi-matin-photo-de-la-mairie-e16143]
                """;
        assertThat(WrappedLines.width(capture.lines().toList()).columns()).isEqualTo(60);
    }

    @Test
    void rejoinsEachParagraphAndKeepsShortLinesApart() {
        List<String> lines = WrappedLines.rejoin(WRAPPED_AT_60).lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).containsExactly(
                "Accueil Sport Culture",
                "Le marché de Noël de Valbrune accueillera cette année plus de cent exposants venus de toute la région",
                "Actualités",
                "Le pont du Val rouvre après dix-huit mois de travaux",
                "Les habitants du Val ont retrouvé lundi matin leur pont, fermé depuis le printemps dernier après les crues"
                        + " qui avaient fragilisé ses piles. Le maire a coupé le ruban devant une centaine de personnes venues"
                        + " de toute la vallée.",
                "Les travaux ont coûté trois millions d'euros, dont la moitié versée par la région. Le département a payé"
                        + " le reste, et la commune a pris à sa charge les abords du pont.",
                "Le chantier a pris du retard pendant l'hiver, quand le gel a empêché de couler le béton des nouvelles"
                        + " piles pendant six semaines.",
                "Lire aussi");
    }

    @Test
    void indentedContinuationsLoseTheirIndent() {
        String lynx = """
                   Les habitants du Val ont retrouvé lundi matin leur pont, fermé
                   depuis le printemps dernier après les crues qui avaient
                   fragilisé ses piles. Le maire a coupé le ruban devant une
                   centaine de personnes venues de toute la vallée, et le préfet a
                   salué le travail des ouvriers du chantier qui ont tenu les
                   délais.
                """;
        assertThat(WrappedLines.rejoin(lynx).lines().toList()).containsExactly("   Les habitants du Val ont retrouvé lundi matin leur pont,"
                + " fermé depuis le printemps dernier après les crues qui avaient fragilisé ses piles. Le maire a coupé le ruban"
                + " devant une centaine de personnes venues de toute la vallée, et le préfet a salué le travail des ouvriers du"
                + " chantier qui ont tenu les délais.");
    }

    /** lynx counts a line's UTF-8 bytes: "é" takes two columns, so its lines hold fewer accented letters. */
    @Test
    void readsWidthsInBytesWhenTheLinesFitThem() {
        String bytes = """
                Les élèves ont été accueillis à l’école après
                les vacances, et les enseignants avaient préparé des
                activités pour chacun des élèves présents, à la
                satisfaction générale des parents qui étaient venus
                nombreux voir la rentrée des classes et féliciter
                l’équipe enseignante réunie sous le préau décoré
                par les élèves de dernière année.
                """;
        WrappedLines.Width width = WrappedLines.width(bytes.lines().toList());
        assertThat(width.measure()).isEqualTo(WrappedLines.Measure.UTF8_BYTES);
        assertThat(WrappedLines.rejoin(bytes).lines().toList()).hasSize(1);
    }

    @Test
    void aLineThatEndsASentenceBeforeACapitalIsKept() {
        assertThat(WrappedLines.wrapped("Le maire a coupé le ruban devant une centaine de personnes.", "Trois semaines", AT_60)).isFalse();
        assertThat(WrappedLines.wrapped("Le maire a coupé le ruban devant une centaine de personnes", "Trois semaines", AT_60)).isTrue();
        assertThat(WrappedLines.wrapped("Le maire a coupé le ruban devant une centaine de personnes.", "venues", AT_60)).isTrue();
    }

    @Test
    void aLineTheNextWordWouldHaveFitIsNotWrapped() {
        assertThat(WrappedLines.wrapped("Le maire a coupé le ruban devant une centaine", "de personnes", AT_60)).isFalse();
    }

    @Test
    void capturesWithoutAWrapWidthAreUnchanged() {
        String copied = """
                Le pont rouvre
                Les habitants du Val ont retrouvé lundi matin leur pont, fermé depuis le printemps dernier après les crues qui avaient fragilisé ses piles.
                Les travaux ont coûté trois millions d'euros.
                """;
        assertThat(WrappedLines.width(copied.lines().toList())).isNull();
        assertThat(WrappedLines.rejoin(copied)).isSameAs(copied);
    }
}
