// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Acceptance check against the hand-made gold quotations of the shared seed captures (read-only, outside the repo).
 * Matching as the gold file suggests: a found quotation matches a gold one if either text contains the other
 * after normalising whitespace, NBSP and asterisks; the kind must be equal; the speaker is right if the found
 * speaker text or antecedent overlaps the gold speaker text or canonical name (both null for scare quotes).
 */
class QuotationFinderSeedsTest {

    private static final QuotationFinder FINDER = new QuotationFinder();

    @Test
    void seedsReachTheFloors() throws IOException {
        Path seeds = sharedDir();
        assumeTrue(seeds != null, "shared seeds not available");
        JsonNode gold = new ObjectMapper().readTree(seeds.resolve("gold.json").toFile());
        int total = 0;
        int found = 0;
        int kindOk = 0;
        int speakerOk = 0;
        int strictSpeaker = 0;
        StringBuilder table = new StringBuilder();
        StringBuilder misses = new StringBuilder();
        table.append(String.format("%-28s %5s %6s %5s %8s %6s %9s%n", "file", "gold", "found", "kind", "speaker",
                "cands", "unmatched"));
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.get("articles").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> article = it.next();
            String body = clean(Files.readString(seeds.resolve(article.getKey())));
            List<QuoteCandidate> cands = FINDER.find(body, "fr");
            int g = 0, f = 0, k = 0, s = 0;
            boolean[] used = new boolean[cands.size()];
            for (JsonNode q : article.getValue().get("quotes")) {
                g++;
                String text = norm(q.get("text").asText());
                String kind = q.get("kind").asText();
                String sp = q.get("speaker_text").isNull() ? null : q.get("speaker_text").asText();
                String canon = q.get("speaker").isNull() ? null : q.get("speaker").asText();
                int best = -1;
                int bestScore = -1;
                for (int i = 0; i < cands.size(); i++) {
                    String c = norm(cands.get(i).text());
                    if (!(c.contains(text) || text.contains(c)) || c.isEmpty()) continue;
                    used[i] = true;
                    int score = (cands.get(i).kind().jsonName().equals(kind) ? 2 : 0)
                            + (speakerRight(cands.get(i), sp, canon) ? 1 : 0);
                    if (score > bestScore) {
                        bestScore = score;
                        best = i;
                    }
                }
                if (best < 0) {
                    misses.append(String.format("  MISS %s [%s] %s%n", article.getKey().substring(0, 3), kind, text));
                    continue;
                }
                f++;
                QuoteCandidate c = cands.get(best);
                if (bestScore >= 2) k++;
                if (bestScore % 2 == 1) s++;
                // stricter: the printed speaker text alone against the gold speaker_text
                if (sp == null ? c.speakerText() == null : speakerRight(
                        new QuoteCandidate(c.text(), c.start(), c.end(), c.kind(), c.speakerText(), -1, -1, null, -1, -1), sp, null)) {
                    strictSpeaker++;
                }
                if (bestScore != 3) {
                    misses.append(String.format("  PART %s [%s->%s] %s | gold speaker=%s | found=%s / %s%n",
                            article.getKey().substring(0, 3), kind, c.kind().jsonName(), abbreviate(text), sp,
                            c.speakerText(), c.antecedentText()));
                }
            }
            int unmatched = 0;
            for (int i = 0; i < used.length; i++) {
                if (used[i]) continue;
                unmatched++;
                misses.append(String.format("  EXTRA %s [%s] %s | speaker=%s%n", article.getKey().substring(0, 3),
                        cands.get(i).kind().jsonName(), abbreviate(cands.get(i).text()), cands.get(i).speakerText()));
            }
            table.append(String.format("%-28s %5d %6d %5d %8d %6d %9d%n", article.getKey(), g, f, k, s, cands.size(),
                    unmatched));
            total += g;
            found += f;
            kindOk += k;
            speakerOk += s;
        }
        table.append(String.format("%-28s %5d %6d %5d %8d%n", "TOTAL", total, found, kindOk, speakerOk));
        table.append(String.format("found %.1f%%, kind right %.1f%%, speaker right %.1f%% (speaker_text alone, without "
                + "antecedent or canonical name: %d = %.1f%%)%n", 100.0 * found / total, 100.0 * kindOk / total,
                100.0 * speakerOk / total, strictSpeaker, 100.0 * strictSpeaker / total));
        System.out.println(table);
        System.out.println(misses);
        assertThat(total).isEqualTo(67);
        assertThat(found).as("gold quotes found").isGreaterThanOrEqualTo(FLOOR_FOUND);
        assertThat(kindOk).as("kind right").isGreaterThanOrEqualTo(FLOOR_KIND);
        assertThat(speakerOk).as("speaker right").isGreaterThanOrEqualTo(FLOOR_SPEAKER);
    }

    private static final int FLOOR_FOUND = 67;
    private static final int FLOOR_KIND = 67;
    private static final int FLOOR_SPEAKER = 67;

    private static boolean speakerRight(QuoteCandidate c, String goldText, String goldCanon) {
        if (goldText == null) return c.speakerText() == null;
        for (String found : new String[] {c.speakerText(), c.antecedentText()}) {
            if (found == null) continue;
            String a = norm(found).toLowerCase(Locale.ROOT);
            for (String g : new String[] {goldText, goldCanon}) {
                if (g == null) continue;
                String b = norm(g).toLowerCase(Locale.ROOT);
                if (!a.isEmpty() && (a.contains(b) || b.contains(a))) return true;
            }
        }
        return false;
    }

    /** The captures keep markdown; the pipeline's extractor removes it before analysis. */
    static String clean(String raw) {
        return raw.replaceAll("\\[([^\\]\\n]*)\\]\\(#\\)", "$1").replace("*", "");
    }

    static String norm(String s) {
        return s.replace('\u00A0', ' ').replace('\u202F', ' ').replace("*", "").replace('’', '\'')
                .replaceAll("\\s+", " ").trim();
    }

    private static String abbreviate(String s) {
        return s.length() <= 70 ? s : s.substring(0, 67) + "...";
    }

    /** The shared directory from the surefire property, else the nearest ancestor holding shared/seeds. */
    static Path sharedSeeds(String sub) {
        List<Path> tries = new ArrayList<>();
        String prop = System.getProperty("veille.shared");
        if (prop != null) tries.add(Path.of(prop));
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) tries.add(p.resolve("shared"));
        for (Path p : tries) {
            if (Files.isDirectory(p.resolve(sub))) return p.resolve(sub);
        }
        return null;
    }

    private static Path sharedDir() {
        Path p = sharedSeeds("seeds");
        return p != null && Files.exists(p.resolve("gold.json")) ? p : null;
    }
}
