// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Printed date forms that {@link DateFinder} leaves aside and pages often use near a headline:
 * year first with dots or slashes ("2023.11.02", "2016/11/18"), day-first with a two-digit year
 * ("28.01.22"), a comma before the year ("28 April, 2017") and abbreviated months in French, German
 * and Spanish ("3 janv. 2020", "3. Okt. 2019", "3 dic. 2020"). Thread-safe and stateless.
 */
final class PublicationDateForms {

    /** Abbreviations absent from {@link DateFinder}'s month names, lower case, without the dot. */
    private static final Map<String, Integer> SHORT_MONTHS = Map.ofEntries(
            Map.entry("janv", 1), Map.entry("févr", 2), Map.entry("fevr", 2), Map.entry("fév", 2), Map.entry("avr", 4),
            Map.entry("juil", 7), Map.entry("déc", 12), Map.entry("sept", 9),
            Map.entry("jän", 1), Map.entry("mär", 3), Map.entry("mrz", 3), Map.entry("okt", 10), Map.entry("dez", 12),
            Map.entry("ene", 1), Map.entry("abr", 4), Map.entry("ago", 8), Map.entry("dic", 12), Map.entry("set", 9),
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("mai", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
            Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Map<String, Integer> FULL_MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8), Map.entry("september", 9),
            Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12));

    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(?<![\\d.])((?:19|20)\\d{2})([./])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
    /** Chinese, Japanese and Korean dates: "2020年07月03日", "2020년 7월 3일". */
    private static final Pattern YEAR_MONTH_DAY_SIGNS = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]");
    private static final Pattern SHORT_YEAR = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d]|\\.\\d)");
    private static final Pattern COMMA_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\.?\\s+(\\p{L}{3,9}),\\s+((?:19|20)\\d{2})(?!\\d)", Pattern.UNICODE_CASE);
    private static final Pattern ABBREVIATED = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\.?\\s+(\\p{L}{3,4})\\.?\\s+((?:19|20)\\d{2})(?!\\d)", Pattern.UNICODE_CASE);

    /** The first date in one of these forms, or empty. */
    Optional<LocalDate> find(String text, LocalDate today) {
        Matcher m = YEAR_FIRST.matcher(text);
        while (m.find()) {
            Optional<LocalDate> d = date(m.group(1), m.group(3), m.group(4));
            if (d.isPresent()) return d;
        }
        m = YEAR_MONTH_DAY_SIGNS.matcher(text);
        while (m.find()) {
            Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3));
            if (d.isPresent()) return d;
        }
        m = COMMA_YEAR.matcher(text);
        while (m.find()) {
            Integer month = FULL_MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            Optional<LocalDate> d = month == null ? Optional.empty() : date(m.group(3), month.toString(), m.group(1));
            if (d.isPresent()) return d;
        }
        m = ABBREVIATED.matcher(text);
        while (m.find()) {
            Integer month = SHORT_MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            Optional<LocalDate> d = month == null ? Optional.empty() : date(m.group(3), month.toString(), m.group(1));
            if (d.isPresent()) return d;
        }
        m = SHORT_YEAR.matcher(text);
        while (m.find()) {
            int yy = Integer.parseInt(m.group(3));
            int century = yy <= today.getYear() % 100 ? 2000 : 1900;
            Optional<LocalDate> d = date(Integer.toString(century + yy), m.group(2), m.group(1));
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String y, String m, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
