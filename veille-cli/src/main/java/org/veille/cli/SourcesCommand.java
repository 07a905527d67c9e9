// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.veille.store.ArticleStore;
import org.veille.watch.WatchState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "The health of each source watch polled into the store: its address, last success, last error, "
                + "pages fetched and articles added per day; one JSON object per source (jsonl) or a readable table.")
final class SourcesCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    StoreOption store;

    @Option(names = "--format", description = "jsonl or table (default: ${DEFAULT-VALUE}).", defaultValue = "table")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ArticleStore.openReadOnly(store.dir).close(); // a missing or damaged store is said as every reading command says it
        // by address: the state keeps sources in the order their first polls ended, which parallel polls make vary
        List<WatchState.Health> all = WatchState.load(store.dir).health().stream()
                .sorted(Comparator.comparing(WatchState.Health::url)).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (all.isEmpty()) {
            spec.commandLine().getErr().println("veille: no source was watched into " + Terminal.escape(store.dir.toString()));
            return Main.Exit.NOTHING_PROCESSED.code;
        }
        Instant now = Instant.now();
        for (WatchState.Health h : all) {
            String perDay = String.format(Locale.ROOT, "%.1f", h.articlesPerDay(now));
            if (format == OutputFormat.jsonl) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("url", h.url());
                row.put("last_poll", string(h.lastPoll()));
                row.put("last_success", string(h.lastSuccess()));
                row.put("last_error", h.lastError());
                row.put("last_error_at", string(h.lastErrorAt()));
                row.put("items_fetched", h.itemsFetched());
                row.put("articles", h.articles());
                row.put("articles_per_day", Double.parseDouble(perDay));
                out.println(JSON.writeValueAsString(row));
            } else {
                out.println(Terminal.escape(h.url()));
                out.println("  last success: " + (h.lastSuccess() == null ? "never" : h.lastSuccess())
                        + "; last error: " + (h.lastError() == null ? "none" : Terminal.escape(h.lastError()) + " (" + h.lastErrorAt() + ")"));
                out.println("  pages fetched: " + h.itemsFetched() + "; articles: " + h.articles() + " (" + perDay + " a day)");
            }
        }
        return Main.Exit.OK.code;
    }

    private static String string(Instant t) {
        return t == null ? null : t.toString();
    }
}
