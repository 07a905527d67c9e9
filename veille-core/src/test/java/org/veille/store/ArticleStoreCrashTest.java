// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow (a few seconds): kills a real ingest with SIGKILL in the middle and checks that the store survives and that
 * re-running the ingest completes it without duplicates.
 */
@Tag("slow")
class ArticleStoreCrashTest {
    private static final int N = 5_000, BATCH = 100;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("kill -9 during ingest: the store opens at its last commit, and a re-run completes it")
    void survivesKillNine() throws Exception {
        Path store = dir.resolve("store");
        Child first = Child.start(store);
        assertThat(first.awaitLine("started", 30)).as("child printed 'started'").isTrue();

        // While the child writes: a second writer is refused clearly, a reader works.
        assertThatThrownBy(() -> ArticleStore.open(store)).isInstanceOf(StoreException.class)
                .hasMessage("store " + store + " is locked by Veille process " + first.process.pid());
        try (ArticleStore reader = ArticleStore.openReadOnly(store)) {
            assertThat(reader.size()).isGreaterThanOrEqualTo(BATCH);
        }

        Thread.sleep(300);
        assertThat(first.process.isAlive()).as("child still ingesting when killed").isTrue();
        first.process.destroyForcibly(); // SIGKILL on Unix
        assertThat(first.process.waitFor(10, TimeUnit.SECONDS)).isTrue();

        int survived;
        try (ArticleStore s = ArticleStore.open(store)) {
            ArticleJson json = new ArticleJson();
            List<String> ids = s.ids();
            survived = ids.size();
            System.out.printf("crash test: killed after %d of %d articles were committed%n", survived, N);
            assertThat(ids).doesNotHaveDuplicates();
            assertThat(survived).as("whole batches only").isPositive().isLessThan(N).isEqualTo(survived / BATCH * BATCH);
            assertThat(ids).containsExactlyInAnyOrderElementsOf(
                    IntStream.range(0, survived).mapToObj(i -> "syn-" + i).toList());
            for (String id : ids) {
                StoredArticle a = s.get(id).orElseThrow();
                assertThat(json.fromJson(json.toJson(a))).isEqualTo(a);
                assertThat(a).isEqualTo(Samples.synthetic(Integer.parseInt(id.substring(4))));
            }
        }

        Child second = Child.start(store);
        assertThat(second.process.waitFor(50, TimeUnit.SECONDS)).as("re-run finished").isTrue();
        assertThat(second.process.exitValue()).isZero();
        assertThat(second.awaitLine("added " + (N - survived), 5)).isTrue();
        try (ArticleStore s = ArticleStore.openReadOnly(store)) {
            assertThat(s.size()).isEqualTo(N);
            assertThat(s.ids()).hasSize(N).doesNotHaveDuplicates();
            assertThat(s.search("securite", 3).hits()).hasSize(3);
        }
    }

    /** A child JVM running {@link CrashIngest}, its output lines collected as they come. */
    private record Child(Process process, BlockingQueue<String> lines) {
        static Child start(Path store) throws IOException {
            String java = ProcessHandle.current().info().command().orElseThrow();
            Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    CrashIngest.class.getName(), store.toString(), String.valueOf(N), String.valueOf(BATCH))
                    .redirectErrorStream(true).start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread.ofVirtual().start(() -> {
                try (BufferedReader r = new BufferedReader(
                        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    r.lines().forEach(lines::add);
                } catch (IOException e) {
                    lines.add("read failed: " + e);
                }
            });
            return new Child(p, lines);
        }

        /** Waits for an output line equal to {@code expected}; false when the time is up or the output ended. */
        boolean awaitLine(String expected, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            for (long left; (left = deadline - System.nanoTime()) > 0; ) {
                String line = lines.poll(left, TimeUnit.NANOSECONDS);
                if (expected.equals(line)) {
                    return true;
                }
                if (line != null) {
                    System.err.println("child: " + line);
                }
            }
            return false;
        }
    }
}
