// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.veille.analyze.AnalyzedArticle;
import org.veille.store.ArticleStore;
import org.veille.store.StoredArticle;

/**
 * The ingest's sink: stores each article as it leaves the pipeline and commits at least every
 * {@link #COMMIT_EVERY} articles or {@link #COMMIT_AFTER}, so a killed ingest keeps every article stored before its
 * last commit. A timer commits articles that wait while the pipeline is slow. Thread-safe.
 */
final class StreamingIngest implements Pipeline.Sink, AutoCloseable {

    /** Articles written between two commits: a crash loses at most this much work, never the store. */
    static final int COMMIT_EVERY = 100;
    /** The longest an article stays uncommitted: a crash loses at most this much analysis. */
    static final Duration COMMIT_AFTER = Duration.ofSeconds(10);
    /** How often the timer looks at the oldest uncommitted article. */
    private static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    private final ArticleStore store;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("veille-commit").factory());
    private int added;
    /** Articles to link when the ingest ends: those added, and those found stored but never linked (an ingest killed before its linking). */
    private final List<String> unlinked = new ArrayList<>();
    /** Every article this ingest was given, added or found stored, in input order. */
    private final List<String> ingested = new ArrayList<>();
    private int uncommitted;
    private long oldestUncommittedNanos;
    private IOException timerFailure;

    /** When each source's page was fetched (ISO-8601), for pages the watcher fetched; empty for files. */
    private final Map<String, String> fetched;

    StreamingIngest(ArticleStore store, Map<String, String> fetched) {
        this.store = store;
        this.fetched = Map.copyOf(fetched);
        long period = CHECK_EVERY.toMillis();
        timer.scheduleWithFixedDelay(this::commitIfOld, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void accept(AnalyzedArticle article) throws IOException {
        if (timerFailure != null) throw timerFailure;
        ingested.add(article.article().id());
        if (!store.put(new StoredArticle(article, null).fetchedAt(fetched.get(article.article().source())))) {
            String id = article.article().id();
            if (store.get(id).map(a -> a.story() == null).orElse(false)) unlinked.add(id);
            return;
        }
        added++;
        unlinked.add(article.article().id());
        if (uncommitted++ == 0) oldestUncommittedNanos = System.nanoTime();
        if (uncommitted >= COMMIT_EVERY) commit();
    }

    /** Articles this ingest added (not those already stored). */
    synchronized int added() {
        return added;
    }

    /** Ids of the articles this ingest was given, added or found stored, in input order. */
    synchronized List<String> ingested() {
        return List.copyOf(ingested);
    }

    /** Ids of the articles to link: added by this ingest, or stored before and never linked. */
    synchronized List<String> unlinked() {
        return List.copyOf(unlinked);
    }

    /** Commits what is left and stops the timer. */
    @Override
    public synchronized void close() throws IOException {
        timer.shutdownNow();
        if (timerFailure != null) throw timerFailure;
        commit();
    }

    private synchronized void commitIfOld() {
        if (uncommitted == 0 || timerFailure != null) return;
        if (System.nanoTime() - oldestUncommittedNanos < COMMIT_AFTER.toNanos()) return;
        try {
            commit();
        } catch (IOException e) {
            timerFailure = e; // told by the next accept or close, on the ingest's thread
        }
    }

    private void commit() throws IOException {
        store.commit();
        uncommitted = 0;
    }
}
