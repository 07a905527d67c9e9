// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * How a tool is run over a set: one pass whose outputs are scored, then more untimed passes until
 * {@code warmups} passes are done (the JIT needs several before Java timings settle), then, if
 * {@code timed}, one timed pass over extraction only, on the calling thread.
 *
 * @param warmups passes before the timed one, the scored pass included (at least 1)
 * @param timed   whether to time a last pass
 */
record Passes(int warmups, boolean timed) {

    Passes {
        if (warmups < 1) throw new IllegalArgumentException("warmups must be at least 1: " + warmups);
    }

    /** One scored pass, nothing timed: for tests. */
    static Passes once() {
        return new Passes(1, false);
    }

    Run run(Tool tool, List<Page> pages) {
        List<Output> outputs = new ArrayList<>(pages.size());
        int crashes = 0;
        for (Page page : pages) {
            Output output = extractOrNull(tool, page);
            crashes += output == null ? 1 : 0;
            outputs.add(output == null ? Output.NOTHING : output);
        }
        for (int pass = 1; pass < warmups; pass++) {
            pass(tool, pages);
        }
        double pagesPerSecond = Double.NaN;
        if (timed && !pages.isEmpty()) {
            long start = System.nanoTime();
            pass(tool, pages);
            long nanos = System.nanoTime() - start;
            pagesPerSecond = pages.size() * 1e9 / nanos;
        }
        return new Run(tool.name(), outputs, crashes, pagesPerSecond);
    }

    /** One pass whose outputs are dropped. */
    private static void pass(Tool tool, List<Page> pages) {
        for (Page page : pages) {
            extractOrNull(tool, page);
        }
    }

    private static Output extractOrNull(Tool tool, Page page) {
        try {
            return tool.extract(page);
        } catch (Exception | StackOverflowError e) {
            return null;
        }
    }
}
