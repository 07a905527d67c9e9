// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.codecs.FieldsProducer;
import org.apache.lucene.codecs.StoredFieldsReader;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.StringHelper;

/**
 * Every article that can still be read from a damaged store, segment by segment and file by file: the articles'
 * JSON lives in each segment's stored fields, apart from the search index, so it survives damage to the index
 * files, and in the store's journal ({@link ArticleJournal}), which survives damage to the stored fields. Segments
 * come from the last commit when it reads, and from the segment files on disk when it does not (or when they hold
 * articles the commit lacks). Each id is kept once, in its latest version: the commit's live copy first, else the
 * copy in the newest segment, else the journal's.
 */
final class StoreSalvage {
    /** A commit's live copy of an article outranks any copy found in a segment the commit does not name. */
    private static final int FROM_COMMIT = 2, FROM_SEGMENT_FILE = 1, FROM_JOURNAL = 0;
    /** The extension of a segment's description file, which every segment has. */
    private static final String SEGMENT_INFO = "si";

    private final ArticleJson json = new ArticleJson();
    private final Map<String, Version> best = new HashMap<>();
    private final Set<String> unreadableIds = new HashSet<>();
    private int unreadableUnknown, fromJournalOnly;

    /** One readable copy of an article, and where it was found. */
    private record Version(StoredArticle article, int tier, long segment, int doc) {
        static final Comparator<Version> NEWEST_LAST = Comparator.comparingInt(Version::tier)
                .thenComparingLong(Version::segment).thenComparingInt(Version::doc);
    }

    /**
     * What was saved and lost.
     *
     * @param articles    every readable article once, in the order they were stored
     * @param lostIds     ids of articles that could not be read and have no readable copy
     * @param lostUnknown at most this many more could not be read, ids and all
     */
    record Result(List<StoredArticle> articles, List<String> lostIds, int lostUnknown) {
        int lost() {
            return lostIds.size() + lostUnknown;
        }
    }

    /** Reads every article it can from the store in {@code folder}, whose index is {@code dir}. */
    static Result salvage(Path folder, Directory dir) throws IOException {
        StoreSalvage s = new StoreSalvage();
        Set<String> named = new HashSet<>();
        SegmentInfos commit = lastCommit(dir);
        if (commit != null) {
            for (SegmentCommitInfo sci : commit) {
                named.add(sci.info.name);
                s.segment(dir, sci.info, liveDocs(dir, sci), sci.info.maxDoc() - sci.getDelCount(), FROM_COMMIT);
            }
        }
        for (String file : dir.listAll()) {
            String name = IndexFileNames.parseSegmentName(file);
            if (file.endsWith("." + SEGMENT_INFO) && named.add(name)) {
                SegmentInfo si = segmentInfo(dir, name);
                if (si != null) {
                    s.segment(dir, si, null, si.maxDoc(), FROM_SEGMENT_FILE);
                }
            }
        }
        s.journal(folder);
        return s.result();
    }

    /** Articles of the journal the index lost: the journal holds each as it was first put. */
    private void journal(Path folder) throws IOException {
        int[] line = {0};
        ArticleJournal.read(folder, json -> {
            line[0]++;
            try {
                StoredArticle article = this.json.fromJson(json);
                if (best.putIfAbsent(article.id(), new Version(article, FROM_JOURNAL, -1, line[0])) == null) {
                    fromJournalOnly++;
                }
            } catch (IllegalArgumentException e) {
                // a line cut by a crash or damaged: the index may still hold that article
            }
        });
    }

    private Result result() {
        List<StoredArticle> kept = best.values().stream()
                .sorted(Comparator.comparingLong(Version::segment).thenComparingInt(Version::doc))
                .map(Version::article).toList();
        List<String> lost = unreadableIds.stream().filter(id -> !best.containsKey(id)).sorted().toList();
        // an unreadable document of unknown id is counted lost unless the journal gave back an article the index lacked
        return new Result(kept, lost, Math.max(0, unreadableUnknown - fromJournalOnly));
    }

    /** Reads one segment's articles; when its stored fields cannot be opened, names what is lost from its index. */
    private void segment(Directory dir, SegmentInfo si, Bits live, int liveCount, int tier) {
        long generation = Long.parseLong(si.name.substring(1), Character.MAX_RADIX);
        Directory files = null;
        try {
            Codec codec = si.getCodec();
            files = si.getUseCompoundFile() ? codec.compoundFormat().getCompoundReader(dir, si) : dir;
            FieldInfos fields = codec.fieldInfosFormat().read(files, si, "", IOContext.READONCE);
            StoredFieldsReader stored;
            try {
                stored = codec.storedFieldsFormat().fieldsReader(files, si, fields, IOContext.DEFAULT);
            } catch (IOException | RuntimeException e) {
                List<String> ids = idsFromIndex(files, si, fields, live);
                if (ids == null) {
                    unreadableUnknown += liveCount;
                } else {
                    unreadableIds.addAll(ids);
                }
                return;
            }
            try (stored) {
                for (int doc = 0; doc < si.maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        document(stored, doc, tier, generation);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            unreadableUnknown += liveCount;
        } finally {
            if (files != dir) {
                IOUtils.closeWhileHandlingException(files);
            }
        }
    }

    private void document(StoredFieldsReader stored, int doc, int tier, long generation) {
        String id = null;
        try {
            DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor(ArticleStore.ID, ArticleStore.JSON);
            stored.document(doc, visitor);
            Document d = visitor.getDocument();
            id = d.get(ArticleStore.ID);
            StoredArticle article = json.fromJson(d.get(ArticleStore.JSON));
            Version v = new Version(article, tier, generation, doc);
            best.merge(article.id(), v, (a, b) -> Version.NEWEST_LAST.compare(a, b) >= 0 ? a : b);
        } catch (IOException | RuntimeException e) {
            if (id == null) {
                unreadableUnknown++;
            } else {
                unreadableIds.add(id);
            }
        }
    }

    /** The ids a segment's search index holds for its live documents, or null when that index cannot be read. */
    private static List<String> idsFromIndex(Directory files, SegmentInfo si, FieldInfos fields, Bits live) {
        try (FieldsProducer index = si.getCodec().postingsFormat()
                .fieldsProducer(new SegmentReadState(files, si, fields, IOContext.READONCE))) {
            Terms terms = index.terms(ArticleStore.ID);
            List<String> ids = new ArrayList<>();
            if (terms == null) {
                return ids;
            }
            TermsEnum te = terms.iterator();
            PostingsEnum docs = null;
            for (BytesRef term = te.next(); term != null; term = te.next()) {
                docs = te.postings(docs, PostingsEnum.NONE);
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        ids.add(term.utf8ToString());
                    }
                }
            }
            return ids;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The last commit, or null when it cannot be read. */
    static SegmentInfos lastCommit(Directory dir) {
        try {
            return SegmentInfos.readLatestCommit(dir);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A segment's deletions as its commit records them, or null (all documents live) when they cannot be read. */
    private static Bits liveDocs(Directory dir, SegmentCommitInfo sci) {
        if (!sci.hasDeletions()) {
            return null;
        }
        try {
            return sci.info.getCodec().liveDocsFormat().readLiveDocs(dir, sci, IOContext.READONCE);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * A segment's description read from its own file, without the commit that names it: the segment's id, which
     * the commit would give, is read from the file's header (magic, codec name, version, id).
     */
    private static SegmentInfo segmentInfo(Directory dir, String name) {
        try (IndexInput in = dir.openInput(IndexFileNames.segmentFileName(name, "", SEGMENT_INFO), IOContext.READONCE)) {
            ByteArrayDataInput header = new ByteArrayDataInput(CodecUtil.readIndexHeader(in));
            header.readInt();
            header.readString();
            header.readInt();
            byte[] id = new byte[StringHelper.ID_LENGTH];
            header.readBytes(id, 0, id.length);
            Codec codec = Codec.getDefault(); // the commit names a segment's codec; the store only writes this one
            SegmentInfo si = codec.segmentInfoFormat().read(dir, name, id, IOContext.READONCE);
            si.setCodec(codec);
            return si;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
