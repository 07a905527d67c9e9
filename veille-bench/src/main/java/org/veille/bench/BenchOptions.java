// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** Options every benchmark takes. */
final class BenchOptions {

    @Option(names = "--data", required = true, paramLabel = "PATH", description = "the evaluation set's folder")
    Path data;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "only the first N pages, sorted by name (default: all)")
    int limit;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3",
            description = "passes over the set before the timed ones, the scored pass included (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--timed", paramLabel = "N", defaultValue = "5",
            description = "timed passes; pages/s is their median (default: ${DEFAULT-VALUE})")
    int timed;

    /**
     * Runs tools over pages as these options ask (warm-ups, then timed passes in turns), saying so on
     * {@code err}; one run per tool, in order.
     */
    List<Run> run(List<Tool> tools, List<Page> pages, PrintWriter err) {
        err.printf("bench: %s on %d pages (%d passes each, then %d timed in turns)%n",
                String.join(", ", tools.stream().map(Tool::name).toList()), pages.size(), warmup, timed);
        err.flush();
        List<Run> runs = Passes.timed(warmup, timed).run(tools, pages);
        runs.forEach(run -> run.crashes().forEach(c -> err.println("bench: " + run.tool() + " threw on " + c)));
        err.flush();
        return runs;
    }
}
