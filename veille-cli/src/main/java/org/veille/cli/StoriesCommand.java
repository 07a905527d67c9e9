// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veille.store.ArticleStore;
import org.veille.store.Story;
import org.veille.store.StoredArticle;
import picocli.CommandLine.Command;

@Command(name = "stories", mixinStandardHelpOptions = true, description = "List the stories in the store, largest first; one JSON object per story.")
final class StoriesCommand extends StoreQuery {

    @Override
    int query(ArticleStore articles) throws IOException {
        for (Story story : articles.stories()) {
            List<Map<String, Object>> members = new ArrayList<>();
            for (StoredArticle a : story.articles()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", a.id());
                m.put("title", a.analyzed().article().title());
                m.put("outlet", a.analyzed().article().outlet());
                m.put("published", a.analyzed().article().published());
                members.add(m);
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("story", story.id());
            row.put("size", members.size());
            row.put("articles", members);
            println(row);
        }
        return Main.Exit.OK.code;
    }
}
