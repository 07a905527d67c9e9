// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
     */
    record Parameters(double threshold, double wordWeight, int activeDays, int indexed, CrossLanguageMatch across, TopicMatch topics) {
        /** Parameters for items of one language (or of unknown languages): the cross-language rule never applies. */
        Parameters(double threshold, double wordWeight, int activeDays, int indexed) {
            this(threshold, wordWeight, activeDays, indexed, CrossLanguageMatch.NEVER);
        }

        /** Parameters where topics play no part. */
        Parameters(double threshold, double wordWeight, int activeDays, int indexed, CrossLanguageMatch across) {
            this(threshold, wordWeight, activeDays, indexed, across, TopicMatch.NONE);
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

    private final Parameters parameters;
    private final Map<Integer, Profile> profiles = new HashMap<>();
    private final Map<Integer, LinkedHashSet<Integer>> postings = new HashMap<>();
    private final Map<Integer, Set<Integer>> indexedBy = new HashMap<>();
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
        for (SparseVector v : List.of(item.words(), item.identities(), item.english())) {
            for (int f : v.strongest(parameters.indexed)) post(group, f, features);
        }
        for (int f : parameters.topics.keysOf(item.topic())) post(group, f, features);
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
