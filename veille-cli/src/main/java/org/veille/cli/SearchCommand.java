// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import java.io.IOException;
import java.util.List;
import org.veille.serve.Rows;
import org.veille.store.ArticleStore;
import org.veille.store.SearchHit;
import org.veille.store.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true, description = "Full-text search of the store; one JSON object per hit.")
final class SearchCommand extends StoreQuery {

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words; \"quoted phrases\", +required, -excluded.")
    List<String> words;

    @Option(names = "--limit", description = "At most this many hits (default: ${DEFAULT-VALUE}).", defaultValue = "20")
    int limit;

    @Override
    int query(ArticleStore articles) throws IOException {
        SearchResults results = articles.search(String.join(" ", words), limit);
        if (results.cut() && results.wordsSearched() == 0) {
            spec.commandLine().getErr().println("veille: note: the query's first word is too long; searched its beginning");
        } else if (results.cut()) {
            spec.commandLine().getErr().println("veille: note: the query is too long; searched its first "
                    + results.wordsSearched() + " of " + results.wordsAsked() + " words");
        }
        for (SearchHit hit : results.hits()) println(Rows.searchHit(hit));
        return Main.Exit.OK.code;
    }
}
