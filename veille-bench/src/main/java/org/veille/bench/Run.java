// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.util.List;
import java.util.function.Function;

/**
 * One tool's outputs over a list of pages, in page order.
 *
 * @param tool           the tool's name
 * @param outputs        one per page; {@link Output#NOTHING} where it crashed
 * @param crashes        the pages it threw on, each as "name: exception"
 * @param pagesPerSecond the timed pass's speed on one thread, NaN when not timed
 */
record Run(String tool, List<Output> outputs, List<String> crashes, double pagesPerSecond) {
    Run {
        outputs = List.copyOf(outputs);
        crashes = List.copyOf(crashes);
    }

    /** How many pages gave no text (rejected, empty or crashed). */
    long empty() {
        return outputs.stream().filter(o -> o.text().isBlank()).count();
    }

    /** Whether the tool ever gave a value for a field: a tool that never reads it is not scored on it. */
    boolean gives(Function<Output, Object> field) {
        return outputs.stream().anyMatch(o -> field.apply(o) != null);
    }
}
