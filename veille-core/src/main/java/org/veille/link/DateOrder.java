// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * The order the link stage's streams take articles in: undated first (so a dated article may join them whatever
 * its date), then by day. An instance checks that a stream is given articles in that order. Not thread-safe.
 */
public final class DateOrder {

    /** Days in the streams' order, undated (null) first. */
    public static final Comparator<LocalDate> UNDATED_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    private LocalDate last;

    /**
     * Takes the next article's day.
     *
     * @throws IllegalArgumentException when the article is older than one given before, or undated after a dated one
     */
    void next(String articleId, LocalDate day) {
        if (last != null && (day == null || day.isBefore(last))) {
            throw new IllegalArgumentException("articles out of date order: " + articleId + " (" + day + ") after " + last);
        }
        if (day != null) last = day;
    }
}
