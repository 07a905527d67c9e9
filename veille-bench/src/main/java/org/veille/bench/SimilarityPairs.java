// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SemEval-2022 Task 8's pairs with texts ({@code training_set.csv}: RFC-4180, quoted fields with newlines;
 * columns pair_id, lang1, lang2, text1, text2, Overall, ...). The gold {@code Overall} runs from 1 (very
 * similar) to 4 (very dissimilar). Each pair falls in the tuning half or the report half by a digest of its id,
 * the same on every run and machine.
 */
final class SimilarityPairs {

    /** One pair with its gold score. */
    record Pair(String id, String lang1, String lang2, String text1, String text2, double overall) {
        /** "de-en": the pair's languages as the set names them. */
        String languages() {
            return lang1 + "-" + lang2;
        }

        /** Whether this pair is in the half weights are tuned on (the other half is only reported). */
        boolean tuning() {
            return tuningHalf(id);
        }
    }

    private static final List<String> COLUMNS = List.of("pair_id", "lang1", "lang2", "text1", "text2", "Overall");

    private SimilarityPairs() {
    }

    /** The pairs of a SemEval-2022 Task 8 CSV file, in file order; the first {@code limit} when it is positive. */
    static List<Pair> read(Path csv, int limit) throws IOException {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Pair> pairs = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class).with(schema).readValues(reader)) {
            while (rows.hasNext() && (limit <= 0 || pairs.size() < limit)) {
                Map<String, String> row = rows.next();
                for (String column : COLUMNS) {
                    if (!row.containsKey(column)) throw new IOException(csv + ": no column " + column);
                }
                pairs.add(new Pair(row.get("pair_id"), row.get("lang1"), row.get("lang2"), row.get("text1"), row.get("text2"),
                        Double.parseDouble(row.get("Overall"))));
            }
        }
        return pairs;
    }

    /** A pair is in the tuning half when the first byte of the SHA-256 of its id is even. */
    static boolean tuningHalf(String pairId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(pairId.getBytes(StandardCharsets.UTF_8));
            return (digest[0] & 1) == 0;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
