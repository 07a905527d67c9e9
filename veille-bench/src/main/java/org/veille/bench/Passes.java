// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

/**
 * How a tool is run over a set: one pass whose outputs are scored (on {@code threads} threads, in page
 * order), then more untimed passes until {@code warmups} passes are done (the JIT needs several before Java
 * timings settle), then, if {@code timed}, one timed pass over extraction only, on the calling thread.
 *
 * @param warmups passes before the timed one, the scored pass included (at least 1)
 * @param timed   whether to time a last pass
 * @param threads threads of the scored pass (the tool must then be thread-safe)
 */
record Passes(int warmups, boolean timed, int threads) {

    Passes {
        if (warmups < 1) throw new IllegalArgumentException("warmups must be at least 1: " + warmups);
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }

    /** {@code warmups} passes on one thread, then a timed one: for benchmarks. */
    static Passes timed(int warmups) {
        return new Passes(warmups, true, 1);
    }

    /** One scored pass on every core, nothing timed: for quality checks. */
    static Passes once() {
        return new Passes(1, false, Runtime.getRuntime().availableProcessors());
    }

    Run run(Tool tool, List<Page> pages) {
        List<Attempt> found = threads == 1 ? scoredPass(tool, pages) : inPool(tool, pages);
        List<String> crashes = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (found.get(i).crash() != null) crashes.add(pages.get(i).name() + ": " + found.get(i).crash());
        }
        List<Output> outputs = found.stream().map(Attempt::output).toList();
        for (int pass = 1; pass < warmups; pass++) {
            scoredPass(tool, pages);
        }
        double pagesPerSecond = Double.NaN;
        if (timed && !pages.isEmpty()) {
            long start = System.nanoTime();
            scoredPass(tool, pages);
            long nanos = System.nanoTime() - start;
            pagesPerSecond = pages.size() * 1e9 / nanos;
        }
        return new Run(tool.name(), outputs, crashes, pagesPerSecond);
    }

    /** What one page gave: an output, or nothing and what was thrown. */
    private record Attempt(Output output, String crash) {
    }

    private List<Attempt> inPool(Tool tool, List<Page> pages) {
        try (ForkJoinPool pool = new ForkJoinPool(threads)) {
            return pool.submit(() -> pages.parallelStream().map(p -> attempt(tool, p)).toList()).join();
        }
    }

    /** One pass on the calling thread. */
    private static List<Attempt> scoredPass(Tool tool, List<Page> pages) {
        return pages.stream().map(p -> attempt(tool, p)).toList();
    }

    private static Attempt attempt(Tool tool, Page page) {
        try {
            Output output = tool.extract(page);
            return new Attempt(output == null ? Output.NOTHING : output, null);
        } catch (Exception | StackOverflowError e) {
            return new Attempt(Output.NOTHING, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
