// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: a store damaged in each of five ways (truncated segment file, deleted segment file, corrupt
 * segments_N, stale write.lock, half-written commit) is detected by {@link StoreCheck#check} and reopened by
 * {@link StoreCheck#repair} with every readable article kept.
 */
class StoreCheckTest {
    /** Five commits of a hundred: five segments, none merged. */
    private static final int N = 500, BATCH = 100;
    /** Bytes overwritten in a compressed block of stored fields: enough to reach its lengths and offsets. */
    private static final int SCRAMBLED = 256;

    @TempDir
    Path dir;
    private Path store;
    private List<String> ids;

    @BeforeEach
    void fill() throws IOException {
        store = dir.resolve("store");
        try (ArticleStore s = ArticleStore.open(store)) {
            for (int i = 0; i < N; i++) {
                s.put(Samples.synthetic(i));
                if ((i + 1) % BATCH == 0) s.commit();
            }
            for (int i = 0; i < N; i += 7) s.setLinks("syn-" + i, "relinked", null, null); // deletions, as a relink makes
            s.commit();
            ids = s.ids();
        }
        assertThat(StoreCheck.check(store).findings()).isEmpty();
        assertThat(StoreCheck.check(store).articles()).isEqualTo(N);
    }

    @Test
    void aTruncatedIndexFileLosesNoArticle() throws IOException {
        Path file = largest(".doc");
        truncate(file);
        assertThatThrownBy(() -> ArticleStore.openReadOnly(store).largestStories(10)).isInstanceOf(StoreException.class)
                .hasMessageContaining("store " + store + " is damaged");
        StoreCheck.Report report = StoreCheck.check(store);
        assertThat(report.damaged()).isTrue();
        assertThat(report.findings().getFirst().words()).contains(file.getFileName().toString()).contains("cut short");
        assertRepairedKeeping(N);
    }

    @Test
    void aTruncatedStoredFieldsFileLosesNoArticleTheJournalHolds() throws IOException {
        truncate(largest(".fdt"));
        assertThat(StoreCheck.check(store).damaged()).isTrue();
        assertRepairedKeeping(N);
    }

    @Test
    void withoutTheJournalATruncatedStoredFieldsFileLosesOnlyItsSegmentAndNamesWhatIsLost() throws IOException {
        Path file = largest(".fdt");
        int inSegment = liveDocsOf(file);
        truncate(file);
        Files.delete(store.resolve(ArticleJournal.FILE));
        StoreCheck.Repair repair = assertRepairedKeeping(N - inSegment);
        assertThat(repair.lostIds()).hasSize(inSegment).isSubsetOf(ids);
        assertThat(repair.lostUnknown()).isZero();
    }

    @Test
    void aDeletedStoredFieldsFileIsFoundAndItsArticlesKept() throws IOException {
        Path file = largest(".fdt");
        Files.delete(file);
        assertThatThrownBy(() -> ArticleStore.openReadOnly(store)).isInstanceOf(StoreException.class)
                .hasMessage("store " + store + " is damaged (file " + file.getFileName() + " is missing)");
        StoreCheck.Report report = StoreCheck.check(store);
        assertThat(report.damaged()).isTrue();
        assertThat(report.findings().getFirst().words()).contains(file.getFileName() + " is missing");
        assertRepairedKeeping(N);
    }

    @Test
    void aCorruptCommitFileIsRebuiltFromTheSegmentsOnDisk() throws IOException {
        Path commit;
        try (Stream<Path> files = Files.list(store)) {
            commit = files.filter(f -> f.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
        }
        overwrite(commit, Files.size(commit) / 2);
        assertThatThrownBy(() -> ArticleStore.openReadOnly(store)).isInstanceOf(StoreException.class)
                .hasMessageContaining("is damaged (file " + commit.getFileName() + " is corrupt)");
        StoreCheck.Report report = StoreCheck.check(store);
        assertThat(report.damaged()).isTrue();
        assertThat(report.findings().getFirst().words()).contains("commit file");
        assertRepairedKeeping(N);
        try (ArticleStore s = ArticleStore.openReadOnly(store)) {
            assertThat(s.get("syn-7").orElseThrow().story()).as("the latest version of each article").isEqualTo("relinked");
        }
    }

    @Test
    void aStaleLockFileIsHarmless() throws IOException {
        Files.delete(store.resolve("write.lock"));
        Files.createFile(store.resolve("write.lock")); // as a killed process leaves it: Lucene's lock is the kernel's, not the file
        StoreCheck.Report report = StoreCheck.check(store);
        assertThat(report.findings()).isEmpty();
        assertThat(report.articles()).isEqualTo(N);
        assertWritable();
        assertThat(StoreCheck.repair(store).damagedCopy()).isNull();
    }

    @Test
    void aLockFileSomethingWroteIntoIsFoundAndRemoved() throws IOException {
        Files.writeString(store.resolve("write.lock"), "left by a killed process");
        StoreCheck.Report report = StoreCheck.check(store);
        assertThat(report.damaged()).isFalse();
        assertThat(report.articles()).isEqualTo(N);
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(StoreCheck.Severity.LEFTOVER);
            assertThat(f.words()).contains("write.lock holds 24 bytes").contains("every ingest fails on it");
        });
        StoreCheck.Repair repair = StoreCheck.repair(store);
        assertThat(repair.removed()).containsExactly("write.lock");
        assertThat(repair.damagedCopy()).isNull();
        assertThat(StoreCheck.check(store).findings()).isEmpty();
        assertWritable();
    }

    /** A writer opens the store, adds an article and commits it. */
    private void assertWritable() throws IOException {
        try (ArticleStore s = ArticleStore.open(store)) {
            assertThat(s.put(Samples.synthetic(N))).isTrue();
            s.commit();
            assertThat(s.size()).isEqualTo(N + 1);
        }
    }

    @Test
    void aHalfWrittenCommitIsFoundAndRemoved() throws IOException {
        // the store one commit later: a new segment, and the commit file that names it
        Path later = dir.resolve("later");
        try (Stream<Path> files = Files.list(store)) {
            Files.createDirectory(later);
            for (Path f : files.toList()) Files.copy(f, later.resolve(f.getFileName()));
        }
        try (ArticleStore s = ArticleStore.open(later)) {
            s.put(Samples.synthetic(N));
            s.commit();
        }
        // interrupted: the new segment's files are written, its commit file only half
        List<String> segment = new ArrayList<>();
        Path pending = null;
        try (Stream<Path> files = Files.list(later)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith("_") && !Files.exists(store.resolve(name))) {
                    Files.copy(f, store.resolve(name));
                    segment.add(name);
                } else if (name.startsWith("segments_") && !Files.exists(store.resolve(name))) {
                    pending = store.resolve("pending_" + name);
                    Files.write(pending, Arrays.copyOf(Files.readAllBytes(f), (int) Files.size(f) / 2));
                }
            }
        }
        assertThat(segment).isNotEmpty();
        StoreCheck.Report report = StoreCheck.check(store);
        assertThat(report.damaged()).isFalse();
        assertThat(report.articles()).isEqualTo(N);
        assertThat(report.findings()).hasSize(2).allSatisfy(f -> assertThat(f.severity()).isEqualTo(StoreCheck.Severity.LEFTOVER));
        assertThat(report.findings().get(0).words()).contains(pending.getFileName().toString());
        assertThat(report.findings().get(1).words()).contains(segment.size() + " index files that no commit names");
        StoreCheck.Repair repair = StoreCheck.repair(store);
        assertThat(repair.removed()).hasSize(1 + segment.size()).contains(pending.getFileName().toString()).containsAll(segment);
        assertThat(pending).doesNotExist();
        assertThat(StoreCheck.check(store).findings()).isEmpty();
        try (ArticleStore s = ArticleStore.openReadOnly(store)) {
            assertThat(s.ids()).isEqualTo(ids);
        }
    }

    @Test
    void bytesOverwrittenInsideASegmentFileAreFound() throws IOException {
        Path file = largest(".fdt");
        overwrite(file, Files.size(file) / 3);
        StoreCheck.Report report = StoreCheck.check(store);
        assertThat(report.damaged()).isTrue();
        assertThat(report.findings().getFirst().words()).contains(file.getFileName() + " is corrupt");
    }

    @Test
    void readingOverwrittenBytesSaysDamagedInPlainWords() throws IOException {
        Path file = largest(".fdt");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(f.length() / 3);
            byte[] ones = new byte[SCRAMBLED];
            Arrays.fill(ones, (byte) 0xFF); // read as lengths and offsets, they point far out of the block
            f.write(ones);
        }
        List<String> failures = new ArrayList<>();
        try (ArticleStore s = ArticleStore.openReadOnly(store)) {
            for (String id : ids) {
                try {
                    s.get(id);
                } catch (StoreException e) {
                    failures.add(e.getMessage());
                }
            }
        }
        assertThat(failures).as("articles the overwritten bytes make unreadable").isNotEmpty()
                .allSatisfy(m -> assertThat(m).matches("store \\S+ is damaged \\((a file|file \\S+) is (corrupt|cut short)\\)"));
    }

    @Test
    void aDamagedOrMissingJournalIsFoundAndRewritten() throws IOException {
        Path journal = store.resolve(ArticleJournal.FILE);
        overwrite(journal, Files.size(journal) / 3);
        assertThat(StoreCheck.check(store).findings()).singleElement()
                .satisfies(f -> assertThat(f.words()).contains("lacks 1 stored articles and has 1 unreadable or altered lines"));
        assertRepairedKeeping(N);
        Files.delete(journal);
        assertThat(StoreCheck.check(store).findings()).singleElement()
                .satisfies(f -> assertThat(f.words()).startsWith("no journal"));
        assertRepairedKeeping(N);
        assertThat(journal).isRegularFile();
    }

    @Test
    void checkRefusesAStoreAnotherProcessWrites() throws IOException {
        try (ArticleStore writing = ArticleStore.open(store)) {
            assertThatThrownBy(() -> StoreCheck.check(store)).isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("store " + store + " is locked by Veille process " + ProcessHandle.current().pid());
        }
    }

    /** Repairs, then checks the store opens clean with {@code expected} articles, each once and readable. */
    private StoreCheck.Repair assertRepairedKeeping(int expected) throws IOException {
        StoreCheck.Repair repair = StoreCheck.repair(store);
        assertThat(repair.kept()).isEqualTo(expected);
        assertThat(repair.lost()).isEqualTo(N - expected);
        assertThat(repair.damagedCopy()).isDirectory();
        assertThat(StoreCheck.check(store).findings()).isEmpty();
        try (ArticleStore s = ArticleStore.openReadOnly(store)) {
            List<String> kept = s.ids();
            assertThat(kept).hasSize(expected).doesNotHaveDuplicates().isSubsetOf(ids);
            for (String id : kept) {
                assertThat(s.get(id).orElseThrow().analyzed())
                        .isEqualTo(Samples.synthetic(Integer.parseInt(id.substring(4))).analyzed());
            }
            assertThat(s.search("securite", 3).hits()).hasSize(3);
        }
        return repair;
    }

    /** The largest file of the store with this extension. */
    private Path largest(String extension) throws IOException {
        try (Stream<Path> files = Files.list(store)) {
            return files.filter(f -> f.toString().endsWith(extension))
                    .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
    }

    /** The articles a segment's file holds, read from the index before it is damaged. */
    private int liveDocsOf(Path segmentFile) throws IOException {
        String segment = segmentFile.getFileName().toString().replaceAll("\\..*", "");
        try (var d = org.apache.lucene.store.FSDirectory.open(store)) {
            for (var sci : org.apache.lucene.index.SegmentInfos.readLatestCommit(d)) {
                if (sci.info.name.equals(segment)) return sci.info.maxDoc() - sci.getDelCount();
            }
        }
        throw new AssertionError("no segment " + segment);
    }

    private static void truncate(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
    }

    private static void overwrite(Path file, long at) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(at);
            f.write("VEILLE-VEILLE-VEILLE".getBytes(StandardCharsets.US_ASCII));
        }
    }
}
