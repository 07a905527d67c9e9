// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@link StoryLinker}'s rules applied to one article at a time, in date order (undated articles first): the
 * article is placed at once and its features can be let go, so a run of any length holds only the open stories
 * and threads, the near-duplicate window, and a few numbers per story. Story and thread ids are the id of their
 * first article (or the id a stored article brought). When a day begins, and at {@link #finish()}, the threads
 * joined since the last such pass merge with the threads whose whole profiles agree ({@link StoryLinker#THREAD}'s
 * merge): the merged thread keeps the id of the older one, or the stored one's (two threads a store already holds
 * never merge, so no stored article changes thread), and {@link #now} tells where an article placed earlier is.
 * Not thread-safe: one stream per run.
 */
public final class StoryStream {

    /** Where an article went: its story, its thread, and the earlier article it repeats (null when none). */
    public record Placed(String story, String thread, StoryLinker.Repeat repeat) {}

    /** An article the near-duplicate window remembers: a later copy joins its story. */
    private record Member(String id, int story) {}

    private final DocumentFrequencies frequencies;
    private final ProfileClusterer stories = new ProfileClusterer(StoryLinker.STORY);
    private final ProfileClusterer threads = new ProfileClusterer(StoryLinker.THREAD);
    private final NearDuplicates<Member> copies = new NearDuplicates<>();
    private final Map<String, Integer> storyNumbers = new HashMap<>();
    private final Map<String, Integer> threadNumbers = new HashMap<>();
    private final Map<Integer, String> storyIds = new HashMap<>();
    private final Map<Integer, String> threadIds = new HashMap<>();
    private final Map<Integer, Integer> threadOfStory = new HashMap<>();
    /** Threads whose id a stored article brought: they keep it. */
    private final Set<Integer> storedThreads = new HashSet<>();
    /** Each merged thread's number and id, to the thread it went into (followed to the end: one entry per merge). */
    private final Map<Integer, Integer> mergedThreads = new HashMap<>();
    private final Map<String, String> renamedThreads = new HashMap<>();
    private LocalDate mergedOn;
    private final DateOrder order = new DateOrder();

    /** @param frequencies document frequencies of the collection the articles are weighed against */
    public StoryStream(DocumentFrequencies frequencies) {
        this.frequencies = frequencies;
    }

    /**
     * Places the next article.
     *
     * @param known where a stored article already is (it stays there and the others are decided around it), or null
     * @throws IllegalArgumentException when the article is older than one placed before, or undated after a dated one
     */
    public Placed place(LinkFeatures f, StoryLinker.Placement known) {
        LocalDate day = f.day();
        order.next(f.id(), day);
        if (day != null && !day.equals(mergedOn)) {
            mergeThreads();
            mergedOn = day;
        }
        ProfileClusterer.Item item = new ProfileClusterer.Item(f.language(), weigh(f.words(), frequencies),
                weigh(f.identities(), frequencies), weigh(f.english(), frequencies));
        NearDuplicates.Repeat<Member> repeat = copies.find(day, f.shingles());
        int story;
        if (known != null) {
            story = storyNumbers.computeIfAbsent(known.story(), k -> stories.openGroup());
            storyIds.putIfAbsent(story, known.story());
            stories.join(story, day, item);
        } else if (repeat != null) {
            story = repeat.of().story();
            stories.join(story, day, item);
        } else {
            story = stories.add(day, item);
        }
        copies.remember(new Member(f.id(), story), day, f.shingles());
        storyIds.putIfAbsent(story, "s-" + f.id());
        ProfileClusterer.Item subject = new ProfileClusterer.Item(f.language(), weigh(TopicalWords.of(f.words(), frequencies), frequencies),
                item.identities(), item.english(), TopicSpace.vector(f.words(), id -> frequencies.topic(id, f.language())));
        Integer thread = current(threadOfStory.get(story));
        if (thread == null && known != null && known.thread() != null) {
            thread = threadNumbers.computeIfAbsent(known.thread(), k -> threads.openGroup());
            threadIds.putIfAbsent(thread, known.thread());
            storedThreads.add(thread);
            threads.join(thread, day, subject);
        } else if (thread == null) {
            thread = threads.add(day, subject);
        } else {
            threads.join(thread, day, subject);
        }
        threadOfStory.put(story, thread);
        threadIds.putIfAbsent(thread, "t-" + f.id());
        return new Placed(storyIds.get(story), threadIds.get(thread),
                repeat == null ? null : new StoryLinker.Repeat(repeat.of().id(), repeat.similarity()));
    }

    /** Ends the stream: the threads joined on the last day merge where they agree. {@link #now} then tells the last word. */
    public void finish() {
        mergeThreads();
    }

    /** Where an article placed earlier is now: its thread may have merged into another since. */
    public Placed now(Placed placed) {
        String thread = placed.thread();
        for (String into; (into = renamedThreads.get(thread)) != null; ) thread = into;
        return thread.equals(placed.thread()) ? placed : new Placed(placed.story(), thread, placed.repeat());
    }

    private void mergeThreads() {
        for (ProfileClusterer.Merge m : threads.mergeAgreeing(storedThreads::contains)) {
            mergedThreads.put(m.from(), m.into());
            renamedThreads.put(threadIds.remove(m.from()), threadIds.get(m.into()));
        }
    }

    /** The thread a number stands for now (null for none). */
    private Integer current(Integer thread) {
        for (Integer into; thread != null && (into = mergedThreads.get(thread)) != null; ) thread = into;
        return thread;
    }

    /**
     * TF-IDF, unit length: log-scaled counts times the inverse document frequency. A count under one (a share of a
     * word's translations) is taken as it is, so a translation never weighs more than the word it translates.
     */
    static SparseVector weigh(SparseVector counts, DocumentFrequencies frequencies) {
        float[] w = new float[counts.size()];
        double squares = 0;
        for (int k = 0; k < w.length; k++) {
            double count = counts.values()[k];
            double tf = count >= 1 ? 1 + Math.log(count) : count;
            w[k] = (float) (tf * frequencies.idf(counts.ids()[k]));
            squares += (double) w[k] * w[k];
        }
        double norm = Math.sqrt(squares);
        if (norm > 0) for (int k = 0; k < w.length; k++) w[k] /= (float) norm;
        return new SparseVector(counts.ids(), w);
    }
}
