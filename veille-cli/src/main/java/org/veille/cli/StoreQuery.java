// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Callable;
import org.veille.store.ArticleStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the commands that read the store share: the --data option, opening the store read-only (so they
 * run while an ingest writes), and printing one JSON object per line.
 */
abstract class StoreQuery implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    /** Answers the query from the open store; returns the exit code. */
    abstract int query(ArticleStore articles) throws IOException;

    @Override
    public final Integer call() throws IOException {
        try (ArticleStore articles = ArticleStore.openReadOnly(store.dir)) {
            return query(articles);
        }
    }

    /** Prints one row as a line of JSON on stdout. */
    final void println(Map<String, Object> row) throws JsonProcessingException {
        spec.commandLine().getOut().println(JSON.writeValueAsString(row));
    }
}
