// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.time.LocalDate;

/**
 * What the link stage keeps of an article: enough to place it in a story, a thread and a line of copies,
 * a few kilobytes whatever the article's size.
 *
 * @param id         the article's id
 * @param day        its publication day, or null when unknown
 * @param language   its language (ISO 639-1), or null when unknown: articles of one language compare their own words
 * @param words      counts of its content stems (title words weighed as {@link LinkTerms} says), numbered by the run's {@link LinkVocabulary}
 * @param identities counts of the identities it names (people, organisations, places), numbered likewise
 * @param english    its words projected into English ({@link LinkTerms#english}), numbered likewise: what articles of
 *                   different languages compare
 * @param shingles   the MinHash signature of its word sequences, for near duplicates ({@link NearDuplicates})
 */
public record LinkFeatures(String id, LocalDate day, String language, SparseVector words, SparseVector identities, SparseVector english,
                           int[] shingles) {}
