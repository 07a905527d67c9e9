// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import java.io.PrintWriter;

/** Messages on stderr, one line per input, and a progress bar only when a person is watching. */
final class Terminal implements Pipeline.Report {

    private static final int BAR_WIDTH = 30;

    private final PrintWriter err;
    private final boolean interactive;

    Terminal(PrintWriter err) {
        this.err = err;
        this.interactive = System.console() != null;
    }

    @Override
    public synchronized void failed(String source, String reason) {
        clearBar();
        err.println("veille: " + source + ": " + reason);
    }

    @Override
    public synchronized void warned(String source, String message) {
        clearBar();
        err.println("veille: warning: " + source + ": " + message);
    }

    @Override
    public synchronized void progress(int done, int total) {
        if (!interactive || total < 2) return;
        int filled = total == 0 ? BAR_WIDTH : done * BAR_WIDTH / total;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + done + "/" + total);
        if (done == total) err.print("\r" + " ".repeat(BAR_WIDTH + 24) + "\r");
        err.flush();
    }

    void summary(Pipeline.Result result, String verb) {
        int ok = result.articles().size();
        err.println("veille: " + verb + " " + ok + " article" + (ok == 1 ? "" : "s") + " from " + result.read()
                + " input" + (result.read() == 1 ? "" : "s") + "; " + result.failed() + " failed");
    }

    private void clearBar() {
        if (interactive) err.print("\r" + " ".repeat(BAR_WIDTH + 24) + "\r");
    }
}
