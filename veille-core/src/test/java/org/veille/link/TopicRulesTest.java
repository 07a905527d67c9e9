// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Topic vectors and the thread rule that uses them, on small invented vectors and articles. */
class TopicRulesTest {

    // a three-dimensional invented space: "berline" and "moteur" (car news) along the first axis, "obsèques" and
    // "hommage" (obituaries) along the second
    private static final Map<String, float[]> SPACE = Map.of(
            "berlin", new float[] {2f, 0.2f, 0f}, "moteur", new float[] {1.5f, -0.1f, 0.1f},
            "obsequ", new float[] {0f, 2f, 0.2f}, "homag", new float[] {0.1f, 1.5f, 0f});

    @Test
    void anArticlesVectorIsItsStemsVectorsWeighedByLogCountsAtUnitLength() {
        // words 0 "berline" twice, 1 "moteur" once, 2 a stem without vector
        String[] stems = {"berlin", "moteur", "ville"};
        float[] v = TopicSpace.vector(new SparseVector(new int[] {0, 1, 2}, new float[] {2f, 1f, 5f}), id -> SPACE.get(stems[id]));
        double w = 1 + Math.log(2);
        double[] sum = {w * 2 + 1.5, w * 0.2 - 0.1, 0.1};
        double norm = Math.sqrt(sum[0] * sum[0] + sum[1] * sum[1] + sum[2] * sum[2]);
        for (int d = 0; d < 3; d++) assertThat((double) v[d]).isCloseTo(sum[d] / norm, within(1e-5));
        assertThat(TopicSpace.vector(new SparseVector(new int[] {2}, new float[] {1f}), id -> SPACE.get(stems[id])))
                .as("no stem with a vector: no topic, not a zero vector").isNull();
    }

    @Test
    void aLineKeepsAVectorToWithinItsQuantization() throws Exception {
        float[] v = {0.5f, -0.25f, 0.125f, 0f};
        String line = TopicSpace.line("berlin", v);
        Map<String, TopicSpace.Row> read = TopicSpace.read(new BufferedReader(new StringReader("# a comment\n" + line + "\n")));
        assertThat(read).containsOnlyKeys("berlin");
        TopicSpace space = new TopicSpace(Map.of("fr", read));
        float[] back = space.of("fr", "berlin");
        for (int d = 0; d < v.length; d++) assertThat(back[d]).isCloseTo(v[d], within(0.5f / TopicSpace.LEVELS));
        assertThat(space.of(null, "berlin")).as("an unknown language is read as the main one").isNotNull();
        assertThat(space.of("de", "berlin")).as("a language without a space has no vectors").isNull();
    }

    @Test
    void topicsMixWithNamedEvidenceOnlyWhenBothSidesHaveThem() {
        TopicMatch half = new TopicMatch(0.5, 2);
        assertThat(half.combine(0.2, 0.8)).isCloseTo(0.5, within(1e-9));
        assertThat(half.combine(0.2, -0.3)).as("a negative cosine counts as none").isCloseTo(0.1, within(1e-9));
        assertThat(half.combine(0.2, Double.NaN)).as("no vector: the named evidence alone").isEqualTo(0.2);
        assertThat(TopicMatch.NONE.combine(0.2, 0.9)).isEqualTo(0.2);
    }

    @Test
    void aVectorIsKeyedByItsStrongestSignedDimensions() {
        TopicMatch two = new TopicMatch(0.5, 2);
        // strongest: dimension 2 (negative), then dimension 0 (positive)
        assertThat(two.keysOf(new float[] {0.5f, 0.1f, -0.8f, 0.2f})).containsExactly(-1 - (2 * 2 + 1), -1 - (2 * 0));
        assertThat(two.keysOf(null)).isEmpty();
        assertThat(TopicMatch.NONE.keysOf(new float[] {1f})).isEmpty();
    }

    @Test
    void twoCarLaunchesSharingNoWordShareAThreadThroughTheirTopics() {
        // words 0-1 one car's names, 2-3 another's, 4-5 an obituary's; all equally rare; topic vectors by word
        float[][] topics = {{1f, 0f}, {0.9f, 0.1f}, {0.95f, 0.05f}, {1f, -0.1f}, {0f, 1f}, {0.1f, 1f}};
        DocumentFrequencies frequencies = commonWordsOfTopics(topics);
        StoryStream stream = new StoryStream(frequencies);
        LocalDate day = LocalDate.of(2020, 6, 16);
        StoryStream.Placed clio = stream.place(article("clio", day, new SparseVector(new int[] {0, 1}, new float[] {2f, 1f})), null);
        StoryStream.Placed suv = stream.place(article("suv", day, new SparseVector(new int[] {2, 3}, new float[] {1f, 2f})), null);
        StoryStream.Placed death = stream.place(article("death", day, new SparseVector(new int[] {4, 5}, new float[] {1f, 1f})), null);
        assertThat(suv.story()).isNotEqualTo(clio.story());
        assertThat(suv.thread()).as("one subject, no shared word").isEqualTo(clio.thread());
        assertThat(death.thread()).isNotEqualTo(clio.thread());
        // without topics the two launches share nothing
        StoryStream named = new StoryStream(feature -> TopicalWords.MAX_IDF - 1);
        StoryStream.Placed a = named.place(article("clio", day, new SparseVector(new int[] {0, 1}, new float[] {2f, 1f})), null);
        StoryStream.Placed b = named.place(article("suv", day, new SparseVector(new int[] {2, 3}, new float[] {1f, 2f})), null);
        assertThat(b.thread()).isNotEqualTo(a.thread());
    }

    /** Frequencies of equally common words (none rare enough to leave a thread's words), each with its topic vector. */
    static DocumentFrequencies commonWordsOfTopics(float[][] topics) {
        return new DocumentFrequencies() {
            @Override
            public double idf(int feature) {
                return TopicalWords.MAX_IDF - 1;
            }

            @Override
            public float[] topic(int feature, String language) {
                return feature < topics.length ? topics[feature] : null;
            }
        };
    }

    private static LinkFeatures article(String id, LocalDate day, SparseVector words) {
        return new LinkFeatures(id, day, "fr", words, SparseVector.EMPTY, SparseVector.EMPTY,
                MinHash.signature("un texte propre à l'article " + id + " et à lui seul, sans autre copie"));
    }
}
