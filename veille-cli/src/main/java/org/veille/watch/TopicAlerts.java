// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.watch;

import java.net.URI;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.veille.analyze.Quotation;
import org.veille.extract.Article;
import org.veille.extract.ArticleIdentity;
import org.veille.store.StoredArticle;

/**
 * The alert rules of one topic, run on its articles ({@link TopicReport}) each time the watcher has polled, against what
 * the topic saw before ({@link Memory}):
 * <ul>
 *   <li>{@link Alert.Kind#NEW_OUTLET} and {@link Alert.Kind#NEW_LANGUAGE}: a story seen before gets an article from an
 *       outlet (its named outlet, else its address's host) or in a language it had not had;</li>
 *   <li>{@link Alert.Kind#STATEMENT}: a quotation of a watched speaker (the speaker's name ends with the watched name's
 *       words, accents and case ignored) whose words the topic had not printed; copies of the same words are one;</li>
 *   <li>{@link Alert.Kind#MEANING_CHANGED}: such a new wording of a statement the topic printed before (mostly the same
 *       words) with a number replaced or its negation dropped or added ({@link MeaningChange}), the first wording and
 *       the new one as evidence;</li>
 *   <li>{@link Alert.Kind#SURGE}: in the last {@link #SURGE_WINDOW}, at least {@link #SURGE_OUTLETS} outlets first
 *       covered a story, and at least {@link #SURGE_FACTOR} times its own baseline (outlets per hour before the window,
 *       since its first article; an hour at least); once per story and hour.</li>
 * </ul>
 * An article's time is its fetch's, else its publication's. The first run on a topic only learns what it holds: an
 * alert is news, not the store's history. No I/O.
 */
public final class TopicAlerts {

    /** The window a surge is counted in. */
    static final Duration SURGE_WINDOW = Duration.ofHours(1);
    /** New outlets in the window that make a surge, at least: two outlets are a story's ordinary life. */
    static final int SURGE_OUTLETS = 3;
    /** How many times its baseline rate a story's new outlets must reach. */
    static final double SURGE_FACTOR = 3.0;

    /** What a topic saw: each story's outlets and languages, the statements printed, the surges raised. Not thread-safe. */
    public static final class Memory {
        boolean started;
        final Map<String, Set<String>> outlets = new HashMap<>(), languages = new HashMap<>();
        final Set<String> statements = new LinkedHashSet<>(), surges = new LinkedHashSet<>();
    }

    private TopicAlerts() {}

    /** The alerts the topic's articles raise now, {@code memory} updated with what they hold. */
    public static List<Alert> find(WatchConfig.Topic topic, List<StoredArticle> articles, Memory memory, Instant now) {
        List<Alert> alerts = new ArrayList<>();
        List<StoredArticle> oldestFirst = articles.stream()
                .sorted(Comparator.comparing(TopicAlerts::timeOf, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
        Map<String, List<StoredArticle>> byStory = new LinkedHashMap<>();
        for (StoredArticle a : oldestFirst) {
            if (a.story() != null) byStory.computeIfAbsent(a.story(), s -> new ArrayList<>()).add(a);
        }
        byStory.forEach((story, members) -> {
            boolean known = memory.outlets.containsKey(story);
            Set<String> outlets = memory.outlets.computeIfAbsent(story, s -> new LinkedHashSet<>());
            Set<String> languages = memory.languages.computeIfAbsent(story, s -> new LinkedHashSet<>());
            for (StoredArticle a : members) {
                Article ar = a.analyzed().article();
                String who = outletOf(ar);
                if (outlets.add(who) && known && memory.started) {
                    alerts.add(alert(topic, Alert.Kind.NEW_OUTLET, story + ":" + who, now,
                            who + " picks up: " + title(members), story, List.of(a)));
                }
                if (ar.language() != null && languages.add(ar.language()) && known && memory.started) {
                    alerts.add(alert(topic, Alert.Kind.NEW_LANGUAGE, story + ":" + ar.language(), now,
                            "told in " + ar.language() + " now: " + title(members), story, List.of(a)));
                }
            }
            surge(topic, story, members, memory, now).ifPresent(alerts::add);
        });
        statements(topic, oldestFirst, memory, now, alerts);
        boolean learning = !memory.started;
        memory.started = true;
        return learning ? List.of() : alerts;
    }

    private static void statements(WatchConfig.Topic topic, List<StoredArticle> articles, Memory memory, Instant now,
                                   List<Alert> alerts) {
        Map<String, List<StoredArticle>> printedBy = new LinkedHashMap<>();
        Map<String, Printed> first = new HashMap<>();
        List<Printed> printed = new ArrayList<>(); // every watched wording, oldest first, to compare new ones with
        for (StoredArticle a : articles) {
            for (Quotation q : a.analyzed().quotes()) {
                if (q.speaker() == null || topic.speakers().stream().noneMatch(w -> names(q.speaker(), w))) continue;
                Printed p = new Printed(words(q.speaker()), words(q.text()), q, a, printed.size());
                printed.add(p);
                if (memory.statements.contains(p.key())) continue;
                printedBy.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(a);
                first.putIfAbsent(p.key(), p);
            }
        }
        printedBy.forEach((key, printers) -> {
            memory.statements.add(key);
            Printed p = first.get(key);
            alerts.add(alert(topic, Alert.Kind.STATEMENT, ArticleIdentity.textDigest(key), now,
                    p.quote().speaker() + ": « " + p.quote().text() + " »", printers.getFirst().story(), printers));
            meaningChange(topic, p, printed, now).ifPresent(alerts::add);
        });
    }

    /** A watched speaker's quotation as printed: folded words, the quotation, its article, and its place among them all. */
    private record Printed(List<String> speaker, List<String> text, Quotation quote, StoredArticle article, int order) {
        String key() {
            return String.join(" ", speaker) + "|" + String.join(" ", text);
        }
    }

    /** The first earlier wording by the same speaker that {@code now} changes the meaning of, as an alert. */
    private static Optional<Alert> meaningChange(WatchConfig.Topic topic, Printed wording, List<Printed> printed, Instant now) {
        String language = wording.article().analyzed().article().language();
        for (Printed earlier : printed.subList(0, wording.order())) {
            if (!earlier.speaker().equals(wording.speaker()) || earlier.text().equals(wording.text())) continue;
            Optional<String> change = MeaningChange.between(earlier.text(), wording.text(), language);
            if (change.isEmpty()) continue;
            return Optional.of(alert(topic, Alert.Kind.MEANING_CHANGED, ArticleIdentity.textDigest(earlier.key() + "\n" + wording.key()),
                    now, wording.quote().speaker() + ": « " + earlier.quote().text() + " » now printed « " + wording.quote().text()
                            + " » (" + change.get() + ")", wording.article().story(), List.of(earlier.article(), wording.article())));
        }
        return Optional.empty();
    }

    private static Optional<Alert> surge(WatchConfig.Topic topic, String story, List<StoredArticle> members,
                                                   Memory memory, Instant now) {
        Map<String, Instant> firstCover = new LinkedHashMap<>();
        Map<String, StoredArticle> firstArticle = new LinkedHashMap<>();
        for (StoredArticle a : members) {
            Instant t = timeOf(a);
            if (t == null || t.isAfter(now)) continue;
            String who = outletOf(a.analyzed().article());
            if (firstCover.putIfAbsent(who, t) == null) firstArticle.put(who, a);
        }
        if (firstCover.isEmpty()) return Optional.empty();
        Instant windowStart = now.minus(SURGE_WINDOW);
        List<String> recent = firstCover.keySet().stream().filter(w -> firstCover.get(w).isAfter(windowStart)).toList();
        long before = firstCover.size() - recent.size();
        Instant earliest = firstCover.values().stream().min(Comparator.naturalOrder()).orElseThrow();
        double hours = Math.max(1.0, Duration.between(earliest, windowStart).toMinutes() / 60.0);
        double baselinePerWindow = before / hours * (SURGE_WINDOW.toMinutes() / 60.0);
        if (recent.size() < SURGE_OUTLETS || recent.size() < SURGE_FACTOR * baselinePerWindow) return Optional.empty();
        String id = story + ":" + now.truncatedTo(ChronoUnit.HOURS);
        if (!memory.surges.add(id)) return Optional.empty();
        return Optional.of(alert(topic, Alert.Kind.SURGE, id, now, recent.size() + " outlets in the last hour (baseline "
                + String.format(Locale.ROOT, "%.1f", baselinePerWindow) + "): " + title(members), story,
                recent.stream().map(firstArticle::get).toList()));
    }

    private static Alert alert(WatchConfig.Topic topic, Alert.Kind kind, String detail, Instant now, String title,
                               String story, List<StoredArticle> evidence) {
        return new Alert(kind.jsonName + ":" + detail, kind, topic.name(), now, title, story,
                evidence.stream().map(a -> {
                    Article ar = a.analyzed().article();
                    return new Alert.Evidence(a.id(), ar.url(), ar.outlet(), ar.language());
                }).toList());
    }

    /** The story's first article's title, or a placeholder when it has none. */
    private static String title(List<StoredArticle> members) {
        String t = members.getFirst().analyzed().article().title();
        return t == null ? "(untitled)" : t;
    }

    /** Who published an article: its outlet, else its address's host, else its source. */
    static String outletOf(Article a) {
        if (a.outlet() != null) return a.outlet();
        try {
            String host = a.url() == null ? null : URI.create(a.url()).getHost();
            return host != null ? host : a.source();
        } catch (IllegalArgumentException e) {
            return a.source();
        }
    }

    /** When an article came: its fetch, else its publication (a day alone at its start, UTC); null when neither is known. */
    static Instant timeOf(StoredArticle a) {
        if (a.fetched() != null) return Instant.parse(a.fetched());
        String p = a.analyzed().article().published();
        if (p == null) return null;
        Instant moment = TopicReport.publishedMoment(a);
        if (moment != null) return moment;
        try {
            return LocalDate.parse(p.substring(0, Math.min(10, p.length()))).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Whether a speaker's name ends with a watched name's words ("Marie Dubreuil" for "Dubreuil"). */
    static boolean names(String speaker, String watched) {
        List<String> s = words(speaker), w = words(watched);
        return !w.isEmpty() && s.size() >= w.size() && s.subList(s.size() - w.size(), s.size()).equals(w);
    }

    /** Words folded for comparison: no accents, lower case. */
    private static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }
}
