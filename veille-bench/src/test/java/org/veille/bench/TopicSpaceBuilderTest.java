// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The topic space builder and its SVD on tiny invented corpora. */
class TopicSpaceBuilderTest {

    @Test
    void wordsOfOneSubjectPointTheSameWayThoughNoArticleHoldsBoth() {
        TopicSpaceBuilder builder = new TopicSpaceBuilder();
        // car news and obituaries over the words all news uses (half the articles each, so they weigh): "berline" and
        // "suv" never meet, but both keep company with "moteur"
        List<String> common = List.of("selon", "jeudi", "pays", "premier");
        for (int i = 0; i < 8; i++) {
            List<String> drift = List.of(common.get(i % 4), common.get((i + 1) % 4), common.get(i % 4));
            builder.add(concat(drift, List.of("berline", "moteur", "moteur")));
            builder.add(concat(drift, List.of("suv", "moteur")));
            builder.add(concat(drift, List.of("obseques", "hommage")));
            builder.add(concat(drift, List.of("deces", "hommage", "hommage")));
        }
        builder.add(List.of("rare", "selon"));
        // one dimension kept after the drift's: the axis from car news to obituaries
        Map<String, float[]> space = builder.build(2, 100, 1);
        assertThat(space).doesNotContainKey("rare").containsKeys("berline", "suv", "obseques", "deces", "moteur", "hommage");
        assertThat(space.get("berline")).hasSize(1);
        assertThat(space.get("berline")[0] * space.get("suv")[0]).as("same side").isPositive();
        assertThat(space.get("obseques")[0] * space.get("deces")[0]).isPositive();
        assertThat(space.get("berline")[0] * space.get("deces")[0]).as("opposite sides").isNegative();
        assertThat(Math.abs(space.get("selon")[0])).as("the drift's words are on neither side")
                .isLessThan(Math.abs(space.get("moteur")[0]) / 4);
        assertThat(builder.build(2, 1, 1)).as("at most the most widespread").containsOnlyKeys("selon");
    }

    @Test
    void theSvdFindsAKnownMatrixsStrongestSingularVectors() {
        // columns of diag(3, 2, 1) padded: the left singular vectors are the axes, strongest first
        TruncatedSvd.Column[] columns = {
            new TruncatedSvd.Column(new int[] {0}, new float[] {3f}),
            new TruncatedSvd.Column(new int[] {1}, new float[] {2f}),
            new TruncatedSvd.Column(new int[] {2}, new float[] {1f})};
        double[][] u = TruncatedSvd.leftVectors(columns, 3, 2);
        assertThat(Math.abs(u[0][0])).isCloseTo(1, within(1e-9));
        assertThat(Math.abs(u[1][1])).isCloseTo(1, within(1e-9));
        assertThat(Math.abs(u[2][0]) + Math.abs(u[2][1])).isCloseTo(0, within(1e-9));
    }

    @Test
    void jacobiDiagonalizesASymmetricMatrix() {
        double[][] a = {{2, 1}, {1, 2}};
        double[][] vectors = new double[2][2];
        double[] values = TruncatedSvd.jacobi(a, vectors);
        assertThat(Math.max(values[0], values[1])).isCloseTo(3, within(1e-9));
        assertThat(Math.min(values[0], values[1])).isCloseTo(1, within(1e-9));
        int top = values[0] > values[1] ? 0 : 1;
        assertThat(Math.abs(vectors[0][top])).isCloseTo(Math.sqrt(0.5), within(1e-9));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
