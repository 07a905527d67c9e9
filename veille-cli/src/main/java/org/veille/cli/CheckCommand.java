// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.veille.store.StoreCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the store (Lucene's index check and Veille's own rules) and say what is wrong; "
                + "with --repair, rebuild it from every article that can still be read.")
final class CheckCommand implements Callable<Integer> {

    /** Lost ids printed before the rest are only counted: the full list would drown the report. */
    private static final int LISTED_IDS = 20;

    @Mixin
    StoreOption store;

    @Option(names = "--repair", description = "Remove leftovers of interrupted runs and rebuild a damaged store; the damaged folder is kept beside it.")
    boolean repair;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        StoreCheck.Report report = repair ? null : StoreCheck.check(store.dir);
        if (report != null) {
            print(out, report);
            if (report.damaged()) {
                out.println("verdict: damaged; run: veille check --data " + Terminal.escape(store.dir.toString()) + " --repair");
                return Main.Exit.DAMAGED.code;
            }
            boolean leftovers = report.findings().stream().anyMatch(f -> f.severity() == StoreCheck.Severity.LEFTOVER);
            out.println("verdict: no damage found" + (leftovers ? "; --repair removes the leftovers" : ""));
            return Main.Exit.OK.code;
        }
        StoreCheck.Repair done = StoreCheck.repair(store.dir);
        print(out, done.before());
        done.removed().forEach(f -> out.println("removed: " + Terminal.escape(f)));
        if (done.damagedCopy() == null) {
            out.println("verdict: nothing to rebuild; the store holds " + Terminal.count(done.kept(), "article"));
            return Main.Exit.OK.code;
        }
        out.println("rebuilt: the store holds " + Terminal.count(done.kept(), "article") + "; " + done.lost() + " lost");
        if (!done.lostIds().isEmpty()) {
            List<String> listed = done.lostIds().subList(0, Math.min(LISTED_IDS, done.lostIds().size()));
            out.println("lost: " + Terminal.escape(String.join(" ", listed))
                    + (done.lostIds().size() > LISTED_IDS ? " and " + (done.lostIds().size() - LISTED_IDS) + " more" : ""));
        }
        if (done.lostUnknown() > 0) {
            out.println("lost: up to " + Terminal.count(done.lostUnknown(), "more article") + ", whose ids cannot be read either");
        }
        out.println("kept: the damaged store, in " + Terminal.escape(done.damagedCopy().toString()));
        return Main.Exit.OK.code;
    }

    private static void print(PrintWriter out, StoreCheck.Report report) {
        out.println("store " + Terminal.escape(report.dir().toString()) + ": " + (report.articles() < 0 ? "its commit is unreadable, articles not counted"
                : Terminal.count(report.articles(), "article")) + "; lock free");
        report.findings().forEach(f -> out.println(f.severity().name().toLowerCase(Locale.ROOT) + ": " + Terminal.escape(f.words())));
    }
}
