// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;

/**
 * The store's files, each forced to disk once. Lucene's writer asks, at every commit, for every file of the commit to
 * be synced, the files of older segments too (about 150 in a store of 32,000 articles, 0.2-0.4 s of fsync calls here
 * each time, two commits to add one article). A Lucene file is written once and never changed under its name (a new
 * segment, a new generation of deletions or of the commit file gets a new name), and a commit syncs its files before
 * it writes the commit file naming them: so the files the last commit names when the store is opened are on disk
 * already, as is each file once synced here, until it is deleted. Only the others are synced.
 */
final class SyncOnceDirectory extends FilterDirectory {
    private final Set<String> onDisk = ConcurrentHashMap.newKeySet();

    /** Wraps {@code files}, taking the files its last commit names as on disk; with no readable commit, none. */
    SyncOnceDirectory(Directory files) {
        super(files);
        try {
            if (DirectoryReader.indexExists(files)) onDisk.addAll(SegmentInfos.readLatestCommit(files).files(true));
        } catch (IOException | RuntimeException e) {
            // a damaged commit: every file is synced, and opening the store says what is wrong
        }
    }

    @Override
    public void sync(Collection<String> names) throws IOException {
        List<String> notYet = names.stream().filter(name -> !onDisk.contains(name)).toList();
        in.sync(notYet);
        onDisk.addAll(notYet);
    }

    @Override
    public void deleteFile(String name) throws IOException {
        onDisk.remove(name); // a later file of the same name is new
        in.deleteFile(name);
    }

    @Override
    public void rename(String source, String dest) throws IOException {
        in.rename(source, dest); // the commit file, synced under its pending name, then renamed and its folder synced
        if (onDisk.remove(source)) onDisk.add(dest);
    }
}
