// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Topic vectors of content stems, per language, learned without labels from a large news corpus (latent semantic
 * analysis: the corpus's stem-by-article matrix reduced to its strongest dimensions, {@code veille bench topics}):
 * stems used in the same kinds of articles ("berline", "SUV", "moteur"; "décès", "hommage", "obsèques") point the
 * same way, so two articles of one subject that share no name and few words still meet. Each stem's vector carries
 * its inverse document frequency, so an article's vector is the sum of its stems' vectors, each counted
 * {@code 1 + log(count)} times ({@link #vector}). Read once from {@code topics-<language>.txt} beside this class; a
 * language without a file has no topic vectors, and its articles none. Immutable, thread-safe.
 */
public final class TopicSpace {

    /** A quantized coordinate is a signed byte: the stem's largest coordinate in absolute value is this. */
    static final int LEVELS = 127;

    private static final TopicSpace SHARED = load();

    /**
     * A stem's vector as the file holds it, its coordinates as signed bytes times {@code scale}: a quarter of the
     * memory of floats (the French space is 20,000 stems of 128 dimensions), read without a loop per coordinate.
     */
    record Row(float scale, byte[] coordinates) {
        float[] vector() {
            float[] v = new float[coordinates.length];
            for (int d = 0; d < v.length; d++) v[d] = coordinates[d] * scale;
            return v;
        }
    }

    private final Map<String, Map<String, Row>> byLanguage;

    TopicSpace(Map<String, Map<String, Row>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    public static TopicSpace shared() {
        return SHARED;
    }

    /** The vector of a stem in a language, null when the language has no space or the stem is not in it. */
    float[] of(String language, String stem) {
        Map<String, Row> space = byLanguage.get(language == null ? ContentStems.MAIN_LANGUAGE : language);
        Row row = space == null ? null : space.get(stem);
        return row == null ? null : row.vector();
    }

    /**
     * An article's topic vector at unit length, from the counts of its stems ({@code rows} gives each feature's
     * stem vector, null when it has none), or null when none of its stems has a vector.
     */
    static float[] vector(SparseVector counts, IntFunction<float[]> rows) {
        float[] sum = null;
        for (int k = 0; k < counts.size(); k++) {
            float[] row = rows.apply(counts.ids()[k]);
            if (row == null) continue;
            if (sum == null) sum = new float[row.length];
            double count = counts.values()[k];
            float weight = (float) (count >= 1 ? 1 + Math.log(count) : count);
            for (int d = 0; d < row.length; d++) sum[d] += weight * row[d];
        }
        if (sum == null) return null;
        double squares = 0;
        for (float x : sum) squares += (double) x * x;
        if (squares == 0) return null;
        float norm = (float) Math.sqrt(squares);
        for (int d = 0; d < sum.length; d++) sum[d] /= norm;
        return sum;
    }

    /** One line of a space's file: the stem, its largest absolute coordinate, and its coordinates as signed bytes in Base64. */
    public static String line(String stem, float[] vector) {
        float scale = 0;
        for (float x : vector) scale = Math.max(scale, Math.abs(x));
        byte[] bytes = new byte[vector.length];
        for (int d = 0; d < vector.length; d++) bytes[d] = scale == 0 ? 0 : (byte) Math.round(vector[d] / scale * LEVELS);
        return stem + "\t" + scale + "\t" + Base64.getEncoder().encodeToString(bytes);
    }

    /** A space read from a file's lines ({@link #line}; comments start with {@code #}). */
    static Map<String, Row> read(BufferedReader r) throws IOException {
        Map<String, Row> space = new HashMap<>();
        Base64.Decoder base64 = Base64.getDecoder();
        for (String line; (line = r.readLine()) != null; ) {
            if (line.startsWith("#") || line.isBlank()) continue;
            int stemEnd = line.indexOf('\t');
            int scaleEnd = line.indexOf('\t', stemEnd + 1);
            space.put(line.substring(0, stemEnd), new Row(Float.parseFloat(line.substring(stemEnd + 1, scaleEnd)) / LEVELS,
                    base64.decode(line.substring(scaleEnd + 1))));
        }
        return space;
    }

    private static TopicSpace load() {
        Map<String, Map<String, Row>> byLanguage = new HashMap<>();
        for (String language : BackgroundFrequencies.LANGUAGES) {
            InputStream in = TopicSpace.class.getResourceAsStream("topics-" + language + ".txt");
            if (in == null) continue;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                byLanguage.put(language, read(r));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the topic vectors for " + language, e);
            }
        }
        return new TopicSpace(byLanguage);
    }
}
