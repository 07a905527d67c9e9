// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Thread merging alone ({@link ProfileMerge}, {@link ProfileClusterer#mergeAgreeing}, {@link StoryStream#now}), on invented profiles. */
class ThreadMergeTest {

    private static final LocalDate DAY = LocalDate.of(2020, 6, 16);
    /** Nothing joins on arrival (threshold 0.9), so each item opens a group and only merges can gather them. */
    private static final ProfileClusterer.Parameters APART = new ProfileClusterer.Parameters(0.9, 0.7, 1000, 10, CrossLanguageMatch.NEVER,
            new TopicMatch(0.5, 2), new ProfileMerge(0.35, 0.3, 0.1, 0.2));

    @Test
    void theCentresTopicAndNamedEvidenceAndTheMembersMustAllAgree() {
        ProfileMerge merge = new ProfileMerge(0.35, 0.3, 0.1, 0.2);
        assertThat(merge.agree(0.3, 0.6, 0.45, 0.3)).isTrue();
        assertThat(merge.agree(0.05, 0.9, 0.475, 0.3)).as("one subject's topic, no shared word").isFalse();
        assertThat(merge.agree(0.5, 0.2, 0.35, 0.3)).as("shared words, topics apart").isFalse();
        assertThat(merge.agree(0.2, 0.4, 0.3, 0.3)).as("under the threshold").isFalse();
        assertThat(merge.agree(0.3, 0.6, 0.45, 0.1)).as("close centres, members far apart: a heap").isFalse();
        assertThat(merge.agree(0.4, Double.NaN, 0.4, 0.4)).as("no topic space: the named match decides").isTrue();
        assertThat(ProfileMerge.NEVER.agree(1, 1, 1, 1)).isFalse();
    }

    @Test
    void groupsAreComparedByTheirCentresAndByTheMeanCosineOfTheirMembers() {
        Profile a = new Profile(0);
        a.add(DAY, item(new int[] {0, 1}, new float[] {1f, 0f}));
        Profile b = new Profile(1);
        b.add(DAY.plusDays(2), item(new int[] {1, 2}, new float[] {0f, 1f}));
        Profile.Comparison ab = a.compare(b);
        assertThat(ab.centres().words()).isCloseTo(0.5, offset(1e-6));
        assertThat(ab.members().words()).as("one member each: the same").isCloseTo(0.5, offset(1e-6));
        assertThat(ab.centres().topic()).isCloseTo(0, offset(1e-6));
        assertThat(ab.centres().identities()).isZero();
        a.absorb(b);
        assertThat(a.size()).isEqualTo(2);
        assertThat(a.last()).isEqualTo(DAY.plusDays(2));
        Profile c = new Profile(2);
        c.add(DAY, item(new int[] {0, 1}, new float[] {1f, 0f}));
        // c is a's first member again: cosines 1 and 0.5 with a's two members (words), 1 and 0 (topics)
        Profile.Comparison ca = c.compare(a);
        assertThat(ca.members().words()).isCloseTo(0.75, offset(1e-6));
        assertThat(ca.members().topic()).isCloseTo(0.5, offset(1e-6));
        // the centre of a's two topics is 45 degrees from either: its cosine says more than its members do
        assertThat(ca.centres().topic()).isCloseTo(Math.sqrt(0.5), offset(1e-6));
        assertThat(ca.centres().words()).isCloseTo(3 / Math.sqrt(2 * 6), offset(1e-6));
        assertThat(c.compare(new Profile(3)).centres().topic()).as("no topic vector").isNaN();
    }

    @Test
    void groupsOfOneSubjectMergeAndTheOlderKeepsItsNumber() {
        ProfileClusterer c = new ProfileClusterer(APART);
        int campaign = c.add(DAY, item(new int[] {0, 1, 10}, new float[] {1f, 0.2f, 0f}));
        int runoff = c.add(DAY, item(new int[] {0, 1, 20}, new float[] {0.9f, 0.3f, 0f}));
        int storm = c.add(DAY, item(new int[] {30, 31}, new float[] {0f, 0f, 1f}));
        assertThat(List.of(campaign, runoff, storm)).doesNotHaveDuplicates();
        assertThat(c.mergeAgreeing(g -> false)).containsExactly(new ProfileClusterer.Merge(campaign, runoff));
        assertThat(c.openGroups()).isEqualTo(2);
        assertThat(c.mergeAgreeing(g -> false)).as("nothing joined since").isEmpty();
    }

    @Test
    void aTopicAloneOrWordsAloneMergeNothing() {
        ProfileClusterer c = new ProfileClusterer(APART);
        c.add(DAY, item(new int[] {0, 1, 2}, new float[] {1f, 0f, 0f}));
        c.add(DAY, item(new int[] {5, 6, 7}, new float[] {1f, 0.1f, 0f})); // the same topic, no word in common
        c.add(DAY, item(new int[] {0, 1, 2}, new float[] {0f, 0f, 1f})); // the same words, another topic
        assertThat(c.mergeAgreeing(g -> false)).isEmpty();
        assertThat(c.openGroups()).isEqualTo(3);
    }

    @Test
    void aFixedGroupKeepsItsNumberAndTwoFixedGroupsNeverMerge() {
        ProfileClusterer c = new ProfileClusterer(APART);
        int older = c.add(DAY, item(new int[] {0, 1, 10}, new float[] {1f, 0.2f, 0f}));
        int stored = c.add(DAY, item(new int[] {0, 1, 20}, new float[] {0.9f, 0.3f, 0f}));
        assertThat(c.mergeAgreeing(g -> g == stored)).containsExactly(new ProfileClusterer.Merge(stored, older));

        ProfileClusterer d = new ProfileClusterer(APART);
        d.add(DAY, item(new int[] {0, 1, 10}, new float[] {1f, 0.2f, 0f}));
        d.add(DAY, item(new int[] {0, 1, 20}, new float[] {0.9f, 0.3f, 0f}));
        assertThat(d.mergeAgreeing(g -> true)).isEmpty();
    }

    @Test
    void aMergeComparesCentresSoOneCloseMemberDoesNotChain() {
        ProfileClusterer c = new ProfileClusterer(APART);
        // a bridge item close to both subjects, then each subject's own items: the bridge merges with one
        // subject's group at most, and the two subjects' centres stay apart
        int bridge = c.add(DAY, item(new int[] {0, 1, 2, 3}, new float[] {1f, 1f, 0f}));
        int left = c.add(DAY, item(new int[] {0, 1, 8}, new float[] {1f, 0f, 0f}));
        int right = c.add(DAY, item(new int[] {2, 3, 9}, new float[] {0f, 1f, 0f}));
        c.mergeAgreeing(g -> false);
        assertThat(c.openGroups()).as("left, right and the bridge never all one").isGreaterThanOrEqualTo(2);
        assertThat(List.of(bridge, left, right)).doesNotHaveDuplicates();
    }

    @Test
    void aThreadThatMergedIsToldByTheOlderThreadsIdAndAStoredIdIsKept() {
        // words 0-1 one topic, 2-3 another half-way to it; equally common
        float[][] topics = {{1f, 0f}, {1f, 0f}, {0.5f, 0.866f}, {0.5f, 0.866f}};
        DocumentFrequencies frequencies = TopicRulesTest.commonWordsOfTopics(topics);
        for (boolean stored : new boolean[] {false, true}) {
            StoryStream stream = new StoryStream(frequencies);
            StoryStream.Placed a = stream.place(article("a", DAY, new int[] {0, 1}, new float[] {1f, 1f}), null);
            StoryStream.Placed b = stream.place(article("b", DAY, new int[] {2, 3}, new float[] {1f, 1f}),
                    stored ? new StoryLinker.Placement("s-b", "t-stored") : null);
            assertThat(b.thread()).as("half a topic, no word: apart on arrival").isNotEqualTo(a.thread());
            // b's story grows toward a's words: the next day's pass finds the two threads agree
            StoryStream.Placed b2 = stream.place(article("b2", DAY.plusDays(1), new int[] {0, 1, 2, 3}, new float[] {1f, 1f, 2f, 2f}), null);
            assertThat(b2.story()).isEqualTo(b.story());
            stream.finish();
            String thread = stored ? "t-stored" : "t-a";
            assertThat(List.of(a, b, b2)).allSatisfy(p -> assertThat(stream.now(p).thread()).isEqualTo(thread));
            assertThat(stream.now(b2).story()).isEqualTo(b.story());
        }
    }

    /** An item as the stream makes them: its word and topic vectors at unit length. */
    private static ProfileClusterer.Item item(int[] words, float[] topic) {
        float[] weights = new float[words.length];
        Arrays.fill(weights, (float) (1 / Math.sqrt(words.length)));
        double norm = 0;
        for (float t : topic) norm += t * t;
        float[] unit = topic.clone();
        for (int d = 0; d < unit.length; d++) unit[d] /= (float) Math.sqrt(norm);
        return new ProfileClusterer.Item("fr", new SparseVector(words, weights), SparseVector.EMPTY, SparseVector.EMPTY, unit);
    }

    private static LinkFeatures article(String id, LocalDate day, int[] words, float[] counts) {
        return new LinkFeatures(id, day, "fr", new SparseVector(words, counts), SparseVector.EMPTY, SparseVector.EMPTY,
                MinHash.signature("un texte propre à l'article " + id + " et à lui seul, sans autre copie"));
    }
}
