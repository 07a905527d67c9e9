// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import java.io.IOException;
import org.veille.serve.Rows;
import org.veille.store.ArticleStore;
import org.veille.store.QuoteHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "quotes", mixinStandardHelpOptions = true, description = "List stored quotations, optionally of one speaker; one JSON object per quotation.")
final class QuotesCommand extends StoreQuery {

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only this speaker's (full name or surname; case and accents ignored).")
    String speaker;

    @Option(names = "--limit", description = "At most this many (default: ${DEFAULT-VALUE}).", defaultValue = "100")
    int limit;

    @Override
    int query(ArticleStore articles) throws IOException {
        for (QuoteHit hit : articles.quotes(speaker, limit)) println(Rows.quotation(hit));
        return Main.Exit.OK.code;
    }
}
