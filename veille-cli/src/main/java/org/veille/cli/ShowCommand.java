// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.veille.store.ArticleJson;
import org.veille.store.ArticleStore;
import org.veille.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Print one stored article as JSON.")
final class ShowCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "The article's id, as printed by analyze, ingest or search.")
    String id;

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (ArticleStore articles = ArticleStore.openReadOnly(store.dir)) {
            Optional<StoredArticle> found = articles.get(id);
            if (found.isEmpty()) {
                spec.commandLine().getErr().println("veille: no article " + id + " in " + store.dir);
                return Main.Exit.NOTHING_PROCESSED.code;
            }
            spec.commandLine().getOut().println(new ArticleJson().toJson(found.get()));
        }
        return Main.Exit.OK.code;
    }
}
