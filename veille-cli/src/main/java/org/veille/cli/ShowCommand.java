// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import java.util.Optional;
import org.veille.store.ArticleJson;
import org.veille.store.ArticleStore;
import org.veille.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Print one stored article as JSON.")
final class ShowCommand extends StoreQuery {

    @Parameters(paramLabel = "ID", description = "The article's id, as printed by analyze, ingest or search.")
    String id;

    @Override
    int query(ArticleStore articles) {
        Optional<StoredArticle> found = articles.get(id);
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("veille: no article " + Terminal.escape(id) + " in " + Terminal.escape(store.dir.toString()));
            return Main.Exit.NOTHING_PROCESSED.code;
        }
        spec.commandLine().getOut().println(new ArticleJson().toJson(found.get()));
        return Main.Exit.OK.code;
    }
}
