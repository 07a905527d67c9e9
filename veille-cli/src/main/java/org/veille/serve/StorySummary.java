// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.serve;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.veille.analyze.Entity;
import org.veille.extract.Article;
import org.veille.store.Story;
import org.veille.store.StoredArticle;

/**
 * What {@code stories} prints of a story, and {@code story ID} at its head.
 *
 * @param story      the story's id
 * @param thread     the id of its thread, or null
 * @param size       how many articles it has
 * @param first      the day of its oldest dated article, or null when none is dated
 * @param last       the day of its newest dated article, or null
 * @param firstReport the id of its first report ({@link Story#firstReport()})
 * @param title      the first report's title: the story as it was first told, not a copy's rewording of it
 * @param outlets    how many articles each named outlet published, the most first
 * @param languages  how many articles are in each language, the most first
 * @param identities the canonical names most mentioned across its articles, with their mentions, the most first
 * @param articles   its article ids, oldest first
 */
public record StorySummary(String story, String thread, int size, LocalDate first, LocalDate last, String firstReport,
                    String title, Map<String, Integer> outlets, Map<String, Integer> languages,
                    Map<String, Integer> identities, List<String> articles) {

    /** Identities listed per story: enough to tell who and where a story is about, few enough to read on one line. */
    public static final int TOP_IDENTITIES = 5;

    public static StorySummary of(Story story) {
        List<Article> articles = story.articles().stream().map(a -> a.analyzed().article()).toList();
        List<LocalDate> days = articles.stream().map(Article::publishedDay).filter(Objects::nonNull).sorted().toList();
        Map<String, Integer> mentions = new HashMap<>();
        for (StoredArticle a : story.articles()) {
            for (Entity e : a.analyzed().entities()) mentions.merge(e.canonical(), 1, Integer::sum);
        }
        StoredArticle firstReport = story.firstReport();
        return new StorySummary(story.id(), story.articles().getFirst().thread(), articles.size(),
                days.isEmpty() ? null : days.getFirst(), days.isEmpty() ? null : days.getLast(), firstReport.id(),
                firstReport.analyzed().article().title(),
                mostFirst(counts(articles.stream().map(Article::outlet).toList()), Integer.MAX_VALUE),
                mostFirst(counts(articles.stream().map(Article::language).toList()), Integer.MAX_VALUE),
                mostFirst(mentions, TOP_IDENTITIES), story.articles().stream().map(StoredArticle::id).toList());
    }

    /** The fields as a JSON object, in the order of the record. */
    public Map<String, Object> row() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("story", story);
        row.put("thread", thread);
        row.put("size", size);
        row.put("first", first == null ? null : first.toString());
        row.put("last", last == null ? null : last.toString());
        row.put("first_report", firstReport);
        row.put("title", title);
        row.put("outlets", outlets);
        row.put("languages", languages);
        row.put("identities", identities);
        row.put("articles", articles);
        return row;
    }

    /** Counts as one line, "name (count), …" in their order; empty when there is none. */
    public static String counted(Map<String, Integer> counts) {
        StringBuilder out = new StringBuilder();
        counts.forEach((name, n) -> out.append(out.isEmpty() ? "" : ", ").append(name).append(" (").append(n).append(')'));
        return out.toString();
    }

    /** How often each value occurs, the most first, then by name; nulls (an outlet the capture does not name) left out. */
    public static Map<String, Integer> tally(List<String> values) {
        return mostFirst(counts(values), Integer.MAX_VALUE);
    }

    /** How often each value occurs, nulls (an outlet the capture does not name) left out. */
    private static Map<String, Integer> counts(List<String> values) {
        Map<String, Integer> counts = new HashMap<>();
        for (String v : values) if (v != null) counts.merge(v, 1, Integer::sum);
        return counts;
    }

    /** At most {@code limit} entries, the largest counts first, then by name. */
    private static Map<String, Integer> mostFirst(Map<String, Integer> counts, int limit) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
