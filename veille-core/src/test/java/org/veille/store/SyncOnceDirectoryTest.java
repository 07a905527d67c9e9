// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncOnceDirectoryTest {

    @TempDir
    Path dir;

    /** The files a directory was asked to sync. */
    private static final class Syncs extends FilterDirectory {
        final List<String> synced = new ArrayList<>();

        Syncs(Directory in) {
            super(in);
        }

        @Override
        public void sync(Collection<String> names) throws IOException {
            synced.addAll(names);
            in.sync(names);
        }
    }

    @Test
    void aCommitSyncsOnlyTheFilesNoCommitHasSynced() throws IOException {
        try (IndexWriter first = writer(new NIOFSDirectory(dir))) {
            first.addDocument(doc("a"));
            first.commit();
        }
        List<String> committed;
        try (Directory d = new NIOFSDirectory(dir)) {
            committed = List.copyOf(SegmentInfos.readLatestCommit(d).files(false));
        }
        Syncs syncs = new Syncs(new NIOFSDirectory(dir));
        try (IndexWriter second = writer(new SyncOnceDirectory(syncs))) {
            second.addDocument(doc("b"));
            second.commit();
            assertThat(syncs.synced).as("the older segment's files").doesNotContainAnyElementsOf(committed).isNotEmpty();
            List<String> once = List.copyOf(syncs.synced);
            syncs.synced.clear();
            second.addDocument(doc("c"));
            second.commit();
            assertThat(syncs.synced).as("nor those synced by the commit before").doesNotContainAnyElementsOf(once).isNotEmpty();
        }
        try (DirectoryReader reader = DirectoryReader.open(new NIOFSDirectory(dir))) {
            assertThat(reader.numDocs()).isEqualTo(3);
        }
    }

    private static IndexWriter writer(Directory d) throws IOException {
        return new IndexWriter(d, new IndexWriterConfig(new KeywordAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE));
    }

    private static Document doc(String id) {
        Document d = new Document();
        d.add(new StringField("id", id, Field.Store.YES));
        return d;
    }
}
