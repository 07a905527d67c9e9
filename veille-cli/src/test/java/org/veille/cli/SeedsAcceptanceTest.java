// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The end-to-end acceptance test of issue 2: {@code veille analyze --format jsonl ../shared/seeds}
 * compared with the hand-made {@code gold.json}, scored as gold.json's "about" suggests. Prints the
 * full comparison table and holds the floors, so they cannot silently drop.
 */
class SeedsAcceptanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode gold;
    private static Map<String, JsonNode> output;

    @BeforeAll
    static void runPipeline() throws Exception {
        Path seeds = Path.of(System.getProperty("veille.shared", "../../shared"), "seeds");
        assumeTrue(Files.isDirectory(seeds), "../shared/seeds is not here");
        gold = JSON.readTree(seeds.resolve("gold.json").toFile());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "analyze", "--format", "jsonl", seeds.toString());
        assertThat(code).as("exit code; stderr: %s", err).isZero();
        output = new HashMap<>();
        for (String line : out.toString().split("\n")) {
            if (line.isBlank()) continue;
            JsonNode a = JSON.readTree(line);
            output.put(Path.of(a.get("source").asText()).getFileName().toString(), a);
        }
    }

    @Test
    void everySeedIsComparedWithItsGold() {
        List<String> rows = new ArrayList<>();
        int titles = 0, dates = 0, bodies = 0, quotesFound = 0, quotesTotal = 0, speakersRight = 0, entitiesFound = 0, entitiesTotal = 0;
        rows.add(String.format("%-28s %-6s %-6s %-6s %-7s %-8s %-8s %-8s %-8s", "file", "title", "date", "lang", "outlet", "body", "quotes", "speakers", "entities"));
        for (var e : iterable(gold.get("articles").fields())) {
            String file = e.getKey();
            JsonNode g = e.getValue();
            JsonNode a = output.get(file);
            assertThat(a).as("no output for %s", file).isNotNull();
            boolean title = titleMatches(g, a);
            boolean date = norm(text(g, "published")).equals(norm(text(a, "published")));
            boolean lang = text(g, "language").equals(text(a, "language"));
            boolean outlet = text(g, "outlet").equalsIgnoreCase(text(a, "outlet"));
            String body = norm(text(a, "text")).replace("*", "");
            boolean bodyOk = body.startsWith(norm(text(g, "body_first_words")).replace("*", ""))
                    && body.endsWith(norm(text(g, "body_last_words")).replace("*", ""));
            for (JsonNode d : g.get("debris")) bodyOk &= !body.contains(norm(d.asText()).replace("*", ""));
            int[] q = quotes(g, a);
            int[] ent = entities(g, a);
            titles += title ? 1 : 0;
            dates += date ? 1 : 0;
            bodies += bodyOk ? 1 : 0;
            quotesFound += q[0];
            speakersRight += q[1];
            quotesTotal += q[2];
            entitiesFound += ent[0];
            entitiesTotal += ent[1];
            rows.add(String.format("%-28s %-6s %-6s %-6s %-7s %-8s %-8s %-8s %-8s", file, mark(title), mark(date), mark(lang), mark(outlet),
                    mark(bodyOk), q[0] + "/" + q[2], q[1] + "/" + q[0], ent[0] + "/" + ent[1]));
        }
        Map<String, Set<String>> goldStories = partition(gold.get("articles"), "story");
        Map<String, Set<String>> ourStories = new HashMap<>();
        output.forEach((file, a) -> ourStories.computeIfAbsent(text(a, "story"), k -> new HashSet<>()).add(file));
        boolean storiesRight = new HashSet<>(goldStories.values()).equals(new HashSet<>(ourStories.values()));
        Map<String, Set<String>> goldThreads = partition(gold.get("articles"), "thread");
        Map<String, Set<String>> ourThreads = new HashMap<>();
        output.forEach((file, a) -> ourThreads.computeIfAbsent(text(a, "thread"), k -> new HashSet<>()).add(file));
        boolean threadsRight = new HashSet<>(goldThreads.values()).equals(new HashSet<>(ourThreads.values()));
        rows.add(String.format("TOTAL titles %d/5, dates %d/5, bodies %d/5, quotes found %d/%d (%.0f%%), speakers right %d/%d (%.0f%%), entities %d/%d (%.0f%%), stories %s, threads %s",
                titles, dates, bodies, quotesFound, quotesTotal, 100.0 * quotesFound / quotesTotal, speakersRight, quotesFound,
                100.0 * speakersRight / Math.max(1, quotesFound), entitiesFound, entitiesTotal, 100.0 * entitiesFound / entitiesTotal,
                storiesRight ? "right" : "WRONG " + ourStories.values(), threadsRight ? "right" : "WRONG " + ourThreads.values()));
        rows.forEach(System.out::println);

        assertThat(titles).as("titles right").isGreaterThanOrEqualTo(4);
        assertThat(dates).as("dates right").isEqualTo(5);
        assertThat(bodies).as("bodies with first/last words and no debris").isEqualTo(5);
        assertThat((double) quotesFound / quotesTotal).as("share of gold quotations found").isGreaterThanOrEqualTo(QUOTES_FOUND_FLOOR);
        assertThat((double) speakersRight / quotesFound).as("share of found quotations with the right speaker").isGreaterThanOrEqualTo(SPEAKERS_FLOOR);
        assertThat((double) entitiesFound / entitiesTotal).as("share of gold entities found").isGreaterThanOrEqualTo(ENTITIES_FLOOR);
        assertThat(storiesRight).as("stories: 000 with 002, every other article alone").isTrue();
        assertThat(threadsRight).as("threads: all five articles one thread").isTrue();
    }

    /**
     * Each gold group of quote variants (one statement as several articles print it) is formed when the
     * Veille quotations that overlap its members most all carry one statement id.
     */
    @Test
    void quoteVariantsShareOneStatement() {
        int formed = 0;
        int groups = 0;
        for (JsonNode group : gold.get("quote_variants")) {
            groups++;
            Set<String> statements = new HashSet<>();
            for (JsonNode member : group) {
                JsonNode a = output.get(member.get("file").asText());
                String body = text(a, "text");
                String words = member.get("text").asText();
                int start = body.indexOf(words.substring(0, Math.min(VARIANT_PREFIX, words.length())));
                statements.add(start < 0 ? null : statementAt(a, start, start + words.length()));
            }
            if (statements.size() == 1 && !statements.contains(null)) formed++;
        }
        System.out.printf("quote variant groups formed: %d/%d%n", formed, groups);
        assertThat(formed).as("quote variant groups formed").isGreaterThanOrEqualTo(VARIANT_GROUPS_FLOOR);
    }

    /** The statement of the quotation overlapping [start, end) most (the shortest on a tie: a partial inside a reported clause). */
    private static String statementAt(JsonNode article, int start, int end) {
        String best = null;
        int bestOverlap = 0;
        int bestLength = Integer.MAX_VALUE;
        for (JsonNode q : article.get("quotes")) {
            int overlap = Math.min(end, q.get("end").asInt()) - Math.max(start, q.get("start").asInt());
            int length = q.get("end").asInt() - q.get("start").asInt();
            if (overlap > bestOverlap || overlap == bestOverlap && overlap > 0 && length < bestLength) {
                best = q.get("statement").isNull() ? null : q.get("statement").asText();
                bestOverlap = overlap;
                bestLength = length;
            }
        }
        return best;
    }

    /** Characters of a gold variant used to find it in the body (variants differ in their apostrophes further on). */
    static final int VARIANT_PREFIX = 25;
    static final int VARIANT_GROUPS_FLOOR = 7;
    static final double QUOTES_FOUND_FLOOR = 0.98;
    static final double SPEAKERS_FLOOR = 0.92;
    static final double ENTITIES_FLOOR = 0.80;

    /** Found (gold quote contained in or containing a program quote), speaker right among found, gold count. */
    static int[] quotes(JsonNode g, JsonNode a) {
        int found = 0, speaker = 0;
        for (JsonNode gq : g.get("quotes")) {
            String gt = norm(gq.get("text").asText()).replace("*", "");
            for (JsonNode q : a.get("quotes")) {
                String qt = norm(q.get("text").asText()).replace("*", "");
                if (qt.isEmpty() || !(qt.contains(gt) || gt.contains(qt))) continue;
                found++;
                if (norm(text(gq, "speaker")).equalsIgnoreCase(norm(text(q, "speaker")))) speaker++;
                break;
            }
        }
        return new int[] {found, speaker, g.get("quotes").size()};
    }

    /** Gold entities found under their canonical name and type, from any of their printed forms. */
    static int[] entities(JsonNode g, JsonNode a) {
        Set<String> ours = new HashSet<>();
        for (JsonNode e : a.get("entities")) ours.add(e.get("type").asText() + "|" + norm(e.get("canonical").asText()).toLowerCase(Locale.ROOT));
        int found = 0;
        for (JsonNode ge : g.get("entities")) {
            if (ours.contains(ge.get("type").asText() + "|" + norm(ge.get("canonical").asText()).toLowerCase(Locale.ROOT))) found++;
        }
        return new int[] {found, g.get("entities").size()};
    }

    private static boolean titleMatches(JsonNode g, JsonNode a) {
        String want = norm(text(g, "title"));
        String got = norm(text(a, "title"));
        if (!g.has("title_note")) return want.equals(got);
        Set<String> w = words(want);
        Set<String> o = words(got);
        Set<String> common = new HashSet<>(w);
        common.retainAll(o);
        return common.size() >= 0.7 * w.size() && common.size() >= 0.7 * o.size();
    }

    private static Set<String> words(String s) {
        Set<String> w = new HashSet<>();
        for (String x : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!x.isEmpty()) w.add(x);
        return w;
    }

    private static Map<String, Set<String>> partition(JsonNode articles, String field) {
        Map<String, Set<String>> p = new HashMap<>();
        articles.fields().forEachRemaining(e -> p.computeIfAbsent(e.getValue().get(field).asText(), k -> new HashSet<>()).add(e.getKey()));
        return p;
    }

    static String norm(String s) {
        return s == null ? "" : s.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ").strip();
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    static String mark(boolean ok) {
        return ok ? "ok" : "FAIL";
    }

    static <T> Iterable<T> iterable(java.util.Iterator<T> it) {
        return () -> it;
    }
}
