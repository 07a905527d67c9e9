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
            description = "passes over the set before the timed one, the scored pass included (default: ${DEFAULT-VALUE})")
    int warmup;

    /** Runs a tool over pages as these options ask (warm-ups, then one timed pass), saying so on {@code err}. */
    Run run(Tool tool, List<Page> pages, PrintWriter err) {
        err.printf("bench: %s on %d pages (%d passes, then 1 timed)%n", tool.name(), pages.size(), warmup);
        err.flush();
        Run run = Passes.timed(warmup).run(tool, pages);
        run.crashes().forEach(c -> err.println("bench: " + tool.name() + " threw on " + c));
        err.flush();
        return run;
    }
}
