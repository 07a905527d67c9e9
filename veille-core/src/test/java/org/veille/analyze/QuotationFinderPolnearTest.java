// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * English check on the PolNeAR dev articles (shared data, read-only; one annotator per article).
 * An attribution's content is found if a candidate overlaps at least half of the shorter span;
 * its source is right if the candidate's speaker text or antecedent overlaps the annotated source.
 * PolNeAR also annotates beliefs and agentless attributions, so recall here is a lower bound.
 */
class QuotationFinderPolnearTest {

    private static final int ARTICLES = 100; // all 84 dev articles
    private static final QuotationFinder FINDER = new QuotationFinder();

    private record Span(int start, int end, String text) {}

    @Test
    void englishAttributionsOnPolnearDev() throws IOException {
        Path dev = QuotationFinderSeedsTest.sharedSeeds("data/quotes/polnear/dev");
        assumeTrue(dev != null, "PolNeAR dev not available");
        List<Path> texts;
        try (Stream<Path> s = Files.list(dev.resolve("text"))) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(ARTICLES).toList();
        }
        int contents = 0, found = 0, sourced = 0, sourceRight = 0, cands = 0, candsMatched = 0;
        for (Path t : texts) {
            String name = t.getFileName().toString().replace(".txt", "");
            Path ann;
            try (Stream<Path> s = Files.list(dev.resolve("attributions"))) {
                ann = s.filter(p -> p.getFileName().toString().startsWith(name + "_")).sorted().findFirst().orElse(null);
            }
            if (ann == null) continue;
            String text = Files.readString(t);
            List<QuoteCandidate> found0 = FINDER.find(text, "en").stream()
                    .filter(c -> c.kind() != Quotation.Kind.SCARE).toList();
            Map<String, List<Span>> spans = new HashMap<>();
            List<String[]> events = new ArrayList<>();
            for (String line : Files.readAllLines(ann)) {
                String[] f = line.split("\t");
                if (f.length < 2) continue;
                if (line.startsWith("T") && f.length >= 3) {
                    String[] head = f[1].split(" ", 2);
                    List<Span> ranges = new ArrayList<>();
                    for (String r : head[1].split(";")) {
                        String[] se = r.trim().split(" ");
                        int a = Integer.parseInt(se[0]), b = Integer.parseInt(se[1]);
                        ranges.add(new Span(a, b, text.substring(a, b)));
                    }
                    spans.put(f[0], ranges);
                } else if (line.startsWith("E")) {
                    events.add(f[1].split(" "));
                }
            }
            boolean[] used = new boolean[found0.size()];
            for (String[] e : events) {
                List<Span> content = null, source = null;
                for (String arg : e) {
                    String[] kv = arg.split(":");
                    if (kv.length != 2) continue;
                    if (kv[0].equals("Content")) content = spans.get(kv[1]);
                    if (kv[0].equals("Source")) source = spans.get(kv[1]);
                }
                if (content == null) continue;
                contents++;
                QuoteCandidate best = null;
                for (int i = 0; i < found0.size(); i++) {
                    QuoteCandidate c = found0.get(i);
                    int overlap = 0, len = 0;
                    for (Span r : content) {
                        len += r.end - r.start;
                        overlap += Math.max(0, Math.min(r.end, c.end()) - Math.max(r.start, c.start()));
                    }
                    if (overlap * 2 >= Math.min(len, c.end() - c.start()) && overlap > 0) {
                        used[i] = true;
                        if (best == null || speakerMatches(c, source)) best = c;
                    }
                }
                if (best == null) continue;
                found++;
                if (source != null) {
                    sourced++;
                    if (speakerMatches(best, source)) sourceRight++;
                }
            }
            cands += found0.size();
            for (boolean u : used) if (u) candsMatched++;
        }
        System.out.printf("PolNeAR dev, %d articles: %d contents, found %d (%.1f%%), source right %d of %d found with a "
                        + "source (%.1f%%); candidates %d, overlapping an annotation %d (%.1f%%)%n", texts.size(), contents,
                found, 100.0 * found / contents, sourceRight, sourced, 100.0 * sourceRight / Math.max(1, sourced), cands,
                candsMatched, 100.0 * candsMatched / Math.max(1, cands));
        assertThat(found * 100).as("content recall").isGreaterThanOrEqualTo(FLOOR_RECALL * contents);
        assertThat(sourceRight * 100).as("source accuracy").isGreaterThanOrEqualTo(FLOOR_SOURCE * sourced);
        assertThat(candsMatched * 100).as("candidate precision").isGreaterThanOrEqualTo(FLOOR_PRECISION * cands);
    }

    private static final int FLOOR_RECALL = 45;
    private static final int FLOOR_SOURCE = 85;
    private static final int FLOOR_PRECISION = 95;

    private static boolean speakerMatches(QuoteCandidate c, List<Span> source) {
        if (source == null) return false;
        for (String s : new String[] {c.speakerText(), c.antecedentText()}) {
            if (s == null) continue;
            String a = s.toLowerCase(Locale.ROOT).trim();
            for (Span r : source) {
                String b = r.text.toLowerCase(Locale.ROOT).trim();
                if (!a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a))) return true;
            }
        }
        return false;
    }
}
