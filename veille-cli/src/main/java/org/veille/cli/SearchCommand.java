// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.veille.store.ArticleStore;
import org.veille.store.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", mixinStandardHelpOptions = true, description = "Full-text search of the store; one JSON object per hit.")
final class SearchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words; \"quoted phrases\", +required, -excluded.")
    List<String> words;

    @Option(names = "--limit", description = "At most this many hits (default: ${DEFAULT-VALUE}).", defaultValue = "20")
    int limit;

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ObjectMapper json = new ObjectMapper();
        PrintWriter out = spec.commandLine().getOut();
        try (ArticleStore articles = ArticleStore.openReadOnly(store.dir)) {
            for (SearchHit hit : articles.search(String.join(" ", words), limit)) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", hit.id());
                row.put("title", hit.title());
                row.put("outlet", hit.outlet());
                row.put("published", hit.published());
                row.put("score", hit.score());
                row.put("snippet", hit.snippet());
                out.println(json.writeValueAsString(row));
            }
        }
        return Main.Exit.OK.code;
    }
}
