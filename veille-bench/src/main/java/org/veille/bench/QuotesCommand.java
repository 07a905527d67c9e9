// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.veille.analyze.ArticleAnalyzer;
import org.veille.analyze.Gazetteer;
import org.veille.analyze.ner.CoreNlpRecognizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quotes --data PATH}: Veille's quotations and their speakers on PolNeAR, fr-litbank, AADS-French or
 * the project's French news dev set, whichever layout the folder has. One pass, on one thread, timed.
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Quotations and speakers on PolNeAR, fr-litbank, AADS-French or the French news dev set.")
final class QuotesCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "PATH", description = "the set's folder")
    Path data;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "only the first N documents (by name; AADS: in file order) (default: all)")
    int limit;

    @Option(names = "--texts", paramLabel = "FILE",
            description = "French news dev set: the OrangeSum records (default: " + FrNewsSet.TEXTS + " beside the project)")
    Path texts;

    @Option(names = "--errors", description = "list each wrong speaker (dev set: and each missed quotation) before the RESULT line")
    boolean errors;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        QuoteSet set = load(err);
        err.printf("bench: Veille on %d documents of %s%n", set.docs().size(), data);
        err.flush();
        QuoteRun run = QuoteRun.of(analyzer(), set.docs());
        run.crashes().forEach(c -> err.println("bench: veille threw on " + c));
        err.flush();
        set.print(run, errors, out);
        return BenchMain.Exit.OK.code;
    }

    /** The analyzer the command line builds ({@code Pipeline}): CoreNLP's French names and the standard gazetteer. */
    static ArticleAnalyzer analyzer() {
        return new ArticleAnalyzer(CoreNlpRecognizer.french(), Gazetteer.standard());
    }

    private QuoteSet load(PrintWriter err) {
        if (PolNearSet.holds(data)) return PolNearSet.load(data, limit);
        if (FrNewsSet.holds(data)) {
            Path corpus = texts != null ? texts : FrNewsSet.findTexts(data);
            if (corpus == null || !Files.isRegularFile(corpus)) {
                throw usage((texts != null ? texts : FrNewsSet.TEXTS) + " not found: give the OrangeSum records with --texts FILE");
            }
            return FrNewsSet.load(data, corpus, limit, err);
        }
        if (LitBankSet.holds(data)) return LitBankSet.load(data, limit);
        if (AadsSet.holds(data)) return AadsSet.load(data, limit);
        throw usage(data + " holds none of attributions/ + text/ (PolNeAR), *.ann + *.txt (fr-litbank), AADS *.tsv,"
                + " annotations-*.jsonl (French news dev set)");
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
