// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The thread rules alone, on small invented articles. */
class ThreadRulesTest {

    // features 0-2: a subject's words ("municipales", "second tour", "candidat"); 30-33 another subject's
    // (a storm: "orage", "grêle", "vigilance", "pompiers"); 10-11 and 20-21: names of one event each (two towns'
    // candidates), printed in far fewer than one article in TopicalWords.RARE_SHARE
    private static final DocumentFrequencies FREQUENCIES = feature -> feature >= 10 && feature < 30
            ? TopicalWords.MAX_IDF + 2 : TopicalWords.MAX_IDF - 3;

    @Test
    void rareWordsNameAnEventAndAreLeftOutOfASubject() {
        SparseVector counts = vector(0, 1f, 1, 2f, 10, 3f);
        SparseVector topical = TopicalWords.of(counts, FREQUENCIES);
        assertThat(topical.ids()).containsExactly(0, 1);
        assertThat(topical.values()).containsExactly(1f, 2f);
        assertThat(TopicalWords.of(vector(10, 1f, 11, 1f), FREQUENCIES).size()).isZero();
    }

    @Test
    void twoStoriesOfOneSubjectShareAThreadThoughTheirNamesDiffer() {
        StoryStream stream = new StoryStream(FREQUENCIES);
        LocalDate day = LocalDate.of(2020, 6, 16);
        // two towns' campaigns: the same subject words, each its own candidates named thrice as often
        StoryStream.Placed lille = stream.place(article("lille", day, vector(0, 1f, 1, 1f, 2, 1f, 10, 3f, 11, 3f)), null);
        StoryStream.Placed paris = stream.place(article("paris", day.plusDays(1), vector(0, 1f, 1, 1f, 2, 1f, 20, 3f, 21, 3f)), null);
        StoryStream.Placed storm = stream.place(article("storm", day.plusDays(1), vector(30, 1f, 31, 1f, 32, 1f, 33, 1f)), null);
        assertThat(paris.story()).as("two events: the names tell them apart").isNotEqualTo(lille.story());
        assertThat(paris.thread()).as("one subject").isEqualTo(lille.thread());
        assertThat(storm.thread()).isNotEqualTo(lille.thread());
    }

    @Test
    void withAllItsWordsTheSameStoryWouldNotMatchTheThread() {
        // what TopicalWords changes: the whole-text vectors of the two campaigns are too far apart for a thread
        SparseVector lille = StoryStream.weigh(vector(0, 1f, 1, 1f, 2, 1f, 10, 3f, 11, 3f), FREQUENCIES);
        SparseVector paris = StoryStream.weigh(vector(0, 1f, 1, 1f, 2, 1f, 20, 3f, 21, 3f), FREQUENCIES);
        assertThat(StoryLinker.THREAD.wordWeight() * lille.cosine(paris)).isLessThan(StoryLinker.THREAD.threshold());
    }

    private static LinkFeatures article(String id, LocalDate day, SparseVector words) {
        return new LinkFeatures(id, day, "fr", words, SparseVector.EMPTY, SparseVector.EMPTY,
                MinHash.signature("un texte propre à l'article " + id + " et à lui seul, sans autre copie"));
    }

    private static SparseVector vector(Object... idValue) {
        Map<Integer, Float> m = new HashMap<>();
        for (int k = 0; k < idValue.length; k += 2) m.put((Integer) idValue[k], (Float) idValue[k + 1]);
        return SparseVector.of(m);
    }
}
