// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;
import org.veille.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Veille's command line. {@code main} only forwards to {@link #run}, which tests call in-process.
 */
@Command(name = "veille", mixinStandardHelpOptions = true, version = "veille 0.1.0",
        description = "News monitoring: what each article says, who is named, who said what, which articles tell the same story.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, SearchCommand.class, ShowCommand.class,
                StoriesCommand.class, StoryCommand.class, QuotesCommand.class, CheckCommand.class, ServeCommand.class,
                WatchCommand.class, SourcesCommand.class, TopicCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit codes. */
    enum Exit {
        OK(0), NOTHING_PROCESSED(1), USAGE(2), FAILURE(3),
        /** The store is damaged: {@code check} says how, {@code check --repair} mends it. */
        DAMAGED(4);

        final int code;

        Exit(int code) {
            this.code = code;
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try --help)");
    }

    public static void main(String... args) {
        LogManager.getLogManager().reset(); // libraries' java.util.logging notices (Lucene's vector API one) are not for the user
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code;
        try {
            code = run(out, err, args);
        } catch (OutOfMemoryError e) {
            // what was committed stays; an ingest links what an earlier one stored but did not link
            err.println("veille: out of memory (Java heap of " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB); what was committed is kept. Give more heap: VEILLE_JAVA_OPTS=-Xmx2g");
            code = Exit.FAILURE.code;
        }
        out.flush();
        System.exit(code);
    }

    /** Runs one command line with the given output streams; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, arguments) -> {
            // picocli's own handler, with the message escaped: it quotes the arguments given
            err.println(Terminal.escape(String.valueOf(e.getMessage())));
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
                e.getCommandLine().usage(err);
            }
            return Exit.USAGE.code;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean damaged = e instanceof StoreException s && s.problem() == StoreException.Problem.DAMAGED;
            err.println("veille: " + Terminal.escape(String.valueOf(e.getMessage()))
                    + (damaged ? "; run: veille check --data " + Terminal.escape(String.valueOf(((StoreException) e).dir())) : ""));
            return damaged ? Exit.DAMAGED.code : Exit.FAILURE.code;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
