// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.veille.link.DateOrder;
import org.veille.link.DocumentFrequencies;
import org.veille.link.LinkFeatureExtractor;
import org.veille.link.LinkFeatures;
import org.veille.link.LinkTerms;
import org.veille.link.LinkVocabulary;
import org.veille.link.Stories;
import org.veille.link.StoryLinker;

/**
 * Places newly stored articles in the store's stories and threads, at a cost that grows with what is added, not
 * with the store: only the stored articles published in the {@link StoryLinker#NEIGHBOURHOOD_DAYS} up to a new
 * one are read (the link stage places articles in date order, so a later article never changes where an earlier one
 * goes; of the later ones, only those never linked are read, to be placed too) (their link terms, not their texts), placed where they already are, and the new ones linked among
 * them; word and identity frequencies come from the store's index.
 */
public final class StoreLinking {

    /**
     * Articles whose stories and threads a new article may join: the most alike in its window. A story rarely holds
     * more than a few dozen articles in a month, and the best match of a new article shares the most rare terms.
     */
    static final int CANDIDATE_ARTICLES = 50;
    /** Terms a candidate search asks for: well under Lucene's clause limit, and more than an article's salient ones. */
    static final int CANDIDATE_TERMS = 256;
    /**
     * Reading a window's articles costs about as much as this many candidate searches' worth of hits; below it the
     * whole window is read.
     */
    static final int WHOLE_WINDOW_FACTOR = 2;
    /**
     * Of a candidate thread, only the members of this many days up to a new article are read (a candidate story's,
     * the whole neighbourhood's). A thread is matched by the cosine of its members' sum, which a week of them gives
     * nearly as well as a month; a busy thread's month was 80% of what one new article read (its members in no
     * candidate story: 493 of 606, 548 of 644 on two OrangeSum articles added to the 32,180-article store).
     */
    static final int RECENT_THREAD_DAYS = 7;
    /**
     * New articles linked at a time: a day of a busy news stream. What a batch reads grows with it (its articles and
     * their month-wide neighbourhoods), so the batch bounds an ingest's memory whatever its size.
     */
    static final int BATCH = 1_000;

    private StoreLinking() {}

    /**
     * Links the stored articles of these ids, and any unlinked article of their neighbourhood (one stored by an
     * ingest killed before it linked); returns how many were placed. The ids are linked in date order, at most
     * {@link #BATCH} at a time, each batch committed before the next reads its neighbourhood: an ingest of a whole
     * corpus holds one batch's neighbourhood, not the corpus.
     */
    public static int link(ArticleStore store, List<String> newIds) throws IOException {
        return link(store, newIds, BATCH);
    }

    static int link(ArticleStore store, List<String> newIds, int batchSize) throws IOException {
        List<String> order = inDateOrder(store.daysOf(newIds));
        Set<String> waiting = new HashSet<>(order);
        int placed = 0;
        for (int from = 0; from < order.size(); from += batchSize) {
            if (from > 0) store.commit(); // the next batch reads the placements of this one
            List<String> batch = order.subList(from, Math.min(order.size(), from + batchSize));
            batch.forEach(waiting::remove);
            placed += linkBatch(store, batch, waiting);
        }
        return placed;
    }

    /** Undated first, as the link stage places them (they open stories that dated articles may join), then by day. */
    private static List<String> inDateOrder(Map<String, LocalDate> days) {
        List<String> order = new ArrayList<>(days.keySet());
        order.sort(Comparator.comparing((String id) -> days.get(id), DateOrder.UNDATED_FIRST)
                .thenComparing(Comparator.naturalOrder()));
        return order;
    }

    /** Links one batch among its neighbours, leaving out the new articles of later batches. */
    private static int linkBatch(ArticleStore store, List<String> batchIds, Set<String> later) throws IOException {
        List<String> ids = new ArrayList<>(batchIds);
        Set<String> added = new HashSet<>(ids);
        StoryLinker linker = new StoryLinker();
        LinkFeatureExtractor extractor = linker.extractor();
        List<LinkFeatures> features = new ArrayList<>();
        Map<String, StoryLinker.Placement> known = new HashMap<>();
        Set<String> seen = new HashSet<>();
        // neighbours are read one at a time and kept as features only; later batches' articles are not even parsed
        Predicate<String> wanted = id -> !later.contains(id) && !seen.contains(id);
        for (Span span : spans(store.linkedOf(batchIds))) {
            forEachNeighbour(store, span, wanted, a -> {
                if (!seen.add(a.id())) return;
                features.add(extractor.number(a.id(), a.day(), a.terms()));
                if (added.contains(a.id())) return;
                if (a.story() != null) known.put(a.id(), new StoryLinker.Placement(a.story(), a.thread()));
                else ids.add(a.id());
            });
        }
        for (String id : batchIds) { // undated articles are linked among the others, with no window of their own
            if (seen.contains(id)) continue;
            store.get(id).ifPresent(a -> features.add(extractor.extract(a.analyzed())));
            seen.add(id);
        }
        Stories stories = linker.linkFeatures(features, known, frequencies(store, linker.vocabulary()));
        int placed = 0;
        for (String id : ids) {
            String story = stories.storyOf().get(id);
            if (story == null) continue;
            store.setLinks(id, story, stories.threadOf().get(id), stories.repeats().get(id));
            placed++;
        }
        return placed;
    }

    /** Days from {@code from} to {@code to}, and the new articles whose windows they cover. */
    private record Span(LocalDate from, LocalDate to, List<ArticleStore.Linked> fresh) {}

    /** The day spans around the new dated articles' days, merged where they overlap. */
    private static List<Span> spans(List<ArticleStore.Linked> fresh) {
        List<ArticleStore.Linked> dated = new ArrayList<>(fresh.stream().filter(a -> a.day() != null).toList());
        dated.sort(Comparator.comparing(ArticleStore.Linked::day));
        List<Span> spans = new ArrayList<>();
        for (ArticleStore.Linked a : dated) {
            LocalDate from = a.day().minusDays(StoryLinker.NEIGHBOURHOOD_DAYS);
            LocalDate to = a.day();
            Span last = spans.isEmpty() ? null : spans.getLast();
            if (last != null && !from.isAfter(last.to().plusDays(1))) { // days in order: this one is the latest
                last.fresh().add(a);
                spans.set(spans.size() - 1, new Span(last.from(), to, last.fresh()));
            } else {
                spans.add(new Span(from, to, new ArrayList<>(List.of(a))));
            }
        }
        return spans;
    }

    /**
     * The stored articles a span's new ones are linked among. When the window holds many articles for few new ones
     * (one article added to a busy month), only the stories and threads they could join are read: those of the
     * {@link #CANDIDATE_ARTICLES} articles sharing the most rare link terms with each, with all their stories'
     * members in the window and their threads' of the last {@link #RECENT_THREAD_DAYS}; else the whole window, which
     * is then the cheaper read. Then the later articles never linked.
     */
    private static void forEachNeighbour(ArticleStore store, Span span, Predicate<String> wanted, Consumer<ArticleStore.Linked> each) {
        before(store, span, wanted, each);
        LocalDate after = span.to().plusDays(1);
        store.forEachPublishedBetween(after, span.to().plusDays(StoryLinker.NEIGHBOURHOOD_DAYS),
                Set.of(), after, Set.of(), wanted, each); // later ones never linked: no story or thread to match
    }

    private static void before(ArticleStore store, Span span, Predicate<String> wanted, Consumer<ArticleStore.Linked> each) {
        int window = store.countPublishedBetween(span.from(), span.to());
        if (window <= span.fresh().size() * CANDIDATE_ARTICLES * WHOLE_WINDOW_FACTOR) {
            store.forEachPublishedBetween(span.from(), span.to(), wanted, each);
            return;
        }
        Set<String> stories = new HashSet<>();
        Set<String> threads = new HashSet<>();
        for (ArticleStore.Linked a : span.fresh()) {
            for (ArticleJson.Placement p : store.placementsSharing(a.day().minusDays(StoryLinker.NEIGHBOURHOOD_DAYS),
                    a.day(), queryTerms(a.terms()), CANDIDATE_ARTICLES)) {
                if (p.story() != null) stories.add(p.story());
                if (p.thread() != null) threads.add(p.thread());
            }
        }
        LocalDate threadsFrom = span.fresh().getFirst().day().minusDays(RECENT_THREAD_DAYS);
        store.forEachPublishedBetween(span.from(), span.to(), stories, threadsFrom, threads, wanted, each);
    }

    /** The terms a new article's candidates are sought by: its identities, then its most frequent words and projections. */
    static List<String> queryTerms(LinkTerms terms) {
        List<String> out = new ArrayList<>(terms.identities().keySet());
        terms.words().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> out.add(e.getKey()));
        terms.english().entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> out.add(e.getKey()));
        return out.subList(0, Math.min(out.size(), CANDIDATE_TERMS));
    }

    /** Frequencies over the whole store, read from its index for the terms of this run. */
    private static DocumentFrequencies frequencies(ArticleStore store, LinkVocabulary vocabulary) {
        List<String> terms = new ArrayList<>(vocabulary.size());
        for (int i = 0; i < vocabulary.size(); i++) terms.add(vocabulary.term(i));
        Map<String, Integer> byTerm = store.linkTermFrequencies(terms);
        int[] counts = new int[terms.size()];
        for (int i = 0; i < counts.length; i++) counts[i] = byTerm.getOrDefault(terms.get(i), 0);
        return DocumentFrequencies.counted(store.size(), id -> counts[id], vocabulary);
    }
}
