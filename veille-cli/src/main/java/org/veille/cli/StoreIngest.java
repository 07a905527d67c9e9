// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veille.store.ArticleStore;
import org.veille.store.StoreLinking;

/**
 * An ingest into an open store, as {@code ingest} and the server's {@code POST /api/ingest} run it: the pipeline's
 * articles are stored as they come (committed at least every {@link StreamingIngest#COMMIT_EVERY} articles or
 * {@link StreamingIngest#COMMIT_AFTER}), then placed in stories through the link stage's incremental path.
 */
final class StoreIngest {

    private StoreIngest() {}

    /** One pipeline run that gives its articles to a sink. */
    interface Run {
        Pipeline.Result into(Pipeline.Sink sink) throws IOException;
    }

    /**
     * What an ingest did.
     *
     * @param result   the pipeline's count of articles and failed inputs
     * @param added    the articles that were new to the store
     * @param ingested the ids of every article of the run, new or already stored, in input order
     */
    record Outcome(Pipeline.Result result, int added, List<String> ingested) {}

    static Outcome ingest(ArticleStore articles, Run run) throws IOException {
        return ingest(articles, Map.of(), run);
    }

    /** An ingest of fetched pages: each article read from one of {@code fetched}'s sources is stored with its fetch time. */
    static Outcome ingest(ArticleStore articles, Map<String, String> fetched, Run run) throws IOException {
        Pipeline.Result result;
        int added;
        List<String> unlinked;
        List<String> ingested;
        try (StreamingIngest sink = new StreamingIngest(articles, fetched)) {
            result = run.into(sink);
            added = sink.added();
            unlinked = sink.unlinked();
            ingested = sink.ingested();
        }
        // with the articles an earlier run stored but did not live to link
        Set<String> toLink = new LinkedHashSet<>(unlinked);
        toLink.addAll(articles.unlinkedIds());
        StoreLinking.link(articles, List.copyOf(toLink));
        articles.commit();
        return new Outcome(result, added, ingested);
    }
}
