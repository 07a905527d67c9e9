// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dates --data PATH}: publication dates on htmldate-eval (no Java peer reads dates). */
@Command(name = "dates", mixinStandardHelpOptions = true, description = "Publication dates on htmldate-eval.")
final class DatesCommand implements Callable<Integer> {

    @Mixin
    BenchOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Gold.isEvalSet(options.data)) {
            throw new CommandLine.ParameterException(spec.commandLine(), options.data + " holds no eval.json + pages/ (htmldate-eval)");
        }
        HtmlDateEval eval = HtmlDateEval.load(options.data, options.limit, err);
        eval.print(options.run(List.of(new VeilleTool()), eval.pages(), err).getFirst(), out);
        return BenchMain.Exit.OK.code;
    }
}
