// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.nio.file.Path;
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

    /** The passes these options ask for: warm-ups, then one timed pass. */
    Passes passes() {
        return Passes.timed(warmup);
    }
}
