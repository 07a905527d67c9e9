// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cross-language rules of the link stage on a real French sentence (the seeds' 000, RT en français on NATO after
 * Trump's election) and its English translation: the English projection ({@link ContentStems#english}), the forms a
 * dictionary lists a word under ({@link LookupForms}), and {@link CrossLanguageMatch} in the clusterer and the linker.
 * The French dictionaries are Debian's FreeDict files, read from a folder holding only them (fast); tests that need
 * them are skipped when they are not installed.
 */
class CrossLanguageRulesTest {

    static final String FRENCH = "Après l’élection inattendue de Donald Trump, qui a fortement remis en cause l’engagement de Washington "
            + "au sein de l’OTAN durant sa campagne, l’Alliance se préparerait à l’éventualité d’un retrait des troupes américaines "
            + "du Vieux continent.";
    static final String ENGLISH = "After the unexpected election of Donald Trump, who strongly questioned Washington's commitment to NATO "
            + "during his campaign, the Alliance is preparing for a possible withdrawal of American troops from the Old Continent.";
    static final String UNRELATED = "Fishing boats return to the ports of Brittany after three months at the quay, and their owners "
            + "welcome the new quotas agreed in Brussels for the North Sea.";

    @TempDir
    static Path dictd;
    static BilingualLexicon french;

    @BeforeAll
    static void frenchDictionaries() throws IOException {
        for (String name : List.of("freedict-fra-eng", "freedict-eng-fra")) {
            for (String ext : List.of(".index", ".dict.dz")) {
                Path installed = BilingualLexicon.DEBIAN_DICTD.resolve(name + ext);
                if (Files.isRegularFile(installed)) Files.createSymbolicLink(dictd.resolve(name + ext), installed);
            }
        }
        french = BilingualLexicon.load(dictd);
    }

    @Test
    void aWordIsLookedUpUnderTheFormADictionaryLists() {
        LookupForms forms = LookupForms.standard();
        assertThat(forms.forms("fr", "américaines")).contains("américain");
        assertThat(forms.forms("fr", "annulés")).startsWith("annuler");
        assertThat(forms.forms("fr", "nationaux")).contains("national");
        assertThat(forms.forms("fr", "troupes")).contains("troupe");
        assertThat(forms.forms("es", "anunciado")).startsWith("anunciar");
        assertThat(forms.forms("de", "Truppen")).isEmpty(); // FreeDict's German lists its inflections itself
        assertThat(forms.forms("fr", "es")).isEmpty(); // nothing shorter than a word
    }

    @Test
    void aFrenchSentenceAndItsTranslationMeetInEnglish() {
        assumeTrue(french.covers("fr"), "dict-freedict-fra-eng is not installed");
        ContentStems stems = new ContentStems(french);
        Map<String, Double> fr = stems.english(FRENCH, "fr");
        Map<String, Double> en = stems.english(ENGLISH, "en");
        // translated words ("troupes" under "troupe"), and names kept as printed
        assertThat(fr).containsKeys("troop", "trump", "washington", "campaign");
        assertThat(en).containsKeys("troop", "trump", "washington", "campaign");
        assertThat(overlap(fr, en)).isGreaterThan(3 * overlap(fr, stems.english(UNRELATED, "en")));
    }

    @Test
    void withoutADictionaryNamesAndNumbersStillMeet() {
        ContentStems stems = new ContentStems(BilingualLexicon.empty());
        assertThat(stems.english("Donald Trump a reçu 2000 lettres de l’OTAN.", "fr")).containsKeys("donald", "trump", "2000");
        assertThat(stems.english("Donald Trump received 2000 letters.", "en")).containsKeys("donald", "trump", "2000");
    }

    @Test
    void theCrossLanguageRuleAppliesOnlyToGroupsOfOtherLanguages() {
        CrossLanguageMatch rule = new CrossLanguageMatch(0.2, 1.0);
        Profile french = new Profile(0);
        french.add(null, new ProfileClusterer.Item("fr", vector(1, 1f), SparseVector.EMPTY, vector(100, 1f)));
        assertThat(rule.applies(french, "en")).isTrue();
        assertThat(rule.applies(french, "fr")).isFalse();
        assertThat(rule.applies(french, null)).isFalse();
        Profile unknown = new Profile(1);
        unknown.add(null, ProfileClusterer.Item.of(vector(1, 1f), SparseVector.EMPTY));
        assertThat(rule.applies(unknown, "en")).isFalse();
        assertThat(CrossLanguageMatch.NEVER.applies(french, "en")).isFalse();
    }

    @Test
    void aTranslationJoinsItsOriginalThroughEnglishButOneLanguageStillComparesItsOwnWords() {
        ProfileClusterer clusterer = new ProfileClusterer(new ProfileClusterer.Parameters(0.3, 0.7, 3, 10, new CrossLanguageMatch(0.2, 0.7)));
        LocalDate day = LocalDate.of(2016, 11, 14);
        int story = clusterer.add(day, new ProfileClusterer.Item("fr", vector(1, 1f, 2, 1f), SparseVector.EMPTY, vector(100, 1f, 101, 1f)));
        // the English translation: no French word, the same English words
        assertThat(clusterer.add(day, new ProfileClusterer.Item("en", vector(7, 1f, 8, 1f), SparseVector.EMPTY, vector(100, 1f, 101, 1f))))
                .isEqualTo(story);
        // a French article with other French words is matched on them, whatever its projection says
        assertThat(clusterer.add(day, new ProfileClusterer.Item("fr", vector(3, 1f), SparseVector.EMPTY, vector(100, 1f, 101, 1f))))
                .isNotEqualTo(story);
    }

    @Test
    void theLinkerPutsTheFrenchArticleAndItsTranslationInOneStoryAndNotTheUnrelatedOne() {
        assumeTrue(french.covers("fr"), "dict-freedict-fra-eng is not installed");
        ContentStems stems = new ContentStems(french);
        StoryLinker linker = new StoryLinker(stems);
        LinkFeatureExtractor extractor = linker.extractor();
        LocalDate day = LocalDate.of(2016, 11, 14);
        List<LinkFeatures> features = new ArrayList<>();
        features.add(extractor.number("fr", day, terms(stems, FRENCH, "fr")));
        features.add(extractor.number("en", day, terms(stems, ENGLISH, "en")));
        features.add(extractor.number("other", day, terms(stems, UNRELATED, "en")));
        // no identities (as without a recognizer); frequencies of a news collection, where these words are rare
        DocumentFrequencies news = feature -> DocumentFrequencies.smoothedIdf(1000, 3);
        Stories stories = linker.linkFeatures(features, Map.of(), news);
        assertThat(stories.storyOf().get("en")).isEqualTo(stories.storyOf().get("fr"));
        assertThat(stories.storyOf().get("other")).isNotEqualTo(stories.storyOf().get("fr"));
    }

    @Test
    void withoutADictionaryTheLinkerStillLinksOneLanguage() {
        ContentStems stems = new ContentStems(BilingualLexicon.empty());
        StoryLinker linker = new StoryLinker(stems);
        LinkFeatureExtractor extractor = linker.extractor();
        LocalDate day = LocalDate.of(2016, 11, 14);
        List<LinkFeatures> features = List.of(
                extractor.number("a", day, terms(stems, FRENCH, "fr")),
                extractor.number("b", day, terms(stems, FRENCH + " Le sommet aura lieu à Bruxelles.", "fr")),
                extractor.number("c", day, terms(stems, UNRELATED, "en")));
        Stories stories = linker.linkFeatures(features, Map.of(), DocumentFrequencies.of(features, linker.vocabulary()));
        assertThat(stories.storyOf().get("b")).isEqualTo(stories.storyOf().get("a"));
        assertThat(stories.storyOf().get("c")).isNotEqualTo(stories.storyOf().get("a"));
    }

    /** An article's link terms as {@link LinkTerms#of} makes them, without a title or entities. */
    private static LinkTerms terms(ContentStems stems, String text, String language) {
        Map<String, Integer> words = new HashMap<>();
        for (String s : stems.stems(text, language)) words.merge(s, 1, Integer::sum);
        Map<String, Double> english = new HashMap<>();
        stems.english(text, language).forEach((s, c) -> english.merge(LinkTerms.ENGLISH_PREFIX + s, c, Double::sum));
        return new LinkTerms(language, words, Map.of(), english, MinHash.signature(text));
    }

    /** The count of the second map's stems the first holds, weighted by its shares. */
    private static double overlap(Map<String, Double> a, Map<String, Double> b) {
        double sum = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) if (b.containsKey(e.getKey())) sum += e.getValue();
        return sum;
    }

    private static SparseVector vector(Object... idsAndValues) {
        Map<Integer, Float> m = new HashMap<>();
        for (int i = 0; i < idsAndValues.length; i += 2) m.put((Integer) idsAndValues[i], (Float) idsAndValues[i + 1]);
        return SparseVector.of(m);
    }
}
