// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veille.link.DocumentFrequencies;
import org.veille.link.LinkFeatureExtractor;
import org.veille.link.LinkFeatures;
import org.veille.link.LinkVocabulary;
import org.veille.link.Stories;
import org.veille.link.StoryLinker;

/**
 * Places newly stored articles in the store's stories and threads, at a cost that grows with what is added, not
 * with the store: only the stored articles published within {@link StoryLinker#NEIGHBOURHOOD_DAYS} of a new one
 * are read (their link terms, not their texts), placed where they already are, and the new ones linked among
 * them; word and identity frequencies come from the store's index.
 */
public final class StoreLinking {

    private StoreLinking() {}

    /**
     * Links the stored articles of these ids, and any unlinked article of their neighbourhood (one stored by an
     * ingest killed before it linked); returns how many were placed.
     */
    public static int link(ArticleStore store, List<String> newIds) throws IOException {
        if (newIds.isEmpty()) return 0;
        List<String> ids = new ArrayList<>(newIds);
        Set<String> added = new HashSet<>(ids);
        StoryLinker linker = new StoryLinker();
        LinkFeatureExtractor extractor = linker.extractor();
        List<LinkFeatures> features = new ArrayList<>();
        Map<String, StoryLinker.Placement> known = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (LocalDate[] span : spans(store, newIds)) {
            for (ArticleStore.Linked a : store.publishedBetween(span[0], span[1])) {
                if (!seen.add(a.id())) continue;
                features.add(extractor.number(a.id(), a.day(), a.terms()));
                if (added.contains(a.id())) continue;
                if (a.story() != null) known.put(a.id(), new StoryLinker.Placement(a.story(), a.thread()));
                else ids.add(a.id());
            }
        }
        for (String id : newIds) { // undated articles are linked among the others, with no window of their own
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

    /** The day spans around the new articles' days, merged where they overlap. */
    private static List<LocalDate[]> spans(ArticleStore store, List<String> ids) {
        List<LocalDate> days = new ArrayList<>();
        for (String id : ids) {
            store.get(id).map(a -> a.analyzed().article().publishedDay()).ifPresent(days::add);
        }
        days.sort(null);
        List<LocalDate[]> spans = new ArrayList<>();
        for (LocalDate d : days) {
            LocalDate from = d.minusDays(StoryLinker.NEIGHBOURHOOD_DAYS);
            LocalDate to = d.plusDays(StoryLinker.NEIGHBOURHOOD_DAYS);
            LocalDate[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && !from.isAfter(last[1].plusDays(1))) last[1] = to;
            else spans.add(new LocalDate[] {from, to});
        }
        return spans;
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
