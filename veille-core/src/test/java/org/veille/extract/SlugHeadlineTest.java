// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veille.extract.HeadlineCaptures.capture;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlugHeadlineTest {

    private static final List<String> LINES = List.of(
            "Le marché de Noël de Valbrune ouvre ses portes samedi",
            "Crues : le pont de Valbrune rouvre après dix-huit mois",
            "Les habitants du Val ont retrouvé lundi leur pont, fermé depuis les crues du printemps dernier.");

    @Test
    void theLineTheSlugSpells() {
        String url = "https://journal.example/val/crues-le-pont-de-valbrune-rouvre-apres-18-mois-ART0001234.html";
        assertThat(new SlugHeadline().headline(capture(LINES, 2, url, Set.of(), Set.of()))).isEqualTo(1);
    }

    @Test
    void noAnswerWithoutASlugOfWords() {
        assertThat(new SlugHeadline().headline(capture(LINES, 2))).isEqualTo(-1);
        assertThat(new SlugHeadline().headline(capture(LINES, 2, "https://journal.example/articles/1234567", Set.of(), Set.of()))).isEqualTo(-1);
        assertThat(new SlugHeadline().headline(capture(LINES, 2, "https://journal.example/val/elections-municipales-resultats", Set.of(), Set.of())))
                .as("a slug no line spells").isEqualTo(-1);
    }

    @Test
    void slugWordsLeaveIdsAndExtensionsOut() {
        assertThat(SlugHeadline.slugWords("https://j.example/a/orages-20-departements-en-vigilance-CNT000001r8XNP.html", HeadlineCaptures.WORDS))
                .containsExactly("orages", "departements", "vigilance");
    }

    @Test
    void ofTwoSegmentsAsWordyTheLaterIsTheArticles() {
        assertThat(SlugHeadline.slugWords("https://j.example/idees-faites-pour-durer/pont-valbrune-rouvre", HeadlineCaptures.WORDS))
                .containsExactly("pont", "valbrune", "rouvre");
    }

    @Test
    void aShortSlugNamesTheShortLineItSpells() {
        List<String> lines = List.of("Accueil", "Nachhaltig leben", "Alternativen zur Konsumgesellschaft im Alltag",
                "Politik und Wirtschaft haben in Sachen Klimaschutz die großen Räder zu drehen, aber sie drehen sie nur langsam.");
        String url = "https://verband.example/engagieren/nachhaltig-leben";
        assertThat(new SlugHeadline().headline(capture(lines, 3, url, Set.of(), Set.of(0), Set.of(1)))).isEqualTo(1);
        assertThat(new SlugHeadline().headline(capture(lines, 3, "https://verband.example/nachhaltig-leben/alltag.html", Set.of(), Set.of(0), Set.of(1))))
                .as("the section's segment, not the page's").isEqualTo(-1);
    }

    @Test
    void aShortSlugLeavesTheLongerLineHoldingItsWords() {
        List<String> lines = List.of("Mesh WiFi explained for beginners", "Mesh WiFi",
                "A mesh network spreads one wireless network over several access points in a home.");
        String url = "https://tech.example/guides/mesh-wifi";
        assertThat(new SlugHeadline().headline(capture(lines, 2, url, Set.of(), Set.of(), Set.of(1)))).isEqualTo(-1);
    }

    @Test
    void anAddressSpellsUmlautsWithAnE() {
        assertThat(SlugHeadline.slugWords("https://blog.example/2019/11/17/elektro-zapfsaeulen-strasse/", HeadlineCaptures.WORDS))
                .isEqualTo(HeadlineCaptures.WORDS.of("Elektro-Zapfsäulen Straße"));
    }
}
