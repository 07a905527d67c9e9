// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code extraction --data PATH}: main-text extraction on trafilatura-eval ({@code eval.json} + {@code pages/})
 * or OrangeSum ({@code orangesum_parsed.jsonl.gz} + {@code pages/}), Veille beside its peers.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Main-text extraction (and title, date) on trafilatura-eval or OrangeSum, Veille beside its Java peers.")
final class ExtractionCommand implements Callable<Integer> {

    @Mixin
    BenchOptions options;

    @Option(names = "--no-peers", description = "run Veille only")
    boolean noPeers;

    @Option(names = "--as-text", description = "render each page as a browser's copied text and extract it as a text capture (Veille only)")
    boolean asText;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (OrangeSumEval.holds(options.data)) {
            OrangeSumEval eval = OrangeSumEval.load(options.data, options.limit, err);
            List<Page> pages = asText ? BrowserText.of(eval.pages()) : eval.pages();
            eval.print(options.run(tools(pages), pages, err), out);
        } else if (Gold.isEvalSet(options.data)) {
            TrafilaturaEval eval = TrafilaturaEval.load(options.data, options.limit, err);
            List<Page> pages = asText ? BrowserText.of(eval.pages()) : eval.pages();
            eval.print(options.run(tools(pages), pages, err), out);
        } else {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    options.data + " holds neither eval.json + pages/ (trafilatura-eval) nor orangesum_parsed.jsonl.gz + pages/ (OrangeSum)");
        }
        return BenchMain.Exit.OK.code;
    }

    /** Veille, then the peers unless told not to; Veille alone on text captures (the peers read markup). */
    private List<Tool> tools(List<Page> pages) {
        List<Tool> tools = new ArrayList<>();
        tools.add(asText ? VeilleTool.onText(pages) : new VeilleTool());
        if (!noPeers && !asText) tools.addAll(Peers.all());
        return tools;
    }
}
