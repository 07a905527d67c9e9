// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import java.io.IOException;
import java.util.Optional;
import org.veille.link.TextChanges;
import org.veille.serve.VersionHistory;
import org.veille.store.ArticleJson;
import org.veille.store.ArticleStore;
import org.veille.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Print one stored article as JSON.")
final class ShowCommand extends StoreQuery {

    @Parameters(paramLabel = "ID", description = "The article's id, as printed by analyze, ingest or search.")
    String id;

    @Option(names = "--versions", description = "Print instead every stored version of the article's page (a watched page edited after it "
            + "was stored), oldest first, with when each was fetched and what each changed against the one before.")
    boolean versions;

    @Override
    int query(ArticleStore articles) throws IOException {
        Optional<StoredArticle> found = articles.get(id);
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("veille: no article " + Terminal.escape(id) + " in " + Terminal.escape(store.dir.toString()));
            return Main.Exit.NOTHING_PROCESSED.code;
        }
        if (versions) println(VersionHistory.of(articles.versions(id), new TextChanges()).row());
        else spec.commandLine().getOut().println(new ArticleJson().toJson(found.get()));
        return Main.Exit.OK.code;
    }
}
