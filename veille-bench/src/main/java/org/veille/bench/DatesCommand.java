// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dates --data PATH}: publication dates on htmldate-eval. */
@Command(name = "dates", mixinStandardHelpOptions = true, description = "Publication dates on htmldate-eval.")
final class DatesCommand implements Callable<Integer> {

    @Mixin
    BenchOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "not yet");
    }
}
