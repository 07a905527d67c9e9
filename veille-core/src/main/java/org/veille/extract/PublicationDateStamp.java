// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One date found on a page: the day, with the time and the zone offset when the markup states them.
 *
 * @param day    the day as written
 * @param time   the time of day as written, or null
 * @param offset the zone offset written with the time, or null
 * @param weight what the source counts for when sources disagree, in half votes
 */
record PublicationDateStamp(LocalDate day, LocalTime time, ZoneOffset offset, int weight) {

    /** One vote: a source of ordinary reliability. */
    static final int VOTE = 2;
    /** Hours from midnight within which a day may differ between zones. */
    static final int NEAR_MIDNIGHT_HOURS = 5;
    static final int UTC_EARLY_HOURS = 8;
    static final int UTC_LATE_HOURS = 16;

    PublicationDateStamp(LocalDate day, LocalTime time, ZoneOffset offset) {
        this(day, time, offset, VOTE);
    }

    static PublicationDateStamp ofDay(LocalDate day) {
        return new PublicationDateStamp(day, null, null);
    }

    PublicationDateStamp withWeight(int halfVotes) {
        return new PublicationDateStamp(day, time, offset, halfVotes);
    }

    /** Whether the time was stated in UTC, where the day may differ from the publisher's own day. */
    boolean inUtc() {
        return offset != null && offset.getTotalSeconds() == 0;
    }

    /**
     * Whether the day may be another one in the publisher's zone: a time within
     * {@value #NEAR_MIDNIGHT_HOURS} hours of midnight, or a time in UTC that is another day in the
     * Americas (before {@value #UTC_EARLY_HOURS} h) or in Asia (from {@value #UTC_LATE_HOURS} h).
     */
    boolean nearMidnight() {
        if (!hasTime()) return false;
        int h = time.getHour();
        if (inUtc()) return h < UTC_EARLY_HOURS || h >= UTC_LATE_HOURS;
        return h < NEAR_MIDNIGHT_HOURS || h >= 24 - NEAR_MIDNIGHT_HOURS;
    }

    /** Whether a time other than midnight is stated: midnight often pads a bare day. */
    boolean hasTime() {
        return time != null && !time.equals(LocalTime.MIDNIGHT);
    }

    /** The same instant in another zone; a stamp without time or offset is left as it is. */
    PublicationDateStamp at(ZoneOffset zone) {
        if (!hasTime() || offset == null || offset.equals(zone)) return this;
        OffsetDateTime t = OffsetDateTime.of(day, time, offset).withOffsetSameInstant(zone);
        return new PublicationDateStamp(t.toLocalDate(), t.toLocalTime(), zone, weight);
    }

    /** "2016-11-21", or "2016-11-21T09:20" when a time was stated. */
    String iso() {
        return time == null ? day.toString() : day + "T" + time.withSecond(0).withNano(0);
    }
}
