// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Single-pass clustering of a stream in date order, as streaming news clustering does it (Miranda et al.,
 * EMNLP 2018): each item joins the open group whose profile it matches best, when the match reaches the
 * threshold, else opens a group of its own. A group closes when nothing joined it for
 * {@link Parameters#activeDays} days, so memory holds the open groups only. Candidate groups come from an
 * inverted index over the strongest features of their members, so an item is compared with a few groups,
 * not all. Not thread-safe: one stream, one clusterer.
 */
final class ProfileClusterer {

    /**
     * @param threshold   the least match that joins a group
     * @param wordWeight  the share of the match given by words; identities give the rest
     * @param activeDays  a group closes when its last member is this many days older than the stream
     * @param indexed     each member indexes its group under this many of its strongest words, identities and
     *                    English projections
     * @param across      how an item is matched with a group none of whose members is in its language
     * @param merge       when two groups' profiles agree enough to become one ({@link #mergeAgreeing})
     */
    record Parameters(double threshold, double wordWeight, int activeDays, int indexed, CrossLanguageMatch across, TopicMatch topics,
                      ProfileMerge merge) {
        /** Parameters for items of one language (or of unknown languages): the cross-language rule never applies. */
        Parameters(double threshold, double wordWeight, int activeDays, int indexed) {
            this(threshold, wordWeight, activeDays, indexed, CrossLanguageMatch.NEVER);
        }

        /** Parameters where topics play no part and groups never merge. */
        Parameters(double threshold, double wordWeight, int activeDays, int indexed, CrossLanguageMatch across) {
            this(threshold, wordWeight, activeDays, indexed, across, TopicMatch.NONE, ProfileMerge.NEVER);
        }
    }

    /**
     * One item as the clusterer compares it: its language (null when unknown) and its weighted vectors.
     *
     * @param english its words projected into English: compared with groups of other languages only
     * @param topic   its topic vector ({@link TopicSpace}), null when it has none or topics play no part
     */
    record Item(String language, SparseVector words, SparseVector identities, SparseVector english, float[] topic) {
        /** An item without topic vector. */
        Item(String language, SparseVector words, SparseVector identities, SparseVector english) {
            this(language, words, identities, english, null);
        }

        /** An item of unknown language, without projection. */
        static Item of(SparseVector words, SparseVector identities) {
            return new Item(null, words, identities, SparseVector.EMPTY);
        }
    }

    /**
     * A feature indexes at most this many groups, the ones it was last seen joining: a feature shared by more open
     * groups (a thread's "France") says little about which, and scanning them all would make each article cost
     * more as the stream grows. A group a feature drops is still found through its other features.
     */
    static final int MAX_POSTING = 64;
    /**
     * A group joined since the last merge pass is compared with at most this many open groups: those sharing the
     * most index keys with its new members. A subject's other group shares several of its strongest words or topic
     * dimensions; this bounds a pass by what joined, not by the open groups. On the labelled week, 6, 16 and 32
     * gave thread F1 0.586, 0.596 and 0.596.
     */
    static final int MERGE_CANDIDATES = 16;

    /** One merge of a pass: group {@code from} went into group {@code into}, which keeps its number. */
    record Merge(int into, int from) {}

    private final Parameters parameters;
    private final Map<Integer, Profile> profiles = new HashMap<>();
    private final Map<Integer, LinkedHashSet<Integer>> postings = new HashMap<>();
    private final Map<Integer, Set<Integer>> indexedBy = new HashMap<>();
    /** The groups joined since the last merge pass, with the index keys of their new members (kept only when groups merge). */
    private final Map<Integer, Set<Integer>> fresh = new LinkedHashMap<>();
    private LocalDate today;
    private int opened;

    ProfileClusterer(Parameters parameters) {
        this.parameters = parameters;
    }

    /** Places an item: the number of the group it joined or opened. */
    int add(LocalDate day, SparseVector words, SparseVector identities) {
        return add(day, Item.of(words, identities));
    }

    /**
     * Places an item: the number of the group it joined or opened. A group of the item's language (or of unknown
     * languages) is matched on words and identities; a group of other languages only, through
     * {@link Parameters#across}, each with its own threshold, and the best margin over its threshold wins.
     */
    int add(LocalDate day, Item item) {
        closeBefore(day);
        Profile best = null;
        double bestMargin = 0;
        for (int candidate : candidates(item)) {
            Profile p = profiles.get(candidate);
            if (p == null || !inWindow(p, day)) continue;
            double margin = parameters.across.applies(p, item.language())
                    ? parameters.across.match(p, item) - parameters.across.threshold()
                    : match(p, item) - parameters.threshold;
            if (margin >= 0 && (best == null || margin > bestMargin)) {
                best = p;
                bestMargin = margin;
            }
        }
        int group = best == null ? openGroup() : best.number;
        join(group, day, item);
        return group;
    }

    /**
     * Puts an item in a group it is known to belong to (a repeat of a member, a stored article's story). A group
     * closed meanwhile is not reopened: the item belongs to it all the same, its profile is gone.
     */
    void join(int group, LocalDate day, Item item) {
        closeBefore(day);
        Profile p = profiles.get(group);
        if (p == null) return;
        p.add(day, item);
        index(group, item);
    }

    /** A new empty group; its number is the count of groups opened before. */
    int openGroup() {
        Profile p = new Profile(opened++);
        profiles.put(p.number, p);
        return p.number;
    }

    /** The groups open now (memory holds these only). */
    int openGroups() {
        return profiles.size();
    }

    /**
     * Merges each group joined since the last pass with the open group whose whole profile agrees with its own best
     * ({@link Parameters#merge}: the centres' match, when the members' mean match allows it), among the {@link #MERGE_CANDIDATES} sharing the most index keys with its new
     * members; a merged group is looked at again with the keys of both. Of the two, a {@code fixed} group keeps its
     * number (two fixed groups never merge), else the older one. Returns the merges in the order made.
     */
    List<Merge> mergeAgreeing(IntPredicate fixed) {
        List<Merge> merges = new ArrayList<>();
        Deque<Integer> queue = new ArrayDeque<>(fresh.keySet());
        while (!queue.isEmpty()) {
            int group = queue.poll();
            Set<Integer> keys = fresh.remove(group);
            Profile p = profiles.get(group);
            if (keys == null || p == null) continue;
            Profile best = null;
            double bestMatch = 0;
            for (int candidate : mergeCandidates(group, keys)) {
                Profile q = profiles.get(candidate);
                if (q == null || fixed.test(group) && fixed.test(candidate) || !p.sharesLanguage(q)) continue;
                Profile.Comparison c = p.compare(q);
                double named = named(c.centres());
                double match = parameters.topics.combine(named, c.centres().topic());
                double members = parameters.topics.combine(named(c.members()), c.members().topic());
                if (parameters.merge.agree(named, c.centres().topic(), match, members) && (best == null || match > bestMatch)) {
                    best = q;
                    bestMatch = match;
                }
            }
            if (best == null) continue;
            boolean keepBest = fixed.test(best.number) || !fixed.test(group) && best.number < group;
            Merge m = keepBest ? new Merge(best.number, group) : new Merge(group, best.number);
            merge(m);
            merges.add(m);
            Set<Integer> both = new HashSet<>(keys);
            Set<Integer> other = fresh.remove(best.number);
            if (other != null) both.addAll(other);
            fresh.put(m.into(), both);
            queue.add(m.into());
        }
        return merges;
    }

    /** Words and identities mixed as a match mixes them. */
    private double named(Profile.Closeness c) {
        return parameters.wordWeight * c.words() + (1 - parameters.wordWeight) * c.identities();
    }

    /** The open groups sharing the most of these index keys, the group itself left out. */
    private List<Integer> mergeCandidates(int group, Set<Integer> keys) {
        Map<Integer, Integer> shared = new HashMap<>();
        for (int f : keys) {
            Set<Integer> groups = postings.get(f);
            if (groups == null) continue;
            for (int g : groups) if (g != group) shared.merge(g, 1, Integer::sum);
        }
        return shared.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MERGE_CANDIDATES).map(Map.Entry::getKey).toList();
    }

    /** One group takes in the other's profile and index keys; the other is gone. */
    private void merge(Merge m) {
        Profile into = profiles.get(m.into());
        into.absorb(profiles.remove(m.from()));
        Set<Integer> features = indexedBy.remove(m.from());
        if (features == null) return;
        Set<Integer> intoFeatures = indexedBy.computeIfAbsent(m.into(), k -> new HashSet<>());
        for (int f : features) {
            postings.get(f).remove(m.from());
            post(m.into(), f, intoFeatures);
        }
    }

    /** The match of an item with a group of its language: words and identities, and topics as {@link Parameters#topics} says. */
    double match(Profile p, Item item) {
        double w = parameters.wordWeight;
        double named = w * p.wordCosine(item.words()) + (1 - w) * p.identityCosine(item.identities());
        return parameters.topics.combine(named, p.topicCosine(item.topic()));
    }

    /**
     * The groups sharing one of the item's strongest features. Through its English projection, only the groups of
     * other languages: those of its own are matched on its own words, so they are found through them, and a stream
     * in one language pays nothing for the projections.
     */
    private Set<Integer> candidates(Item item) {
        Set<Integer> out = new HashSet<>();
        for (SparseVector v : List.of(item.words(), item.identities())) {
            for (int f : v.strongest(parameters.indexed)) {
                Set<Integer> groups = postings.get(f);
                if (groups != null) out.addAll(groups);
            }
        }
        for (int f : parameters.topics.keysOf(item.topic())) {
            Set<Integer> groups = postings.get(f);
            if (groups != null) out.addAll(groups);
        }
        if (item.language() == null) return out;
        for (int f : item.english().strongest(parameters.indexed)) {
            Set<Integer> groups = postings.get(f);
            if (groups == null) continue;
            for (int g : groups) {
                Profile p = profiles.get(g);
                if (p != null && parameters.across.applies(p, item.language())) out.add(g);
            }
        }
        return out;
    }

    private void index(int group, Item item) {
        Set<Integer> features = indexedBy.computeIfAbsent(group, k -> new HashSet<>());
        Set<Integer> keys = parameters.merge == ProfileMerge.NEVER ? new HashSet<>() : fresh.computeIfAbsent(group, k -> new HashSet<>());
        for (SparseVector v : List.of(item.words(), item.identities(), item.english())) {
            for (int f : v.strongest(parameters.indexed)) {
                post(group, f, features);
                keys.add(f);
            }
        }
        for (int f : parameters.topics.keysOf(item.topic())) {
            post(group, f, features);
            keys.add(f);
        }
    }

    private void post(int group, int f, Set<Integer> features) {
        LinkedHashSet<Integer> groups = postings.computeIfAbsent(f, k -> new LinkedHashSet<>());
        groups.remove(group); // re-added last: the most recent
        groups.add(group);
        features.add(f);
        if (groups.size() > MAX_POSTING) {
            Iterator<Integer> eldest = groups.iterator();
            Set<Integer> dropped = indexedBy.get(eldest.next());
            eldest.remove();
            if (dropped != null) dropped.remove(f);
        }
    }

    private boolean inWindow(Profile p, LocalDate day) {
        return day == null || p.last() == null
                || Math.abs(ChronoUnit.DAYS.between(p.last(), day)) <= parameters.activeDays
                || p.first() != null && !day.isBefore(p.first()) && !day.isAfter(p.last());
    }

    /** Closes the groups whose last member is older than the window: they leave the index. */
    private void closeBefore(LocalDate day) {
        if (day == null || day.equals(today)) return;
        today = day;
        for (Iterator<Profile> it = profiles.values().iterator(); it.hasNext(); ) {
            Profile p = it.next();
            int group = p.number;
            if (p.last() != null && ChronoUnit.DAYS.between(p.last(), day) > parameters.activeDays) {
                it.remove();
                fresh.remove(group);
                Set<Integer> features = indexedBy.remove(group);
                if (features == null) continue;
                for (int f : features) {
                    Set<Integer> groups = postings.get(f);
                    groups.remove(group);
                    if (groups.isEmpty()) postings.remove(f);
                }
            }
        }
    }
}
