// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A later wording that says something else: a number replaced, a negation dropped or added; not a shortened quote. */
class MeaningChangeTest {

    /** Folded words, as TopicAlerts keeps them. */
    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    @Test
    void aNumberReplacedIsAChange() {
        assertThat(MeaningChange.between(words("les pertes atteignent 24 milliards de tonnes par an"),
                words("les pertes atteignent 42 milliards de tonnes par an"), "fr")).contains("the number 24 became 42");
    }

    @Test
    void aNumberCutFromAShorterQuoteIsNone() {
        assertThat(MeaningChange.between(words("les pertes atteignent 24 milliards de tonnes par an"),
                words("les pertes atteignent des milliards de tonnes par an"), "fr")).isEmpty();
    }

    @Test
    void negationsDroppedOrAddedInEachLanguageWithAFile() {
        assertThat(MeaningChange.between(words("we will not close the plant this year"), words("we will close the plant this year"), "en"))
                .contains("its negation was dropped");
        assertThat(MeaningChange.between(words("we will close the plant this year"), words("we won't close the plant this year"), "en"))
                .contains("a negation was added");
        assertThat(MeaningChange.between(words("wir werden das Werk dieses Jahr schließen"), words("wir werden das Werk dieses Jahr nicht schließen"), "de"))
                .contains("a negation was added");
        assertThat(MeaningChange.between(words("cerraremos la planta este mismo año"), words("no cerraremos la planta este mismo año"), "es"))
                .contains("a negation was added");
        assertThat(MeaningChange.between(words("we will not close the plant this year"), words("we will close the plant this year"), "xx"))
                .as("a language without a file compares numbers only").isEmpty();
    }

    @Test
    void twoDifferentStatementsAreNotOneRewording() {
        assertThat(MeaningChange.between(words("le barrage tiendra"), words("le barrage ne tiendra pas"), "fr"))
                .as("too few words to call them one statement").isEmpty();
        assertThat(MeaningChange.between(words("nous évacuons le hameau des Aubiers cette nuit"),
                words("les experts ne sont pas attendus avant mardi à Valbrune"), "fr")).isEmpty();
    }
}
