// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.watch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeParseException;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.veille.extract.Article;
import org.veille.serve.StorySummary;
import org.veille.store.ArticleStore;
import org.veille.store.StoredArticle;

/**
 * What a topic holds, as {@code veille topic NAME} prints it: its articles (the store's search for its query, limited to
 * its outlets and languages; of a page stored in several versions, only the newest that matches), its attention (articles
 * per day or per hour, by outlet and by language) and its stories (those holding its articles, the most matching first).
 *
 * @param topic     the topic
 * @param matched   how many stored articles match, every version counted
 * @param articles  its articles counted once per page, at most {@link #MAX_ARTICLES} read
 * @param per       the attention's period: a day or an hour
 * @param attention one entry per period, oldest first; articles with no date nor fetch time last, under a null period
 * @param stories   the stories holding its articles, the most matching first
 */
public record TopicReport(WatchConfig.Topic topic, int matched, List<StoredArticle> articles, Per per, List<Period> attention,
                          List<TopicStory> stories) {

    /** Articles a report reads at most: a topic larger than this is a query too wide to read day by day. */
    public static final int MAX_ARTICLES = 10_000;

    /**
     * The period attention is counted by: a day (an article's publication day, else its fetch's) or an hour (its
     * publication's when the page gives the time of day, else its fetch's; UTC), as a watch sees a story break.
     */
    public enum Per {
        DAY("day"), HOUR("hour");

        /** Its name on the command line and in the JSON. */
        public final String jsonName;

        Per(String jsonName) {
            this.jsonName = jsonName;
        }

        /** The period of this name ({@code day}, {@code hour}), if there is one. */
        public static java.util.Optional<Per> named(String name) {
            for (Per p : values()) if (p.jsonName.equals(name)) return java.util.Optional.of(p);
            return java.util.Optional.empty();
        }
    }

    /**
     * One period's attention: how many of the topic's articles, from which outlets, in which languages (the most first).
     *
     * @param start the period's start ({@code 2026-12-06}, or {@code 2026-12-06T07:00Z} for an hour), null when unknown
     */
    public record Period(String start, int articles, Map<String, Integer> outlets, Map<String, Integer> languages) {}

    /** A story of the topic: its summary, and how many of its articles the topic holds. */
    public record TopicStory(StorySummary summary, int matching) {}

    public TopicReport {
        articles = List.copyOf(articles);
        attention = List.copyOf(attention);
        stories = List.copyOf(stories);
    }

    /** The topic's report from the store, attention {@code per} period, with its {@code storyLimit} stories holding the most of its articles. */
    public static TopicReport of(WatchConfig.Topic topic, ArticleStore store, int storyLimit, Per per) {
        ArticleStore.Matches matches = store.matching(topic.query(), topic.filters(), MAX_ARTICLES);
        Set<String> replaced = new HashSet<>();
        matches.articles().forEach(a -> replaced.add(a.previousVersion()));
        List<StoredArticle> current = matches.articles().stream().filter(a -> !replaced.contains(a.id())).toList();

        Map<String, List<Article>> byPeriod = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder())); // ISO: in time order
        for (StoredArticle a : current) byPeriod.computeIfAbsent(periodOf(a, per), d -> new ArrayList<>()).add(a.analyzed().article());
        List<Period> attention = new ArrayList<>();
        byPeriod.forEach((start, list) -> attention.add(new Period(start, list.size(),
                StorySummary.tally(list.stream().map(Article::outlet).toList()),
                StorySummary.tally(list.stream().map(Article::language).toList()))));

        Map<String, Long> perStory = current.stream().map(StoredArticle::story).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(s -> s, LinkedHashMap::new, Collectors.counting()));
        List<TopicStory> stories = new ArrayList<>();
        perStory.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(storyLimit)
                .forEach(e -> store.story(e.getKey()).ifPresent(s -> stories.add(new TopicStory(StorySummary.of(s), e.getValue().intValue()))));
        return new TopicReport(topic, matches.total(), current, per, attention, stories);
    }

    /** The start of the period an article counts in, or null when it has no date nor fetch time. */
    static String periodOf(StoredArticle a, Per per) {
        if (per == Per.DAY) {
            LocalDate day = dayOf(a);
            return day == null ? null : day.toString();
        }
        Instant at = publishedMoment(a);
        if (at == null && a.fetched() != null) at = Instant.parse(a.fetched());
        return at == null ? null : at.truncatedTo(ChronoUnit.HOURS).toString().replace(":00:00Z", ":00Z");
    }

    /** When the article says it was published, to the minute (no offset given: UTC), or null when it gives no time of day. */
    static Instant publishedMoment(StoredArticle a) {
        String p = a.analyzed().article().published();
        if (p == null || p.length() <= DATE_ONLY) return null;
        try {
            return OffsetDateTime.parse(p).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(p).toInstant(ZoneOffset.UTC); // no offset given: taken as UTC, as days are
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** Characters of a publication date without its time ("2026-12-06"). */
    private static final int DATE_ONLY = 10;

    /** The day an article counts on: its publication's, else the day it was fetched (UTC), else null. */
    static LocalDate dayOf(StoredArticle a) {
        LocalDate published = a.analyzed().article().publishedDay();
        if (published != null) return published;
        return a.fetched() == null ? null : LocalDate.ofInstant(Instant.parse(a.fetched()), ZoneOffset.UTC);
    }

    /**
     * One JSON object: {@code topic}, {@code query}, {@code outlets}, {@code languages}, {@code entities} and {@code quoting}
     * (its filters), {@code matched},
     * {@code articles}, {@code attention} ({@code day}, {@code articles}, {@code outlets}, {@code languages}) and
     * {@code stories} ({@code story}, {@code title}, {@code matching}, {@code size}, {@code first}, {@code last},
     * {@code outlets}, {@code languages}).
     */
    public Map<String, Object> row() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("topic", topic.name());
        row.put("query", topic.query());
        row.put("outlets", topic.outlets().stream().sorted().toList());
        row.put("languages", topic.languages().stream().sorted().toList());
        row.put("entities", topic.entities().stream().sorted().toList());
        row.put("quoting", topic.quoting().stream().sorted().toList());
        row.put("matched", matched);
        row.put("articles", articles.size());
        List<Map<String, Object>> days = new ArrayList<>();
        for (Period d : attention) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(per.jsonName, d.start());
            m.put("articles", d.articles());
            m.put("outlets", d.outlets());
            m.put("languages", d.languages());
            days.add(m);
        }
        row.put("attention", days);
        List<Map<String, Object>> list = new ArrayList<>();
        for (TopicStory t : stories) {
            StorySummary s = t.summary();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("story", s.story());
            m.put("title", s.title());
            m.put("matching", t.matching());
            m.put("size", s.size());
            m.put("first", s.first() == null ? null : s.first().toString());
            m.put("last", s.last() == null ? null : s.last().toString());
            m.put("outlets", s.outlets());
            m.put("languages", s.languages());
            list.add(m);
        }
        row.put("stories", list);
        return row;
    }
}
