// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

/**
 * When two groups' whole profiles agree enough to be one group: a thread's first story decided where it went, and a
 * subject that started as two threads (its first stories too far apart) meets itself later, once each thread has
 * gathered more stories. Whole groups are compared ({@link Profile#compare}), never two members, so no merge rides on
 * one close pair: their centres' topic cosine and named evidence (words, identities) must reach their floors and
 * their mixed match the threshold, and the mean match of a member of one with a member of the other its own floor,
 * so a heap whose centre is near everything merges with nothing. Immutable.
 *
 * @param threshold   the least mixed match of the two centres (as {@link ProfileClusterer#match} mixes it)
 * @param topicFloor  the least cosine of the two topic centres: two groups of one subject point the same way
 * @param namedFloor  the least named match of the centres: a subject's groups share some of its vocabulary
 * @param memberFloor the least mixed match of a member of one group with a member of the other, on average
 */
record ProfileMerge(double threshold, double topicFloor, double namedFloor, double memberFloor) {

    /** Groups never merge (stories: an event is told by its names, and two stories are two events). */
    static final ProfileMerge NEVER = new ProfileMerge(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.POSITIVE_INFINITY);

    /**
     * Whether two groups are one: their centres' named match, topic cosine and mixed match, and their members' mean
     * mixed match. A missing topic cosine (NaN: a language without topic space) leaves the named evidence alone to
     * decide, through the mixed matches.
     */
    boolean agree(double named, double topic, double match, double members) {
        return match >= threshold && named >= namedFloor && (Double.isNaN(topic) || topic >= topicFloor) && members >= memberFloor;
    }
}
