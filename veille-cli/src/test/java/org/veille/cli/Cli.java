// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process, as the end-to-end tests do. */
final class Cli {

    private Cli() {
    }

    /** Exit code, stdout and stderr of one run, in that order. */
    static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }
}
