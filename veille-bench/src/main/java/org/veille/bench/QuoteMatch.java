// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.bench;

import java.io.PrintWriter;
import java.util.List;

/** The matching rules the quotation sets share: overlaps by half, and the speaker Veille gives. */
final class QuoteMatch {

    private QuoteMatch() {
    }

    /** Of the quotations covering at least half of {@code gold}, the one covering most of it; null when none does. */
    static Predicted best(Stretch gold, List<Predicted> veille) {
        Predicted best = null;
        int most = 0;
        for (Predicted q : veille) {
            int shared = gold.overlap(q.start(), q.end());
            if (shared > most && gold.halfCoveredBy(q.start(), q.end())) {
                best = q;
                most = shared;
            }
        }
        return best;
    }

    /** Whether at least half of a quotation lies inside {@code gold}. */
    static boolean insideHalf(Predicted q, Stretch gold) {
        return q.length() > 0 && gold.overlap(q.start(), q.end()) >= Stretch.HALF * q.length();
    }

    /** The speed line and the RESULT line (with the speed appended) under a set's table. */
    static void finish(QuoteRun run, PrintWriter out, String result) {
        out.println();
        out.println(run.speedLine());
        out.println(result + " tokens_per_s=" + Table.speed(run.tokensPerSecond()));
        out.flush();
    }
}
