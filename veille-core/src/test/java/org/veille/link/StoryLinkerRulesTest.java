// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each rule of the link stage alone, on small invented inputs. */
class StoryLinkerRulesTest {

    private static final String WIRE = "Le conseil municipal de Dijon a voté jeudi soir un plan de rénovation du quartier des Grésilles, "
            + "après quatre nuits de violences qui ont choqué la ville. Le maire a promis des moyens pour la police "
            + "municipale et une concertation avec les habitants dès la semaine prochaine.";

    @Test
    void minHashEstimatesTheShareOfWordSequencesInCommon() {
        int[] a = MinHash.signature(WIRE);
        assertThat(MinHash.similarity(a, MinHash.signature(WIRE))).isEqualTo(1.0);
        assertThat(MinHash.similarity(a, MinHash.signature(WIRE.replace("jeudi soir", "jeudi")))).isGreaterThan(0.6);
        assertThat(MinHash.similarity(a, MinHash.signature("Un texte sans aucun rapport avec le premier, sur la pêche en mer du Nord et ses quotas.")))
                .isLessThan(0.1);
    }

    @Test
    void aNearCopyRepeatsTheEarlierTextAndAnUnrelatedOneNothing() {
        NearDuplicates<Integer> copies = new NearDuplicates<>();
        LocalDate day = LocalDate.of(2020, 6, 18);
        assertThat(add(copies, 0, day, WIRE)).isNull();
        NearDuplicates.Repeat<Integer> repeat = add(copies, 1, day.plusDays(1), WIRE + " Une réunion publique est prévue.");
        assertThat(repeat).isNotNull();
        assertThat(repeat.of()).isZero();
        assertThat(add(copies, 2, day, "La pêche en mer du Nord reprend après trois mois d'arrêt, annoncent les armateurs bretons.")).isNull();
    }

    @Test
    void copiesOlderThanTheWindowAreForgotten() {
        NearDuplicates<Integer> copies = new NearDuplicates<>();
        LocalDate day = LocalDate.of(2020, 6, 1);
        add(copies, 0, day, WIRE);
        assertThat(add(copies, 1, day.plusDays(NearDuplicates.WINDOW_DAYS + 1), WIRE)).isNull();
    }

    @Test
    void anUndatedArticleIsRememberedWithoutKeepingTheDatedOnesPastTheirWindow() {
        NearDuplicates<Integer> copies = new NearDuplicates<>();
        LocalDate day = LocalDate.of(2020, 6, 1);
        add(copies, 0, null, WIRE);
        add(copies, 1, day, WIRE + " Une réunion publique est prévue.");
        NearDuplicates.Repeat<Integer> later = add(copies, 2, day.plusDays(NearDuplicates.WINDOW_DAYS + 1),
                WIRE + " Une réunion publique est prévue.");
        assertThat(later).isNotNull();
        assertThat(later.of()).as("the dated copy is forgotten, the undated original is not").isZero();
    }

    private static NearDuplicates.Repeat<Integer> add(NearDuplicates<Integer> copies, int key, LocalDate day, String text) {
        int[] signature = MinHash.signature(text);
        NearDuplicates.Repeat<Integer> repeat = copies.find(day, signature);
        copies.remember(key, day, signature);
        return repeat;
    }

    @Test
    void anArticleJoinsTheGroupWhoseProfileItMatchesNotAGroupThroughOnePair() {
        // three features: 0 and 1 make group A, 2 is another subject; an item sharing only a little of A stays out
        ProfileClusterer clusterer = new ProfileClusterer(new ProfileClusterer.Parameters(0.5, 1.0, 3, 10));
        LocalDate day = LocalDate.of(2020, 6, 15);
        int a = clusterer.add(day, vector(0, 1f, 1, 1f), SparseVector.EMPTY);
        assertThat(clusterer.add(day, vector(0, 1f, 1, 0.9f), SparseVector.EMPTY)).isEqualTo(a);
        int b = clusterer.add(day, vector(2, 1f), SparseVector.EMPTY);
        assertThat(b).isNotEqualTo(a);
        // mostly about 2, a little about 0: matches B's profile, A's too weakly to bridge them
        assertThat(clusterer.add(day, vector(0, 0.3f, 2, 1f), SparseVector.EMPTY)).isEqualTo(b);
    }

    @Test
    void aGroupClosesAfterItsWindowAndLeavesMemory() {
        ProfileClusterer clusterer = new ProfileClusterer(new ProfileClusterer.Parameters(0.5, 1.0, 3, 10));
        LocalDate day = LocalDate.of(2020, 6, 15);
        int a = clusterer.add(day, vector(0, 1f), SparseVector.EMPTY);
        assertThat(clusterer.add(day.plusDays(3), vector(0, 1f), SparseVector.EMPTY)).isEqualTo(a);
        assertThat(clusterer.add(day.plusDays(7), vector(0, 1f), SparseVector.EMPTY)).isNotEqualTo(a);
        assertThat(clusterer.openGroups()).isEqualTo(1);
    }

    @Test
    void aGroupDroppedByACrowdedFeatureIsFoundThroughItsOthers() {
        ProfileClusterer clusterer = new ProfileClusterer(new ProfileClusterer.Parameters(0.9, 1.0, 1000, 10));
        LocalDate day = LocalDate.of(2020, 6, 15);
        // many groups share feature 0; each has a feature of its own
        int first = clusterer.add(day, vector(0, 1f, 100, 1f), SparseVector.EMPTY);
        for (int k = 1; k <= ProfileClusterer.MAX_POSTING + 5; k++) {
            assertThat(clusterer.add(day, vector(0, 1f, 100 + k, 1f), SparseVector.EMPTY)).isNotEqualTo(first);
        }
        assertThat(clusterer.add(day, vector(0, 1f, 100, 1f), SparseVector.EMPTY)).isEqualTo(first);
    }

    @Test
    void identitiesCarryAMatchWhenWordsDiffer() {
        ProfileClusterer clusterer = new ProfileClusterer(new ProfileClusterer.Parameters(0.4, 0.5, 3, 10));
        LocalDate day = LocalDate.of(2020, 6, 15);
        int a = clusterer.add(day, vector(0, 1f), vector(100, 1f, 101, 1f));
        // a translation: other words, the same people and places
        assertThat(clusterer.add(day, vector(5, 1f), vector(100, 1f, 101, 1f))).isEqualTo(a);
    }

    @Test
    void tfIdfGivesCommonWordsNoWeight() {
        DocumentFrequencies df = feature -> DocumentFrequencies.smoothedIdf(100, feature == 0 ? 100 : 2);
        SparseVector w = StoryStream.weigh(vector(0, 5f, 1, 1f), df);
        assertThat(w.values()[0]).isLessThan(0.05f);
        assertThat(w.norm()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void backgroundFrequenciesWeighWordsOfASmallCollection() {
        LinkVocabulary vocabulary = new LinkVocabulary();
        ContentStems stems = new ContentStems();
        int common = vocabulary.id(stems.stems("annonce", "fr").get(0));
        int distinctive = vocabulary.id(stems.stems("OTAN", "fr").get(0));
        int person = vocabulary.id(LinkTerms.IDENTITY_PREFIX + "jens stoltenberg");
        // two articles, each holding every feature: the collection alone would weigh them all alike
        DocumentFrequencies df = DocumentFrequencies.counted(2, id -> 2, vocabulary);
        assertThat(df.idf(distinctive)).isGreaterThan(df.idf(common));
        assertThat(df.idf(person)).isEqualTo(DocumentFrequencies.smoothedIdf(2, 2));
    }

    @Test
    void repeatsShareAStoryAndStoredPlacementsAreKept() {
        StoryLinker linker = new StoryLinker();
        LinkFeatureExtractor extractor = linker.extractor();
        LocalDate day = LocalDate.of(2020, 6, 16);
        List<LinkFeatures> features = new ArrayList<>();
        features.add(extractor.number("old", day, terms("dijon", "violence", "grésilles", "préfet")));
        features.add(extractor.number("copy", day, new LinkTerms(Map.of("dijon", 1, "violence", 1), Map.of(), MinHash.signature(WIRE))));
        features.add(extractor.number("first", day.minusDays(1), new LinkTerms(Map.of("pêche", 1, "quota", 1), Map.of(), MinHash.signature(WIRE))));
        Stories stories = linker.linkFeatures(features, Map.of("old", new StoryLinker.Placement("s-known", "t-known")),
                DocumentFrequencies.of(features, linker.vocabulary()));
        assertThat(stories.storyOf().get("old")).isEqualTo("s-known");
        assertThat(stories.threadOf().get("old")).isEqualTo("t-known");
        assertThat(stories.repeats().get("copy").of()).isEqualTo("first");
        assertThat(stories.storyOf().get("copy")).isEqualTo(stories.storyOf().get("first")).isEqualTo("s-first");
    }

    private static LinkTerms terms(String... words) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (String w : words) counts.merge(w, 1, Integer::sum);
        return new LinkTerms(counts, Map.of(), MinHash.signature(String.join(" ", words)));
    }

    private static SparseVector vector(Object... idValue) {
        Map<Integer, Float> m = new java.util.HashMap<>();
        for (int k = 0; k < idValue.length; k += 2) m.put((Integer) idValue[k], (Float) idValue[k + 1]);
        return SparseVector.of(m);
    }
}
