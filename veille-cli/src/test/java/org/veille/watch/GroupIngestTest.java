// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GroupIngestTest {

    /** A store that holds its first ingest until released, records each group, and calls every odd page new. */
    private static final class SlowStore implements Watcher.Store {
        final CountDownLatch firstStarted = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<Integer> groups = Collections.synchronizedList(new ArrayList<>());
        boolean fail;

        @Override
        public boolean holds(String address) {
            return false;
        }

        @Override
        public Set<String> ingest(List<Watcher.Page> pages) throws IOException {
            groups.add(pages.size());
            if (groups.size() == 1) {
                firstStarted.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            if (fail) throw new IOException("disk full");
            return pages.stream().map(Watcher.Page::address).filter(a -> Integer.parseInt(a.substring(a.lastIndexOf('/') + 1)) % 2 == 1)
                    .collect(Collectors.toSet());
        }
    }

    private static List<Watcher.Page> pages(String source, int from, int n) {
        List<Watcher.Page> out = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            String address = "https://" + source + ".example/a/" + i;
            out.add(new Watcher.Page(address, address, Instant.EPOCH, new byte[0], "UTF-8"));
        }
        return out;
    }

    @Test
    void pollsThatWaitWhileAnIngestRunsAreIngestedTogetherEachToldItsOwnNewPages() throws Exception {
        SlowStore store = new SlowStore();
        GroupIngest group = new GroupIngest(store);
        Map<String, Set<String>> told = new ConcurrentHashMap<>();
        Thread first = Thread.ofVirtual().start(() -> told.put("a", uncheck(() -> group.ingest(pages("a", 0, 2)))));
        store.firstStarted.await();
        List<Thread> waiting = new ArrayList<>();
        for (String source : List.of("b", "c", "d")) {
            waiting.add(Thread.ofVirtual().start(() -> told.put(source, uncheck(() -> group.ingest(pages(source, 0, 3))))));
        }
        while (group.waiting() < 3) Thread.sleep(5); // all three wait behind the first
        store.release.countDown();
        first.join();
        for (Thread t : waiting) t.join();
        assertThat(store.groups).containsExactly(2, 9);
        assertThat(told.get("a")).containsExactly("https://a.example/a/1");
        assertThat(told.get("c")).containsExactly("https://c.example/a/1");
    }

    @Test
    void aGroupTakesAtMostItsPagesAndTheRestFollow() throws Exception {
        SlowStore store = new SlowStore();
        GroupIngest group = new GroupIngest(store);
        Thread first = Thread.ofVirtual().start(() -> uncheck(() -> group.ingest(pages("a", 0, 1))));
        store.firstStarted.await();
        int each = GroupIngest.MAX_PAGES / 2 + 1; // two of them do not fit in one group
        List<Thread> waiting = new ArrayList<>();
        for (String source : List.of("b", "c")) waiting.add(Thread.ofVirtual().start(() -> uncheck(() -> group.ingest(pages(source, 0, each)))));
        while (group.waiting() < 2) Thread.sleep(5);
        store.release.countDown();
        first.join();
        for (Thread t : waiting) t.join();
        assertThat(store.groups).containsExactly(1, each, each);
    }

    @Test
    void aFailedIngestFailsEveryPollOfItsGroup() throws Exception {
        SlowStore store = new SlowStore();
        store.fail = true;
        store.release.countDown();
        GroupIngest group = new GroupIngest(store);
        assertThatThrownBy(() -> group.ingest(pages("a", 0, 1))).isInstanceOf(IOException.class).hasMessage("disk full");
        store.fail = false;
        assertThat(group.ingest(pages("a", 1, 1))).containsExactly("https://a.example/a/1");
    }

    private interface IoCall<T> {
        T call() throws IOException;
    }

    private static <T> T uncheck(IoCall<T> call) {
        try {
            return call.call();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
