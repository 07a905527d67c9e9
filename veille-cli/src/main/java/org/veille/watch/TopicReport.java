// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.watch;

import java.time.Instant;
import java.time.LocalDate;
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
 * per day, by outlet and by language) and its stories (those holding its articles, the most matching first).
 *
 * @param topic     the topic
 * @param matched   how many stored articles match, every version counted
 * @param articles  its articles counted once per page, at most {@link #MAX_ARTICLES} read
 * @param attention one entry per day, oldest first; articles with no date nor fetch time last, under a null day
 * @param stories   the stories holding its articles, the most matching first
 */
public record TopicReport(WatchConfig.Topic topic, int matched, List<StoredArticle> articles, List<Day> attention,
                          List<TopicStory> stories) {

    /** Articles a report reads at most: a topic larger than this is a query too wide to read day by day. */
    public static final int MAX_ARTICLES = 10_000;

    /** One day's attention: how many of the topic's articles, from which outlets, in which languages (the most first). */
    public record Day(LocalDate day, int articles, Map<String, Integer> outlets, Map<String, Integer> languages) {}

    /** A story of the topic: its summary, and how many of its articles the topic holds. */
    public record TopicStory(StorySummary summary, int matching) {}

    public TopicReport {
        articles = List.copyOf(articles);
        attention = List.copyOf(attention);
        stories = List.copyOf(stories);
    }

    /** The topic's report from the store, with its {@code storyLimit} stories holding the most of its articles. */
    public static TopicReport of(WatchConfig.Topic topic, ArticleStore store, int storyLimit) {
        ArticleStore.Matches matches = store.matching(topic.query(), topic.filters(), MAX_ARTICLES);
        Set<String> replaced = new HashSet<>();
        matches.articles().forEach(a -> replaced.add(a.previousVersion()));
        List<StoredArticle> current = matches.articles().stream().filter(a -> !replaced.contains(a.id())).toList();

        Map<LocalDate, List<Article>> byDay = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (StoredArticle a : current) byDay.computeIfAbsent(dayOf(a), d -> new ArrayList<>()).add(a.analyzed().article());
        List<Day> attention = new ArrayList<>();
        byDay.forEach((day, list) -> attention.add(new Day(day, list.size(),
                StorySummary.tally(list.stream().map(Article::outlet).toList()),
                StorySummary.tally(list.stream().map(Article::language).toList()))));

        Map<String, Long> perStory = current.stream().map(StoredArticle::story).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(s -> s, LinkedHashMap::new, Collectors.counting()));
        List<TopicStory> stories = new ArrayList<>();
        perStory.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(storyLimit)
                .forEach(e -> store.story(e.getKey()).ifPresent(s -> stories.add(new TopicStory(StorySummary.of(s), e.getValue().intValue()))));
        return new TopicReport(topic, matches.total(), current, attention, stories);
    }

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
        for (Day d : attention) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("day", d.day() == null ? null : d.day().toString());
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
