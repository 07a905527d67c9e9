// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

/**
 * How a tool is run over a set: one pass whose outputs are scored (on {@code threads} threads, in page
 * order), then more untimed passes until {@code warmups} passes are done (the JIT needs several before Java
 * timings settle), then {@code timed} timed passes over extraction only, on the calling thread, whose
 * median speed is reported. Tools run together take their timed passes in turns, one pass each per
 * round: on a shared machine a pass can lose a third of its speed to a neighbour, and turns spread such
 * a slow spell over all the tools instead of one.
 *
 * @param warmups passes before the timed ones, the scored pass included (at least 1)
 * @param timed   how many passes to time (0: none)
 * @param threads threads of the scored pass (the tool must then be thread-safe)
 */
record Passes(int warmups, int timed, int threads) {

    Passes {
        if (warmups < 1) throw new IllegalArgumentException("warmups must be at least 1: " + warmups);
        if (timed < 0) throw new IllegalArgumentException("timed passes cannot be negative: " + timed);
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }

    /** {@code warmups} passes on one thread, then {@code timed} timed ones: for benchmarks. */
    static Passes timed(int warmups, int timed) {
        return new Passes(warmups, timed, 1);
    }

    /** One scored pass on every core, nothing timed: for quality checks. */
    static Passes once() {
        return new Passes(1, 0, Runtime.getRuntime().availableProcessors());
    }

    Run run(Tool tool, List<Page> pages) {
        return run(List.of(tool), pages).getFirst();
    }

    /** Runs each tool's scored and warm-up passes, then the timed passes in turns; one run per tool, in order. */
    List<Run> run(List<Tool> tools, List<Page> pages) {
        List<List<Attempt>> found = new ArrayList<>();
        for (Tool tool : tools) {
            found.add(threads == 1 ? scoredPass(tool, pages) : inPool(tool, pages));
            for (int pass = 1; pass < warmups; pass++) {
                scoredPass(tool, pages);
            }
        }
        long[][] nanos = new long[tools.size()][timed];
        for (int round = 0; round < timed && !pages.isEmpty(); round++) {
            for (int t = 0; t < tools.size(); t++) {
                long start = System.nanoTime();
                scoredPass(tools.get(t), pages);
                nanos[t][round] = System.nanoTime() - start;
            }
        }
        List<Run> runs = new ArrayList<>();
        for (int t = 0; t < tools.size(); t++) {
            List<String> crashes = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                String crash = found.get(t).get(i).crash();
                if (crash != null) crashes.add(pages.get(i).name() + ": " + crash);
            }
            double pagesPerSecond = Double.NaN;
            if (timed > 0 && !pages.isEmpty()) {
                Arrays.sort(nanos[t]);
                pagesPerSecond = pages.size() * 1e9 / nanos[t][timed / 2];
            }
            runs.add(new Run(tools.get(t).name(), found.get(t).stream().map(Attempt::output).toList(), crashes, pagesPerSecond));
        }
        return runs;
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
