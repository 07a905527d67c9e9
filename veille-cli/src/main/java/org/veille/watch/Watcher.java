// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.watch;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.veille.read.Capture;
import org.veille.read.CaptureReader;
import org.veille.read.FeedItem;
import org.veille.read.ReadListener;

/**
 * Polls sources and hands their new items to the store. One poll of a source:
 * <ol>
 *   <li>fetch the feed or sitemap, conditionally (a 304 ends the poll: nothing new);</li>
 *   <li>list its items (the read stage's feed parser setup), leaving out those done unless the feed's date for one
 *       changed since (an edit, a correction): that one's page is asked for again, conditionally;</li>
 *   <li>an item the store already holds (a kill between its commit and the state's write) is marked done unfetched;</li>
 *   <li>the others are fetched {@value #BATCH} at a time, each batch ingested and committed by the {@link Store}
 *       (with the batches of other sources that wait meanwhile, {@link GroupIngest}), then marked done and the state
 *       written;</li>
 *   <li>the feed's validators are kept only when every item was done, so an item that failed for a while is asked
 *       for again on the next poll instead of hidden behind a 304.</li>
 * </ol>
 * Each fault is told once through {@link Report}, naming the source, and the poll or the run goes on. Sources are
 * polled each on its own virtual thread, so a slow one delays no other; the store is given one group at a time.
 */
public final class Watcher {

    /** Pages fetched before they are ingested and committed together. */
    static final int BATCH = 8;
    /** Item addresses longer than this are refused: no news site needs them, and the store indexes up to 4,096. */
    static final int MAX_ADDRESS = 2_048;

    /** Where new pages go. */
    public interface Store {
        /** Whether the store holds a committed article read from this address. */
        boolean holds(String address);

        /**
         * Runs the pages through read → extract → analyze → link → store and commits; returns the addresses whose
         * page gave an article new to the store (for a page fetched again, a new version: its text or title changed).
         * Called by one thread at a time.
         */
        Set<String> ingest(List<Page> pages) throws IOException;
    }

    /** A fetched item page: asked for at {@code address}, found at {@code url}. */
    public record Page(String address, String url, Instant fetched, byte[] body, String charset) {}

    /** Where faults and news are told, one line each. */
    public interface Report {
        /** Something went wrong with {@code source}; {@code reason} in plain words. */
        void fault(String source, String reason);
    }

    /**
     * What a round of polls did.
     *
     * @param articles pages that gave an article new to the store
     * @param versions known pages fetched again that gave a new version of their article (an edit, a correction)
     * @param checked  known pages asked for again that answered they had not changed (304)
     */
    public record Totals(int polled, int notModified, int pages, int articles, int versions, int checked, int faults) {}

    /**
     * Polls in a row a new item's page may give no article (its ingest rejected what came: noise, a cut body) before
     * it is left alone: a page garbled on the way is asked for again, one that is no article is not asked forever.
     */
    static final int EMPTY_PAGE_TRIES = 3;

    private final List<WatchConfig.Source> sources;
    /** New items whose pages gave no article, and how many times so far, in this run. */
    private final Map<String, Integer> emptyTries = new ConcurrentHashMap<>();
    private final Fetcher fetcher;
    private final WatchState state;
    private final Store store;
    private final Report report;
    private final CaptureReader reader = new CaptureReader();
    private final GroupIngest ingest;
    private final AtomicInteger notModified = new AtomicInteger(), pages = new AtomicInteger(),
            articles = new AtomicInteger(), versions = new AtomicInteger(), checked = new AtomicInteger(),
            faults = new AtomicInteger();

    public Watcher(WatchConfig config, Fetcher fetcher, WatchState state, Store store, Report report) {
        this.sources = config.sources();
        this.fetcher = fetcher;
        this.state = state;
        this.store = store;
        this.ingest = new GroupIngest(store);
        this.report = report;
    }

    /** Polls every source once, together, and returns when all are done. */
    public Totals pollAll() throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (WatchConfig.Source s : sources) threads.add(Thread.ofVirtual().name("veille-watch").start(() -> poll(s)));
        for (Thread t : threads) t.join();
        return totals(sources.size());
    }

    /** Polls each source on its schedule until interrupted; a poll still running is not started again. */
    public void run() throws InterruptedException {
        Map<WatchConfig.Source, Instant> due = new HashMap<>();
        Map<WatchConfig.Source, Thread> running = new HashMap<>();
        Instant start = Instant.now();
        sources.forEach(s -> due.put(s, start));
        while (!Thread.currentThread().isInterrupted()) {
            Instant now = Instant.now();
            Instant next = now.plus(Duration.ofMinutes(1));
            for (WatchConfig.Source s : sources) {
                Thread t = running.get(s);
                if (t != null && t.isAlive()) continue;
                if (!due.get(s).isAfter(now)) {
                    running.put(s, Thread.ofVirtual().name("veille-watch").start(() -> poll(s)));
                    due.put(s, now.plus(s.every()));
                }
                if (due.get(s).isBefore(next)) next = due.get(s);
            }
            Thread.sleep(Math.max(100, Math.min(1_000, Duration.between(Instant.now(), next).toMillis())));
        }
    }

    /** What all polls so far did. */
    public Totals totals(int polled) {
        return new Totals(polled, notModified.get(), pages.get(), articles.get(), versions.get(), checked.get(), faults.get());
    }

    /** One poll of one source; nothing leaves it but the lines told. */
    void poll(WatchConfig.Source source) {
        String url = source.url();
        try {
            state.polling(url, Instant.now());
            String[] validators = state.validators(url);
            switch (fetcher.fetch(url, validators[0], validators[1])) {
                case Fetcher.NotModified n -> {
                    notModified.incrementAndGet();
                    state.succeeded(url, Instant.now(), null, null, false);
                }
                case Fetcher.Failed f -> fail(url, f.reason());
                case Fetcher.Body body -> {
                    String[] failure = new String[1];
                    List<FeedItem> listed = reader.items(url, body.bytes(), body.charset(), new ReadListener() {
                        @Override
                        public void captured(Capture capture) {}

                        @Override
                        public void failed(String source, String reason) {
                            failure[0] = reason;
                        }
                    });
                    if (failure[0] != null) {
                        fail(url, failure[0]);
                    } else {
                        boolean allDone = items(url, body.url(), listed);
                        state.succeeded(url, Instant.now(), body.etag(), body.lastModified(), allDone);
                    }
                }
            }
        } catch (IOException e) {
            fail(url, "cannot store: " + e.getMessage());
        } catch (RuntimeException e) {
            fail(url, "unexpected " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")")
                    + " (a bug in Veille)");
        }
        try {
            state.save();
        } catch (IOException e) {
            fault(url, "cannot write " + WatchState.FILE + ": " + e.getMessage());
        }
    }

    /**
     * Fetches and ingests the new items, and the known ones whose feed says they changed (asked conditionally with
     * their page's validators: a 304 means the page did not); whether every item is done (none failed in a way that
     * may pass).
     */
    private boolean items(String source, String base, List<FeedItem> listed) throws IOException {
        Map<String, Wanted> wanted = new LinkedHashMap<>();
        Map<String, WatchState.Item> known = new LinkedHashMap<>();
        for (FeedItem item : listed) {
            String address;
            try {
                address = URI.create(base).resolve(item.link().strip()).toString();
            } catch (IllegalArgumentException e) {
                fault(source, item.link() + ": not an address");
                continue;
            }
            if (address.length() > MAX_ADDRESS) {
                fault(source, address.substring(0, 80) + "...: address longer than " + MAX_ADDRESS + " characters");
                continue;
            }
            WatchState.Item done = state.done(source, address);
            if (done != null) {
                if (item.changed() == null || item.changed().equals(done.changed())) continue;
                if (done.changed() == null) { // a date first given (or a state older than dates) tells no change: kept, not fetched
                    known.put(address, new WatchState.Item(item.changed(), done.etag(), done.lastModified()));
                } else {
                    wanted.put(address, new Wanted(item.changed(), done));
                }
            } else if (store.holds(address)) {
                known.put(address, new WatchState.Item(item.changed(), null, null)); // committed before a kill stopped the state's write
            } else {
                wanted.putIfAbsent(address, new Wanted(item.changed(), null));
            }
        }
        if (!known.isEmpty()) {
            state.markDone(source, known, 0, 0);
            state.save();
        }
        boolean allDone = true;
        List<String> batch = new ArrayList<>(wanted.keySet());
        for (int from = 0; from < batch.size(); from += BATCH) {
            List<String> items = batch.subList(from, Math.min(batch.size(), from + BATCH));
            List<Page> fetched = new ArrayList<>();
            Map<String, WatchState.Item> done = new LinkedHashMap<>();
            for (String item : items) {
                Wanted w = wanted.get(item);
                WatchState.Item before = w.before() == null ? WatchState.Item.UNKNOWN : w.before();
                switch (fetcher.fetch(item, before.etag(), before.lastModified())) {
                    case Fetcher.Body b -> {
                        fetched.add(new Page(item, b.url(), b.at(), b.bytes(), b.charset()));
                        done.put(item, new WatchState.Item(w.changed(), b.etag(), b.lastModified()));
                    }
                    case Fetcher.NotModified n -> {
                        if (w.before() != null) checked.incrementAndGet();
                        done.put(item, new WatchState.Item(w.changed(), before.etag(), before.lastModified()));
                    }
                    case Fetcher.Failed f -> {
                        fault(source, item + ": " + f.reason());
                        if (f.lasting()) done.put(item, new WatchState.Item(w.changed(), before.etag(), before.lastModified()));
                        else allDone = false;
                    }
                }
            }
            Set<String> added = fetched.isEmpty() ? Set.of() : ingest.ingest(fetched);
            for (Page page : fetched) {
                if (wanted.get(page.address()).before() != null || added.contains(page.address())) {
                    emptyTries.remove(page.address());
                } else if (emptyTries.merge(page.address(), 1, Integer::sum) < EMPTY_PAGE_TRIES) {
                    done.remove(page.address()); // it gave no article: its bytes may have been garbled on the way
                    allDone = false;
                } else {
                    emptyTries.remove(page.address());
                }
            }
            int newVersions = (int) added.stream().filter(a -> wanted.get(a) != null && wanted.get(a).before() != null).count();
            state.markDone(source, done, fetched.size(), added.size() - newVersions); // after the commit that holds their articles
            state.save();
            pages.addAndGet(fetched.size());
            articles.addAndGet(added.size() - newVersions);
            versions.addAndGet(newVersions);
        }
        return allDone;
    }

    /**
     * An item to fetch: when its feed says it changed, and what is known of it when it was done before (its page is then
     * asked for again because that date changed), else null.
     */
    private record Wanted(String changed, WatchState.Item before) {}

    private void fail(String url, String reason) {
        state.failed(url, Instant.now(), reason);
        fault(url, reason);
    }

    private void fault(String source, String reason) {
        faults.incrementAndGet();
        report.fault(source, reason);
    }
}
