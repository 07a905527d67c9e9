// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar date, with its time when printed, in a short piece of text: ISO forms, numeric
 * day-first forms ("05.11.2024, 09:20", "21/11/2016"), written forms in French, English, German and
 * Spanish ("21 novembre 2016", "November 21, 2016", "21. November 2016", "21 de noviembre de 2016")
 * and Unix timestamps. Written by hand because java.time parses one known pattern at a time, while
 * captures mix languages and orders. Thread-safe and stateless.
 */
public final class DateFinder {

    /** Years outside this range are not publication dates of online news. */
    static final int MIN_YEAR = 1995;
    static final int MAX_YEAR = 2100;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            // French
            Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("fevrier", 2), Map.entry("mars", 3),
            Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7),
            Map.entry("août", 8), Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("octobre", 10),
            Map.entry("novembre", 11), Map.entry("décembre", 12), Map.entry("decembre", 12),
            // English
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12),
            // German
            Map.entry("januar", 1), Map.entry("jänner", 1), Map.entry("februar", 2), Map.entry("märz", 3),
            Map.entry("maerz", 3), Map.entry("juni", 6), Map.entry("juli", 7), Map.entry("oktober", 10),
            Map.entry("dezember", 12),
            // Spanish
            Map.entry("enero", 1), Map.entry("febrero", 2), Map.entry("marzo", 3), Map.entry("abril", 4),
            Map.entry("mayo", 5), Map.entry("junio", 6), Map.entry("julio", 7), Map.entry("agosto", 8),
            Map.entry("septiembre", 9), Map.entry("setiembre", 9), Map.entry("octubre", 10),
            Map.entry("noviembre", 11), Map.entry("diciembre", 12));

    private static final String MONTH_WORD = "(\\p{L}{3,10})\\.?";
    /** A time after the date: "09:20", "à 10h30", "at 8:15 p.m." (the last group is the 12-hour clock's a or p). */
    private static final String TIME = "(?:[,\\s]+(?:à|a|at|um|um\\s|-)?\\s*(\\d{1,2})[:h](\\d{2})(?::(\\d{2}))?(?:\\s*([aApP])\\.?[mM]\\.?)?)?";

    private static final Pattern ISO = Pattern.compile(
            "(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?)?(?!\\d)");
    private static final Pattern DAY_FIRST_NUMERIC = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})[./](\\d{1,2})[./](\\d{4})(?![\\d.]\\d)" + TIME);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:er|st|nd|rd|th)?\\.?\\s+(?:de\\s+)?" + MONTH_WORD + "\\s+(?:de\\s+)?(\\d{4})(?!\\d)" + TIME,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<!\\p{L})" + MONTH_WORD + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)" + TIME,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A day and a month with no year, at the start of a text after at most two words (an article, a weekday):
     * "le 29 janvier", "jeudi 12 novembre", "March 4".
     */
    private static final Pattern DAY_MONTH_FIRST = Pattern.compile(
            "^[\\s:,]*(?:\\p{L}+\\s+){0,2}?(?:(\\d{1,2})(?:er|st|nd|rd|th)?\\.?\\s+(?:de\\s+)?" + monthNames()
                    + "|" + monthNames() + "\\s+(\\d{1,2})(?:st|nd|rd|th)?)(?![\\p{L}\\d]|,?\\s+\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern UNIX_SECONDS = Pattern.compile("^\\s*(1\\d{9})\\s*$");

    /** A date found in text, at day or minute precision. */
    public record Found(LocalDate date, LocalDateTime dateTime, int start, int end) {
        /** ISO-8601 text: "2016-11-21", or "2024-11-05T09:20" when a time was printed. */
        public String iso() {
            return dateTime != null ? dateTime.toString() : date.toString();
        }
    }

    /** The first credible date in {@code text}, trying the most explicit forms first. */
    public Optional<Found> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<Found> found = iso(text);
        if (found.isEmpty()) found = dayFirstNumeric(text);
        if (found.isEmpty()) found = written(text);
        return found;
    }

    /** The month names as one group, longest first ("septembre" before "sept"), a full stop after them allowed. */
    private static String monthNames() {
        return "(" + String.join("|", MONTHS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList())
                + ")\\.?";
    }

    /**
     * A date printed without its year at the start of {@code text} (what follows "publié" in "publié le 29 janvier"),
     * dated by {@code newest}, the newest full date the same capture prints: the latest year that does not put it
     * after that date (a page lists nothing newer than the day it is read). Empty when the text starts with no such
     * date or {@code newest} is null.
     */
    public Optional<Found> yearless(String text, LocalDate newest) {
        if (text == null || newest == null) return Optional.empty();
        Matcher m = DAY_MONTH_FIRST.matcher(text);
        if (!m.find()) return Optional.empty();
        boolean dayFirst = m.group(1) != null;
        Integer month = MONTHS.get((dayFirst ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT));
        if (month == null) return Optional.empty();
        int day = Integer.parseInt(dayFirst ? m.group(1) : m.group(4));
        for (int year = newest.getYear(); year >= newest.getYear() - 1; year--) {
            try {
                LocalDate date = LocalDate.of(year, month, day);
                if (!date.isAfter(newest)) return Optional.of(new Found(date, null, m.start(), m.end()));
            } catch (DateTimeException e) {
                // the 29th of February of a year without it: try the year before
            }
        }
        return Optional.empty();
    }

    /** A Unix timestamp standing alone on its line, as some capture tools print the page's time. */
    public Optional<Found> unixTimestamp(String line) {
        Matcher m = UNIX_SECONDS.matcher(line);
        if (!m.matches()) return Optional.empty();
        LocalDateTime t = LocalDateTime.ofInstant(Instant.ofEpochSecond(Long.parseLong(m.group(1))), ZoneOffset.UTC);
        return plausible(t.getYear()) ? Optional.of(new Found(t.toLocalDate(), t.withSecond(0), m.start(1), m.end(1))) : Optional.empty();
    }

    /** Parses a machine-readable date as found in metadata (ISO-8601 with or without zone, or a bare date). */
    public Optional<Found> parseIso(String value) {
        if (value == null) return Optional.empty();
        String v = value.strip();
        try {
            OffsetDateTime t = OffsetDateTime.parse(v);
            return ofDateTime(t.toLocalDateTime(), 0, v.length());
        } catch (DateTimeParseException ignored) {
            // not a full timestamp with offset: the lenient pattern below handles the rest
        }
        return iso(v);
    }

    private Optional<Found> iso(String text) {
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            Optional<Found> f = build(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), null, m.start(), m.end());
            if (f.isPresent()) return f;
        }
        return Optional.empty();
    }

    private Optional<Found> dayFirstNumeric(String text) {
        Matcher m = DAY_FIRST_NUMERIC.matcher(text);
        while (m.find()) {
            Optional<Found> f = build(m.group(3), m.group(2), m.group(1), m.group(4), m.group(5), m.group(7), m.start(), m.end());
            if (f.isPresent()) return f;
        }
        return Optional.empty();
    }

    private Optional<Found> written(String text) {
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            if (month != null) {
                Optional<Found> f = build(m.group(3), month.toString(), m.group(1), m.group(4), m.group(5), m.group(7), m.start(), m.end());
                if (f.isPresent()) return f;
            }
        }
        m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            if (month != null) {
                Optional<Found> f = build(m.group(3), month.toString(), m.group(2), m.group(4), m.group(5), m.group(7), m.start(), m.end());
                if (f.isPresent()) return f;
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> build(String year, String month, String day, String hour, String minute, String halfDay, int start, int end) {
        try {
            int y = Integer.parseInt(year);
            if (!plausible(y)) return Optional.empty();
            LocalDate date = LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
            if (hour == null) return Optional.of(new Found(date, null, start, end));
            int h = Integer.parseInt(hour);
            if (halfDay != null && (halfDay.equalsIgnoreCase("p") ? h < 12 : h == 12)) h = (h + 12) % 24;
            LocalDateTime t = date.atTime(h, Integer.parseInt(minute));
            return Optional.of(new Found(date, t, start, end));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Found> ofDateTime(LocalDateTime t, int start, int end) {
        if (!plausible(t.getYear())) return Optional.empty();
        return Optional.of(new Found(t.toLocalDate(), t.withSecond(0).withNano(0), start, end));
    }

    private static boolean plausible(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }
}
