// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.watch;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The pages of polls that end together, ingested together (a group commit). Each ingest pays a fixed cost beside
 * its articles' analysis (the pipeline's start, the link stage's neighbourhood and frequencies, a commit and its
 * sync); when many sources publish at once, their polls queue here while one ingest runs, and the next one takes them
 * all, so that cost is paid once per group instead of once per source. A quiet stream is not delayed: a poll that
 * finds no ingest running starts its own at once. No thread of its own: the first waiting poll leads the next group.
 * Thread-safe; the {@link Watcher.Store} is given one group at a time.
 */
final class GroupIngest {

    /**
     * Pages a group takes at most: about ten seconds of analysis on two cores, so a page that waits for the group
     * before it is never held longer than the latency the watcher aims at beyond its poll interval.
     */
    static final int MAX_PAGES = 256;

    private final Watcher.Store store;
    private final ArrayDeque<Request> queue = new ArrayDeque<>();
    private final ReentrantLock leading = new ReentrantLock();

    GroupIngest(Watcher.Store store) {
        this.store = store;
    }

    /** One poll's pages, and the addresses of those that gave an article new to the store, once ingested. */
    private record Request(List<Watcher.Page> pages, CompletableFuture<Set<String>> added) {}

    /**
     * Ingests the pages with those of any other polls waiting, and returns the addresses among them whose page gave
     * an article new to the store.
     */
    Set<String> ingest(List<Watcher.Page> pages) throws IOException {
        Request mine = new Request(List.copyOf(pages), new CompletableFuture<>());
        synchronized (queue) {
            queue.add(mine);
        }
        leading.lock();
        try {
            while (!mine.added().isDone()) ingestGroup();
        } finally {
            leading.unlock();
        }
        try {
            return mine.added().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // cannot happen: the future is complete
            throw new IllegalStateException(e);
        }
    }

    /** Polls waiting for the next group. */
    int waiting() {
        synchronized (queue) {
            return queue.size();
        }
    }

    /** Takes the waiting polls, up to {@link #MAX_PAGES} pages (the first whatever its size), and ingests their pages. */
    private void ingestGroup() {
        List<Request> group = new ArrayList<>();
        List<Watcher.Page> pages = new ArrayList<>();
        synchronized (queue) {
            while (!queue.isEmpty() && (group.isEmpty() || pages.size() + queue.peek().pages().size() <= MAX_PAGES)) {
                Request next = queue.poll();
                group.add(next);
                pages.addAll(next.pages());
            }
        }
        try {
            Set<String> added = store.ingest(pages);
            for (Request r : group) {
                Set<String> its = new HashSet<>();
                for (Watcher.Page p : r.pages()) if (added.contains(p.address())) its.add(p.address());
                r.added().complete(its);
            }
        } catch (IOException | RuntimeException e) {
            for (Request r : group) r.added().completeExceptionally(e);
        }
    }
}
