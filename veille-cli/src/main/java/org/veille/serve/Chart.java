// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.serve;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Articles per day as an SVG bar chart drawn on the server: one bar a day, stacked by series (outlets or languages),
 * the largest series in their own colours and the rest as "other", each piece with its day and count as a tooltip.
 * No script and no style attribute: the page's policy allows neither.
 */
final class Chart {

    /** The most days drawn: the latest ones when there are more. */
    static final int MAX_DAYS = 120;
    /** The fewest days an axis spans: a bar is never wider than a fourteenth of the chart. */
    static final int MIN_DAYS = 14;
    /** Series drawn in their own colour; the others are added up as "other". */
    static final int MAX_SERIES = 6;
    private static final String[] COLOURS = {"#1d3557", "#e63946", "#2a9d8f", "#e9c46a", "#8d5a97", "#f4a261"};
    private static final String OTHER_COLOUR = "#b0b0b0";
    private static final int WIDTH = 720, HEIGHT = 180, LEFT = 36, BOTTOM = 22, TOP = 8;

    private Chart() {}

    /** The chart of {@code days} (per day, counts by series; a single series may be keyed ""), with its legend. */
    static void bars(Html h, String caption, SortedMap<LocalDate, Map<String, Integer>> days) {
        if (days.isEmpty()) {
            h.raw("<p class=\"meta\">").text(caption + ": no dated article.").raw("</p>");
            return;
        }
        LocalDate last = days.lastKey();
        LocalDate first = days.firstKey().isBefore(last.minusDays(MAX_DAYS - 1)) ? last.minusDays(MAX_DAYS - 1) : days.firstKey();
        SortedMap<LocalDate, Map<String, Integer>> shown = days.subMap(first, last.plusDays(1));
        int missing = MIN_DAYS - ((int) ChronoUnit.DAYS.between(first, last) + 1);
        if (missing > 0) { // a story of a day or two: its bars in the middle of a short axis, not stretched over the width
            first = first.minusDays(missing / 2);
            last = last.plusDays(missing - missing / 2);
        }
        List<String> series = largestSeries(shown);
        int span = (int) ChronoUnit.DAYS.between(first, last) + 1;
        int max = shown.values().stream().mapToInt(c -> c.values().stream().mapToInt(Integer::intValue).sum()).max().orElse(1);
        double slot = (WIDTH - LEFT) / (double) span;
        double plot = HEIGHT - BOTTOM - TOP;
        h.raw("<figure class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT
                + "\" role=\"img\" aria-label=\"").text(caption).raw("\"><title>").text(caption).raw("</title>");
        h.raw(line(LEFT, TOP + plot, WIDTH, TOP + plot));
        label(h, LEFT - 4, TOP + 10, "end", Integer.toString(max));
        label(h, LEFT - 4, TOP + plot, "end", "0");
        label(h, LEFT, HEIGHT - 6, "start", first.toString());
        if (span > 1) label(h, WIDTH, HEIGHT - 6, "end", last.toString());
        for (Map.Entry<LocalDate, Map<String, Integer>> day : shown.entrySet()) {
            double x = LEFT + slot * ChronoUnit.DAYS.between(first, day.getKey());
            double y = TOP + plot;
            for (Map.Entry<String, Integer> piece : stacked(day.getValue(), series).entrySet()) {
                double height = plot * piece.getValue() / max;
                y -= height;
                h.raw(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>",
                        x + slot * 0.1, y, Math.max(1, slot * 0.8), height, colour(piece.getKey(), series)));
                h.text(day.getKey() + ": " + (piece.getKey().isEmpty() ? "" : piece.getKey() + " ") + piece.getValue()).raw("</title></rect>");
            }
        }
        h.raw("</svg><figcaption>").text(caption + (shown.size() < days.size() ? " (the last " + MAX_DAYS + " days)" : ""));
        if (!(series.size() == 1 && series.getFirst().isEmpty())) {
            h.raw("<ul class=\"legend\">");
            for (String s : series) legendItem(h, colour(s, series), s.isEmpty() ? "unknown" : s);
            if (series.size() < seriesCount(shown)) legendItem(h, OTHER_COLOUR, "other");
            h.raw("</ul>");
        }
        h.raw("</figcaption></figure>");
    }

    /** The series with the most articles over the days shown, at most {@link #MAX_SERIES}, most first. */
    private static List<String> largestSeries(SortedMap<LocalDate, Map<String, Integer>> days) {
        Map<String, Integer> totals = new HashMap<>();
        days.values().forEach(c -> c.forEach((k, n) -> totals.merge(k, n, Integer::sum)));
        return totals.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_SERIES).map(Map.Entry::getKey).toList();
    }

    private static int seriesCount(SortedMap<LocalDate, Map<String, Integer>> days) {
        return (int) days.values().stream().flatMap(c -> c.keySet().stream()).distinct().count();
    }

    /** A day's counts in legend order, the series not drawn in colour added up under "other". */
    private static Map<String, Integer> stacked(Map<String, Integer> counts, List<String> series) {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        for (String s : series) if (counts.containsKey(s)) out.put(s, counts.get(s));
        int other = counts.entrySet().stream().filter(e -> !series.contains(e.getKey())).mapToInt(Map.Entry::getValue).sum();
        if (other > 0) out.put("other", other);
        return out;
    }

    private static String colour(String s, List<String> series) {
        int i = series.indexOf(s);
        return i < 0 ? OTHER_COLOUR : COLOURS[i % COLOURS.length];
    }

    private static void legendItem(Html h, String colour, String name) {
        h.raw("<li><svg class=\"key\" viewBox=\"0 0 10 10\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\" fill=\"")
                .raw(colour).raw("\"/></svg> ").text(name).raw("</li>");
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#999\"/>", x1, y1, x2, y2);
    }

    private static void label(Html h, double x, double y, String anchor, String text) {
        h.raw(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"11\" fill=\"#555\">", x, y, anchor))
                .text(text).raw("</text>");
    }
}
