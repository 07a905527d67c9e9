// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code extraction --data PATH}: main-text extraction on trafilatura-eval ({@code eval.json} + {@code pages/}),
 * OrangeSum ({@code orangesum_parsed.jsonl.gz} + {@code pages/}) or any set in WCXB's layout ({@code gold.jsonl} +
 * {@code pages/<id>.html.gz}), Veille beside its peers; the folder's layout tells which.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Main-text extraction (and title, date, page type) on trafilatura-eval, OrangeSum or a set in WCXB's layout, Veille beside its Java peers.")
final class ExtractionCommand implements Callable<Integer> {

    @Mixin
    BenchOptions options;

    @Option(names = "--no-peers", description = "run Veille only")
    boolean noPeers;

    @Option(names = "--capture", paramLabel = "BROWSER",
            description = "read each page as the text capture a browser makes of it (chromium: innerText; w3m, lynx: -dump), Veille only")
    Browser capture;

    @Option(names = "--no-url", description = "with --capture: read captures without their page's address (as a copied text has none)")
    boolean noUrl;

    @Option(names = "--captures", paramLabel = "DIR", description = "where captures are kept between runs (default: ~/.cache/veille-captures)")
    Path captures = Captures.DEFAULT_CACHE;

    @Option(names = "--half", paramLabel = "even|odd",
            description = "only the pages whose id ends in an even or odd digit (a set in WCXB's layout): develop on one half, check on the other")
    IdHalf half;

    @Option(names = "--pages", paramLabel = "FILE", description = "write one JSON line per page: what Veille found beside the gold")
    Path pagesFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (half != null && !WcxbSet.holds(options.data)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--half splits a set in WCXB's layout only");
        }
        if (OrangeSumEval.holds(options.data)) {
            OrangeSumEval eval = OrangeSumEval.load(options.data, options.limit, err);
            List<Page> pages = captured(eval.pages(), err);
            List<Tool> tools = tools(pages);
            List<Run> runs = options.run(tools, pages, err);
            eval.print(runs, out);
            writePages(eval.pageLines(runs.getFirst()), pages, tools.getFirst());
        } else if (Gold.isEvalSet(options.data)) {
            TrafilaturaEval eval = TrafilaturaEval.load(options.data, options.limit, err);
            List<Page> pages = captured(eval.pages(), err);
            List<Tool> tools = tools(pages);
            List<Run> runs = options.run(tools, pages, err);
            eval.print(runs, out);
            writePages(eval.pageLines(runs.getFirst()), pages, tools.getFirst());
        } else if (WcxbSet.holds(options.data)) {
            WcxbSet set = WcxbSet.load(options.data, options.limit, half, err);
            List<Page> pages = captured(set.pages(), err);
            List<Tool> tools = tools(pages);
            List<Run> runs = options.run(tools, pages, err);
            set.print(runs, out);
            writePages(set.pageLines(runs.getFirst()), pages, tools.getFirst());
        } else {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    options.data + " holds none of eval.json + pages/ (trafilatura-eval), orangesum_parsed.jsonl.gz + pages/ (OrangeSum),"
                            + " gold.jsonl + pages/ (WCXB's layout)");
        }
        return BenchMain.Exit.OK.code;
    }

    /**
     * {@code --pages}: the page lines, each, when the pages are a browser's captures, with the capture it read and the
     * headline rule that decided its title ({@code title_rule}, null when none answered).
     */
    private void writePages(List<Map<String, Object>> lines, List<Page> pages, Tool veille) {
        if (pagesFile == null) return;
        if (capture != null) {
            for (int i = 0; i < lines.size(); i++) {
                lines.get(i).put("title_rule", ((VeilleTool) veille).headlineRule(pages.get(i)));
                lines.get(i).put("capture", pages.get(i).html());
            }
        }
        PageLines.write(pagesFile, lines);
    }

    /** The pages, or a browser's text captures of them when asked. */
    private List<Page> captured(List<Page> pages, PrintWriter err) {
        return capture == null ? pages : new Captures(capture, captures).of(pages, err);
    }

    /** Veille, then the peers unless told not to; Veille alone on text captures (the peers read markup). */
    private List<Tool> tools(List<Page> pages) {
        List<Tool> tools = new ArrayList<>();
        tools.add(capture == null ? new VeilleTool() : VeilleTool.onCaptures(capture.key(), pages, !noUrl));
        if (!noPeers && capture == null) tools.addAll(Peers.all());
        return tools;
    }
}
