// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SparseVectorTest {

    @Test
    void strongestAreTheHighestValuesWithTiesToTheLowerId() {
        SparseVector v = SparseVector.of(Map.of(7, 0.5f, 3, 0.9f, 12, 0.5f, 1, 0.1f, 9, 0.9f));
        assertThat(v.strongest(3)).containsExactly(3, 9, 7);
        assertThat(v.strongest(10)).containsExactly(3, 9, 7, 12, 1);
        assertThat(v.strongest(0)).isEmpty();
        assertThat(SparseVector.EMPTY.strongest(10)).isEmpty();
    }

    @Test
    void strongestAgreesWithSortingTheWholeVector() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            Map<Integer, Float> features = new TreeMap<>();
            int size = random.nextInt(300);
            for (int k = 0; k < size; k++) features.put(random.nextInt(1_000), random.nextInt(20) / 20f); // many ties
            SparseVector v = SparseVector.of(features);
            int limit = random.nextInt(15);
            int[] sorted = IntStream.range(0, v.size()).boxed()
                    .sorted(Comparator.<Integer>comparingDouble(i -> -v.values()[i]).thenComparingInt(i -> v.ids()[i]))
                    .limit(limit).mapToInt(i -> v.ids()[i]).toArray();
            assertThat(v.strongest(limit)).as("round %d", round).containsExactly(sorted);
        }
    }
}
