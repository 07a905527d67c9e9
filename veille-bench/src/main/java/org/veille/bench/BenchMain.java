// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code veille bench}: runs Veille (and its Java peers) on a shared evaluation set and prints the scores,
 * ending with one {@code RESULT} line. {@code main} only forwards to {@link #run}, which tests call in-process.
 */
@Command(name = "veille bench", mixinStandardHelpOptions = true, version = "veille-bench 0.1.0",
        description = "Benchmarks on ../shared/data: scores as the sets' READMEs define them, speed on one thread.",
        subcommands = {AnalyzeCommand.class, ExtractionCommand.class, DatesCommand.class, QuotesCommand.class, SubjectsCommand.class, StoriesCommand.class, StoryPairsCommand.class, SimilarityCommand.class,
                FrequenciesCommand.class, RolesCommand.class, ScaleCommand.class, SearchCommand.class, SoakCommand.class, TopicsCommand.class, CommandLine.HelpCommand.class})
public final class BenchMain implements Runnable {

    /** Exit codes. */
    enum Exit {
        OK(0), USAGE(2), FAILURE(3);

        final int code;

        Exit(int code) {
            this.code = code;
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a benchmark name is required (try --help)");
    }

    public static void main(String... args) {
        LogManager.getLogManager().reset(); // libraries' java.util.logging notices (Lucene's vector API one) are no benchmark figure
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = run(out, err, args);
        out.flush();
        System.exit(code);
    }

    /** Runs one command line with the given output streams; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new BenchMain());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("bench: " + e.getMessage());
            return Exit.FAILURE.code;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
