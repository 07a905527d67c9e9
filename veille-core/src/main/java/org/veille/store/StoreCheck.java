// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.IOUtils;
import org.veille.store.StoreException.Problem;

/**
 * Checks a store and repairs it. {@link #check} runs Lucene's {@link CheckIndex} (every file's checksum, every
 * segment's structures) and then Veille's own invariants (every article's JSON parses, each id is stored once,
 * each article is indexed under the story its JSON names, the journal holds every stored article unaltered) and
 * says what is wrong in plain words.
 *
 * <p>{@link #repair} keeps every article that can be read: it rebuilds a new index from the articles' JSON, read
 * segment by segment from the stored fields and then from the journal ({@link StoreSalvage}), rather than letting
 * {@link CheckIndex} drop each damaged segment whole (its {@code exorciseIndex} loses every article of a segment
 * whose search index alone is damaged, and every article of a store whose segments merged into one). The rebuilt store replaces the damaged one, which is kept beside it. Both hold the store's lock, so
 * they refuse to run while another process writes. Stateless.
 */
public final class StoreCheck {
    /** Per-article findings listed by name before the rest are only counted. */
    static final int LISTED = 10;
    private static final String PENDING_COMMIT = "pending_segments_";
    /** How the names of a segment's files start ({@code _4.fdt}, {@code _4_Lucene104_0.tim}). */
    private static final String INDEX_FILE = "_";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private StoreCheck() {
    }

    /** How serious a finding is. */
    public enum Severity {
        /** Articles cannot be read, or the store cannot be opened: {@code --repair} rebuilds it. */
        DAMAGE,
        /** Harmless files an interrupted run left: the store opens; {@code --repair} removes them. */
        LEFTOVER,
        /** Worth knowing, nothing to repair. */
        NOTE
    }

    /** One thing found wrong, in plain words. */
    public record Finding(Severity severity, String words) {
        public Finding {
            Objects.requireNonNull(severity);
            Objects.requireNonNull(words);
        }
    }

    /**
     * What {@link #check} found.
     *
     * @param articles the articles the store holds (when damaged: that its last commit lists), or -1 when that commit
     *                 cannot be read
     */
    public record Report(Path dir, int articles, List<Finding> findings) {
        public Report {
            findings = List.copyOf(findings);
        }

        /** Whether the store needs {@link #repair} to keep working. */
        public boolean damaged() {
            return findings.stream().anyMatch(f -> f.severity() == Severity.DAMAGE);
        }
    }

    /**
     * What {@link #repair} did.
     *
     * @param before       what the check found first
     * @param kept         the articles the repaired store holds
     * @param lostIds      articles that could not be read, when their ids could
     * @param lostUnknown  at most this many more articles could not be read, ids and all
     * @param removed      leftover files removed
     * @param damagedCopy  where the damaged store was moved, or null when it was not rebuilt
     */
    public record Repair(Report before, int kept, List<String> lostIds, int lostUnknown, List<String> removed,
                         Path damagedCopy) {
        public Repair {
            lostIds = List.copyOf(lostIds);
            removed = List.copyOf(removed);
        }

        /** How many articles were lost. */
        public int lost() {
            return lostIds.size() + lostUnknown;
        }
    }

    /**
     * Checks the store in {@code dir}.
     *
     * @throws StoreException when there is no store there, or another process writes it
     */
    public static Report check(Path dir) {
        try (Directory d = openExisting(dir); CheckIndex lucene = new CheckIndex(d, lock(d, dir))) {
            return examine(dir, d, lucene);
        } catch (IOException e) {
            throw StoreException.of(dir, e); // a store on a read-only disk is not writable, not damaged: check takes its lock
        }
    }

    /**
     * Repairs the store in {@code dir}: removes leftovers and, when it is damaged, rebuilds it from every article
     * that can be read, keeps the damaged folder beside it ({@code DIR.damaged-STAMP}) and checks that the rebuilt
     * store opens and holds them all.
     *
     * @throws StoreException when there is no store there, another process writes it, or the parent folder cannot
     *                        be written
     */
    public static Repair repair(Path dir) {
        try (Directory d = openExisting(dir); CheckIndex lucene = new CheckIndex(d, lock(d, dir))) {
            Report before = examine(dir, d, lucene);
            Leftovers left = leftovers(d);
            List<String> removed = new ArrayList<>(left.pending());
            if (!before.damaged()) {
                removed.addAll(left.unnamed()); // a damaged store's are read by the salvage, and kept in its copy
                if (left.lockBytes() > 0) {
                    removed.add(IndexWriter.WRITE_LOCK_NAME); // held by this repair till it ends; the next writer makes an empty one
                }
            }
            for (String file : removed) {
                d.deleteFile(file);
            }
            if (!before.damaged()) {
                return new Repair(before, Math.max(0, before.articles()), List.of(), 0, removed, null);
            }
            StoreSalvage.Result saved = StoreSalvage.salvage(dir, d);
            Path fresh = sibling(dir, "repairing");
            try {
                rebuild(fresh, saved.articles());
            } catch (IOException | RuntimeException e) {
                IOUtils.rm(fresh); // the damaged store stays as it was
                throw e;
            }
            Path damagedCopy = sibling(dir, "damaged");
            Files.move(dir, damagedCopy); // the lock moves with it, and is released on close
            try {
                Files.move(fresh, dir);
            } catch (IOException e) {
                Files.move(damagedCopy, dir);
                throw e;
            }
            return new Repair(before, saved.articles().size(), saved.lostIds(), saved.lostUnknown(), removed,
                    damagedCopy);
        } catch (IOException e) {
            throw StoreException.of(dir, e);
        }
    }

    /** Writes the articles into a new store in {@code fresh} and checks that it opens and holds them all. */
    private static void rebuild(Path fresh, List<StoredArticle> articles) throws IOException {
        try (ArticleStore rebuilt = ArticleStore.open(fresh)) {
            for (StoredArticle a : articles) {
                rebuilt.restore(a);
            }
        }
        try (ArticleStore reopened = ArticleStore.openReadOnly(fresh)) {
            if (reopened.size() != articles.size()) {
                throw new StoreException(fresh, Problem.DAMAGED, "the rebuilt store holds " + reopened.size()
                        + " articles, not " + articles.size(), null);
            }
        }
    }

    /**
     * Files an interrupted run left: commit files it did not finish ({@code pending_segments_N}), and index files
     * the last commit does not name (segments of a commit or merge that did not complete). Lucene reads neither,
     * and deletes them when it next writes. And a lock file something wrote into: Lucene's lock file is empty, and
     * its writer fails at its first write on any other ("Unexpected lock file size").
     *
     * @param lockBytes what the lock file holds, 0 when it is empty or missing
     */
    private record Leftovers(List<String> pending, List<String> unnamed, long lockBytes) {
    }

    private static Leftovers leftovers(Directory d) throws IOException {
        String[] files = d.listAll();
        List<String> pending = Arrays.stream(files).filter(f -> f.startsWith(PENDING_COMMIT)).toList();
        long lockBytes = Arrays.asList(files).contains(IndexWriter.WRITE_LOCK_NAME) ? d.fileLength(IndexWriter.WRITE_LOCK_NAME) : 0;
        SegmentInfos commit = StoreSalvage.lastCommit(d);
        if (commit == null) {
            return new Leftovers(pending, List.of(), lockBytes); // without a commit, nothing says which segments belong
        }
        Collection<String> named = commit.files(true);
        return new Leftovers(pending, Arrays.stream(files)
                .filter(f -> f.startsWith(INDEX_FILE) && !named.contains(f)).toList(), lockBytes);
    }

    /** Whether a folder holds segment files, even without a commit naming them. */
    static boolean holdsSegments(Directory d) throws IOException {
        return Arrays.stream(d.listAll()).anyMatch(f -> f.startsWith("_") && f.endsWith(".si"));
    }

    private static Report examine(Path dir, Directory d, CheckIndex lucene) throws IOException {
        List<Finding> findings = new ArrayList<>();
        Leftovers left = leftovers(d);
        for (String file : left.pending()) {
            findings.add(new Finding(Severity.LEFTOVER, "a commit was interrupted and left " + file
                    + ": the articles it was writing were not saved (the store opens at the commit before)"));
        }
        if (!left.unnamed().isEmpty()) {
            findings.add(new Finding(Severity.LEFTOVER, "an interrupted commit or merge left " + left.unnamed().size()
                    + " index files that no commit names (" + String.join(", ", left.unnamed().subList(0,
                    Math.min(LISTED, left.unnamed().size()))) + (left.unnamed().size() > LISTED ? ", ..." : "")
                    + "): they are no part of the store"));
        }
        if (left.lockBytes() > 0) {
            findings.add(new Finding(Severity.LEFTOVER, "the lock file " + IndexWriter.WRITE_LOCK_NAME + " holds "
                    + left.lockBytes() + " bytes, where Lucene's is empty: every ingest fails on it until --repair removes it"));
        }
        CheckIndex.Status status = lucene.checkIndex();
        if (status.missingSegments) {
            findings.add(new Finding(Severity.DAMAGE, commitProblem(d)));
            return new Report(dir, -1, findings);
        }
        for (CheckIndex.Status.SegmentInfoStatus segment : status.segmentInfos) {
            if (segment.error != null) {
                findings.add(new Finding(Severity.DAMAGE, "segment " + segment.name + " (" + segment.maxDoc
                        + " documents): " + Damage.describe(segment.error)));
            }
        }
        if (!status.clean) {
            if (findings.stream().noneMatch(f -> f.severity() == Severity.DAMAGE)) {
                findings.add(new Finding(Severity.DAMAGE, "Lucene's check failed without naming a segment"));
            }
            return new Report(dir, listed(d), findings);
        }
        Map<String, Integer> stored = invariants(d, findings);
        journal(dir, stored, findings);
        return new Report(dir, stored.size(), findings);
    }

    /**
     * The journal must hold every stored article, so that {@link #repair} can keep them whatever index file is
     * lost; a store written before Veille kept one has none, and {@code --repair} writes it.
     */
    private static void journal(Path dir, Map<String, Integer> stored, List<Finding> findings) throws IOException {
        if (!Files.isRegularFile(dir.resolve(ArticleJournal.FILE))) {
            findings.add(new Finding(Severity.DAMAGE, "no journal (" + ArticleJournal.FILE + "), the second copy of "
                    + "the articles that --repair writes"));
            return;
        }
        ArticleJson json = new ArticleJson();
        Set<String> missing = new HashSet<>(stored.keySet());
        int[] unreadable = {0};
        ArticleJournal.read(dir, line -> {
            try {
                StoredArticle a = json.fromJson(line);
                Integer expected = stored.get(a.id());
                if (expected == null || expected == fingerprint(json, a)) {
                    missing.remove(a.id());
                } else {
                    unreadable[0]++;
                }
            } catch (IllegalArgumentException e) {
                unreadable[0]++;
            }
        });
        if (!missing.isEmpty() || unreadable[0] > 0) {
            findings.add(new Finding(Severity.DAMAGE, "the journal (" + ArticleJournal.FILE + ") lacks "
                    + missing.size() + " stored articles and has " + unreadable[0] + " unreadable or altered lines"));
        }
    }

    /** What a journal line must match: the article as the index holds it, but for its links, which linking moves. */
    private static int fingerprint(ArticleJson json, StoredArticle article) {
        return json.toJson(article.withLinks(null, null, null)).hashCode();
    }

    /** Veille's own rules over every live document; adds what breaks them, returns each stored id's fingerprint. */
    private static Map<String, Integer> invariants(Directory d, List<Finding> findings) throws IOException {
        ArticleJson json = new ArticleJson();
        Map<String, Integer> ids = new HashMap<>();
        int unreadable = 0, duplicates = 0, misfiled = 0;
        List<String> examples = new ArrayList<>();
        Set<String> republished = new HashSet<>();
        try (DirectoryReader reader = DirectoryReader.open(d)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                StoredFields stored = leaf.reader().storedFields();
                SortedDocValues stories = DocValues.getSorted(leaf.reader(), ArticleStore.STORY);
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) continue;
                    Document fields = stored.document(doc);
                    String id = fields.get(ArticleStore.ID);
                    StoredArticle article;
                    try {
                        article = json.fromJson(fields.get(ArticleStore.JSON));
                    } catch (IllegalArgumentException e) {
                        if (unreadable++ < LISTED) examples.add("article " + id + ": its JSON does not parse ("
                                + e.getMessage() + ")");
                        continue;
                    }
                    if (!article.id().equals(id)) {
                        if (unreadable++ < LISTED) examples.add("document " + id + " holds article " + article.id());
                    }
                    if (ids.put(article.id(), fingerprint(json, article)) != null) duplicates++;
                    String indexedStory = stories.advanceExact(doc) ? stories.lookupOrd(stories.ordValue()).utf8ToString() : null;
                    if (!Objects.equals(indexedStory, article.story())) misfiled++;
                    if (article.republicationOf() != null) republished.add(article.republicationOf());
                }
            }
        }
        examples.forEach(e -> findings.add(new Finding(Severity.DAMAGE, e)));
        if (unreadable > LISTED) {
            findings.add(new Finding(Severity.DAMAGE, "and " + (unreadable - LISTED) + " more unreadable articles"));
        }
        if (duplicates > 0) {
            findings.add(new Finding(Severity.DAMAGE, duplicates + " article ids are stored more than once"));
        }
        if (misfiled > 0) {
            findings.add(new Finding(Severity.DAMAGE, misfiled + " articles are indexed under another story than their JSON names"));
        }
        republished.removeAll(ids.keySet());
        if (!republished.isEmpty()) {
            findings.add(new Finding(Severity.NOTE, republished.size()
                    + " articles are republications of an article that is no longer stored"));
        }
        return ids;
    }

    /** The articles the last commit lists, readable or not, or -1 when it cannot be read. */
    private static int listed(Directory d) {
        SegmentInfos commit = StoreSalvage.lastCommit(d);
        return commit == null ? -1 : commit.asList().stream().mapToInt(sci -> sci.info.maxDoc() - sci.getDelCount()).sum();
    }

    /** Why the last commit cannot be read, in plain words. */
    private static String commitProblem(Directory d) {
        try {
            SegmentInfos.readLatestCommit(d);
            return "Lucene cannot read its commit file";
        } catch (IndexNotFoundException e) {
            return "no commit file (segments_N) lists its segments";
        } catch (IOException | RuntimeException e) {
            return "its commit file, which lists the segments, cannot be used: " + Damage.describe(e);
        }
    }

    private static Directory openExisting(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            throw new StoreException(dir, Problem.MISSING, null, null);
        }
        if (!Files.isDirectory(dir)) {
            throw new StoreException(dir, Problem.NOT_A_FOLDER, null, null);
        }
        Directory d = FSDirectory.open(dir);
        if (!holdsSegments(d) && Arrays.stream(d.listAll()).noneMatch(f -> f.startsWith("segments_"))) {
            d.close();
            throw new StoreException(dir, Problem.EMPTY, null, null);
        }
        return d;
    }

    private static Lock lock(Directory d, Path dir) throws IOException {
        try {
            return d.obtainLock(IndexWriter.WRITE_LOCK_NAME);
        } catch (LockObtainFailedException e) {
            throw new StoreException(dir, Problem.LOCKED, "check needs it to itself: wait for the other to finish", e);
        }
    }

    /** A new folder beside the store, {@code DIR.what-STAMP}: two repairs in the same second get "-2", "-3"... */
    private static Path sibling(Path dir, String what) {
        Path absolute = dir.toAbsolutePath().normalize();
        String base = absolute.getFileName() + "." + what + "-" + LocalDateTime.now().format(STAMP);
        Path candidate = absolute.resolveSibling(base);
        for (int n = 2; Files.exists(candidate); n++) candidate = absolute.resolveSibling(base + "-" + n);
        return candidate;
    }
}
