// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The --threads option of the commands that analyze, and the pipeline it sizes. */
final class ThreadsOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: all cores, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    /** A pipeline of that many threads; its models start loading now. */
    Pipeline pipeline() {
        if (threads < 1) throw new ParameterException(command.commandLine(), "--threads must be at least 1, not " + threads);
        return new Pipeline(threads);
    }
}
