// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.veille.store.ArticleStore;
import org.veille.store.Story;
import org.veille.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stories", mixinStandardHelpOptions = true, description = "List the stories in the store, largest first; one JSON object per story.")
final class StoriesCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (ArticleStore articles = ArticleStore.openReadOnly(store.dir)) {
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
                spec.commandLine().getOut().println(json.writeValueAsString(row));
            }
        }
        return Main.Exit.OK.code;
    }
}
