// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.io.PrintWriter;
import java.util.List;

/** A quotation set read from its folder: the texts Veille analyses, and the table its gold gives a run. */
sealed interface QuoteSet permits PolNearSet, LitBankSet, AadsSet, FrNewsSet {

    /** The texts, in the order the run's quotations come back. */
    List<QuoteDoc> docs();

    /**
     * Prints the scores of a run over {@link #docs()}, its speed and the closing RESULT line; with
     * {@code errors}, first the gold quotations whose speaker Veille missed or got wrong.
     */
    void print(QuoteRun run, boolean errors, PrintWriter out);
}
