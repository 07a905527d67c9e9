// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * French direct speech on the AADS-French validation split (shared data, read-only, literary text).
 * The chapter texts are rebuilt from the token offsets; a word token labelled DS is recalled if a DIRECT or
 * PARTIAL candidate covers it. Em-dash dialogue is not a news convention and is not looked for, so this is a
 * check of the guillemet rules, not a target.
 */
class QuotationFinderAadsTest {

    private record Token(String text, int start, int end, boolean ds) {}

    @Test
    void guillemetDirectSpeechInLiteraryFrench() throws IOException {
        Path dir = QuotationFinderSeedsTest.sharedSeeds("data/quotes/aads-french");
        assumeTrue(dir != null && Files.exists(dir.resolve("val.tsv")), "AADS-French not available");
        Map<String, List<Token>> files = read(dir.resolve("val.tsv"));
        QuotationFinder finder = new QuotationFinder();
        long ds = 0, dsFound = 0, covered = 0, coveredDs = 0;
        long inGuillemets = 0, inGuillemetsFound = 0;
        for (Map.Entry<String, List<Token>> f : files.entrySet()) {
            List<Token> toks = f.getValue();
            int len = toks.isEmpty() ? 0 : toks.get(toks.size() - 1).end;
            char[] buf = new char[len];
            java.util.Arrays.fill(buf, ' ');
            for (Token t : toks) {
                for (int k = 0; k < t.text.length() && t.start + k < len; k++) buf[t.start + k] = t.text.charAt(k);
            }
            String text = new String(buf);
            boolean[] cover = new boolean[len + 1];
            for (QuoteCandidate c : finder.find(text, "fr")) {
                if (c.kind() == Quotation.Kind.DIRECT || c.kind() == Quotation.Kind.PARTIAL) {
                    for (int k = c.start(); k < c.end(); k++) cover[k] = true;
                }
            }
            // which tokens sit between guillemets, to separate the two conventions
            int depth = 0;
            for (Token t : toks) {
                if (t.text.equals("«")) depth++;
                if (t.text.equals("»")) depth = Math.max(0, depth - 1);
                if (!t.text.codePoints().anyMatch(Character::isLetter)) continue;
                boolean c = cover[t.start];
                if (t.ds) {
                    ds++;
                    if (c) dsFound++;
                    if (depth > 0) {
                        inGuillemets++;
                        if (c) inGuillemetsFound++;
                    }
                }
                if (c) {
                    covered++;
                    if (t.ds) coveredDs++;
                }
            }
        }
        System.out.printf("AADS-French val: DS word tokens %d, recalled %d (%.1f%%); DS tokens inside « » %d, recalled %d "
                        + "(%.1f%%); candidate tokens %d, of which DS %d (precision %.1f%%)%n", ds, dsFound,
                100.0 * dsFound / ds, inGuillemets, inGuillemetsFound, 100.0 * inGuillemetsFound / Math.max(1, inGuillemets),
                covered, coveredDs, 100.0 * coveredDs / Math.max(1, covered));
        assertThat(coveredDs * 100).as("precision").isGreaterThanOrEqualTo(FLOOR_PRECISION * covered);
        assertThat(inGuillemetsFound * 100).as("recall in guillemets").isGreaterThanOrEqualTo(FLOOR_RECALL_GUILLEMETS * inGuillemets);
    }

    // the corpus labels inner thoughts («…, pensai-je, …») and incises inside guillemets as narration
    private static final long FLOOR_PRECISION = 50;
    private static final long FLOOR_RECALL_GUILLEMETS = 95;

    /** A small RFC-4180 reader: tab-separated, fields may be quoted and contain newlines. */
    private static Map<String, List<Token>> read(Path tsv) throws IOException {
        String s = Files.readString(tsv);
        Map<String, List<Token>> out = new LinkedHashMap<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean header = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == '\t') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
                row.add(field.toString());
                field.setLength(0);
                if (!header && row.size() >= 5 && !row.get(0).equals("EOF")) {
                    String[] idx = row.get(2).replaceAll("[() ]", "").split(",");
                    out.computeIfAbsent(row.get(4), k -> new ArrayList<>()).add(new Token(row.get(0),
                            Integer.parseInt(idx[0]), Integer.parseInt(idx[1]), row.get(3).equals("DS")));
                }
                header = false;
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        return out;
    }
}
