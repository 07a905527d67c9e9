// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.veille.analyze.AnalyzedArticle;

/**
 * Groups articles into stories (one event with its follow-ups and reactions) and stories into threads (one
 * subject), and tells which article repeats which. Articles are taken in date order, as a stream:
 * <ol>
 *   <li>a near copy of an earlier article ({@link NearDuplicates}) joins that article's story;</li>
 *   <li>else the article joins the open story whose profile (all its members' weighted words and
 *       identities) it matches best above {@link #STORY}'s threshold, else opens a story
 *       ({@link ProfileClusterer}): never through a single pair, so stories do not chain;</li>
 *   <li>a new story joins the open thread it matches best above {@link #THREAD}'s threshold, over a
 *       window of years, on its {@link TopicalWords} (the rare words that name one event left out), identities and
 *       topic vector ({@link TopicSpace}); later members of the story go to its thread;</li>
 *   <li>each day, the threads joined since the day before merge with the threads whose whole profiles agree
 *       ({@link #THREAD_MERGE}): a subject whose first stories opened two threads meets itself later.</li>
 * </ol>
 * Undated articles come first, so that a dated one may join them whatever its date. Words and identities are
 * weighted by TF-IDF ({@link DocumentFrequencies}), so common words say little. Story and thread
 * ids are the id of their first article. Not thread-safe: one linker per run.
 */
public final class StoryLinker {

    /**
     * Stories: a day-level news event keeps getting reports for a few days, then goes quiet. On the labelled week,
     * thresholds 0.25 to 0.30 and word shares 0.6 to 0.8 score within 0.005 of each other; 0.35 loses recall.
     */
    static final ProfileClusterer.Parameters STORY = new ProfileClusterer.Parameters(0.30, 0.7, 3, 10, CrossLanguageMatch.STORY);
    /**
     * Threads: a subject gathers stories over years (NATO's 2016 worries and its 2024 meeting), on weaker
     * evidence than a story; it closes only after this long without news. A story is matched with threads on its
     * {@link TopicalWords} (rare words left out) and identities, and on its topic vector ({@link #THREAD_TOPICS}).
     * Without topics, on the labelled week, thresholds 0.12 to 0.16 gave thread F1 0.47 to 0.54 (0.16 the best;
     * lower ones grow a 175-article Covid-and-politics heap).
     */
    static final int THREAD_DAYS = 3660;
    /**
     * Half the thread match is the topic cosine: on the labelled week (and on the check window, never tuned on),
     * topic weights 0.3, 0.5, 0.6, 0.7 and 0.85 (thresholds retuned) gave thread F1 0.569, 0.571, 0.545, 0.540, 0.530
     * (check 0.510, 0.535, 0.535, 0.529, 0.528); each story indexes its thread under its two strongest topic
     * dimensions (none: check 0.519; four: the same as two).
     */
    static final TopicMatch THREAD_TOPICS = new TopicMatch(0.5, 2);
    /**
     * Two threads merge when their centres match at 0.35 (the topic centres' cosine at least 0.3, the named evidence
     * at least 0.1) and a member of one matches a member of the other at 0.2 on average. On the labelled week, the
     * centres alone gave thread F1 0.571 -> 0.605 but, on the first 2,000 OrangeSum articles, heaps of 430 and 242
     * (Covid with a volcano and the Amazon's fires; police, justice and riots of three continents): a heap's centre
     * is near every subject. The members' floor keeps the week at 0.596 and the heaps away (its largest threads: the
     * car news, Covid worldwide, the municipal elections, BLM). Members' floors 0.15 and 0.25: week 0.597 (a Covid
     * thread of 202, still one subject) and 0.584. The members' mean alone, thresholds 0.15 to 0.25: 0.518 to 0.576.
     */
    static final ProfileMerge THREAD_MERGE = new ProfileMerge(0.35, 0.3, 0.1, 0.2);
    /**
     * With {@link #THREAD_TOPICS}, 0.30: on the week 0.25 and 0.34 (topic weight 0.5) gave thread F1 0.552 and 0.529
     * (precision 0.70 and 0.86), 0.30 gives 0.571.
     */
    static final ProfileClusterer.Parameters THREAD = new ProfileClusterer.Parameters(0.30, 0.7, THREAD_DAYS, 10, CrossLanguageMatch.THREAD,
            THREAD_TOPICS, THREAD_MERGE);

    /**
     * Days around a new article within which a store's articles are read to place it: well past a story's window,
     * and the month of its thread's recent stories. A store does not reload years of threads at each ingest, so a
     * subject silent for longer than this starts a new thread there.
     */
    public static final int NEIGHBOURHOOD_DAYS = 30;

    private final ContentStems stems;
    private final LinkVocabulary vocabulary = new LinkVocabulary();

    public StoryLinker() {
        this(new ContentStems());
    }

    /**
     * A linker whose stems project into English through {@code stems}' lexicon. The shared lexicon finds its
     * dictionaries now; a language's are read, once per process, when its first article is projected.
     */
    public StoryLinker(ContentStems stems) {
        this.stems = stems;
        stems.projection();
    }

    /** The extractor that numbers features for this linker. */
    public LinkFeatureExtractor extractor() {
        return new LinkFeatureExtractor(stems, vocabulary);
    }

    public LinkVocabulary vocabulary() {
        return vocabulary;
    }

    /** Stories of analyzed articles, frequencies taken over them. */
    public Stories link(List<AnalyzedArticle> articles) {
        LinkFeatureExtractor extractor = extractor();
        List<LinkFeatures> features = new ArrayList<>(articles.size());
        for (AnalyzedArticle a : articles) features.add(extractor.extract(a));
        return linkFeatures(features, Map.of(), DocumentFrequencies.of(features, vocabulary));
    }

    /**
     * Stories of articles given by their features (numbered with {@link #extractor()}).
     *
     * @param known       stories and threads already given to some of the articles (a store's): those
     *                    articles are placed there, the others decided around them
     * @param frequencies document frequencies of the collection
     */
    public Stories linkFeatures(List<LinkFeatures> articles, Map<String, Placement> known, DocumentFrequencies frequencies) {
        return linkFeatures(articles, known, frequencies, placed -> {});
    }

    /** The same, telling {@code progress} how many articles are placed after each one (for a long run's timing). */
    public Stories linkFeatures(List<LinkFeatures> articles, Map<String, Placement> known, DocumentFrequencies frequencies,
                                IntConsumer progress) {
        List<LinkFeatures> inOrder = new ArrayList<>(articles);
        inOrder.sort(Comparator.comparing(LinkFeatures::day, DateOrder.UNDATED_FIRST));
        StoryStream stream = new StoryStream(frequencies);
        Map<String, StoryStream.Placed> placed = new HashMap<>();
        int count = 0;
        for (LinkFeatures f : inOrder) {
            placed.put(f.id(), stream.place(f, known.get(f.id())));
            progress.accept(++count);
        }
        stream.finish();
        Map<String, String> storyOfId = new LinkedHashMap<>();
        Map<String, String> threadOfId = new LinkedHashMap<>();
        Map<String, Repeat> repeats = new LinkedHashMap<>();
        for (LinkFeatures f : articles) {
            StoryStream.Placed p = stream.now(placed.get(f.id()));
            storyOfId.put(f.id(), p.story());
            threadOfId.put(f.id(), p.thread());
            if (p.repeat() != null) repeats.put(f.id(), p.repeat());
        }
        return new Stories(storyOfId, threadOfId, repeats);
    }

    /** Where a stored article already is. */
    public record Placement(String story, String thread) {}

    /** An earlier article this one repeats, and how much (estimated share of word sequences in common). */
    public record Repeat(String of, double similarity) {}
}
