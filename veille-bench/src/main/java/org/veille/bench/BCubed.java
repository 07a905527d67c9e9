// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B-cubed precision, recall and F1 of a clustering against gold clusters (Bagga and Baldwin 1998; Amigó et al.
 * 2009): for each item, the share of its predicted cluster that shares its gold cluster (precision) and the share
 * of its gold cluster that shares its predicted cluster (recall), averaged over items.
 */
record BCubed(double precision, double recall) {

    double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** Scores {@code predicted.get(i)} against {@code gold.get(i)} for every item i. */
    static BCubed of(List<String> predicted, List<String> gold) {
        if (predicted.size() != gold.size()) throw new IllegalArgumentException("one label per item on each side");
        Map<String, Integer> predictedSize = new HashMap<>();
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            predictedSize.merge(predicted.get(i), 1, Integer::sum);
            goldSize.merge(gold.get(i), 1, Integer::sum);
            both.merge(predicted.get(i) + "\u0000" + gold.get(i), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (int i = 0; i < gold.size(); i++) {
            int shared = both.get(predicted.get(i) + "\u0000" + gold.get(i));
            p += (double) shared / predictedSize.get(predicted.get(i));
            r += (double) shared / goldSize.get(gold.get(i));
        }
        int n = gold.size();
        return n == 0 ? new BCubed(0, 0) : new BCubed(p / n, r / n);
    }
}
