// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.veille.analyze.Entity;
import org.veille.analyze.Quotation;
import org.veille.extract.Article;
import org.veille.extract.ArticleIdentity;
import org.veille.link.ContentStems;
import org.veille.link.LinkTerms;
import org.veille.link.StoryLinker;
import org.veille.store.StoreException.Problem;

/**
 * The embedded article store: one Lucene index in a directory, holding each article's JSON ({@link ArticleJson})
 * exactly as it was put, and indexed for full-text search, stories and quotations. No server.
 *
 * <p><b>Durability.</b> Writes become durable only on {@link #commit()} (and on {@link #close()}, which commits).
 * Lucene commits are atomic: after a crash, even {@code kill -9} in the middle of a write or a commit, the store
 * opens with exactly the articles of the last commit. {@link #put} is idempotent by article id, against committed
 * and uncommitted articles alike, so re-running an interrupted ingest completes it without duplicates.
 *
 * <p><b>Identity.</b> An article's id covers its capture and the place it came from ({@link ArticleIdentity}). An
 * article whose text is already stored from another place is kept, and marked as a republication of the first one
 * ({@link StoredArticle#republicationOf()}); only an id already stored is a duplicate.
 *
 * <p><b>One writer.</b> A store opened with {@link #open} holds Lucene's native file lock: a second writer, in this
 * process or another, fails at once with {@link StoreException.Problem#LOCKED}. A store opened with
 * {@link #openReadOnly} takes no lock, works while another process writes, and sees that writer's commits as they
 * happen.
 *
 * <p><b>Failures.</b> Every failure to open, read or write is a {@link StoreException} naming the folder and the
 * reason in plain words (missing, not writable, locked, damaged); {@link StoreCheck} finds and repairs damage.
 *
 * <p><b>Threads.</b> Thread-safe: any number of threads may read and write one store concurrently. Writes are
 * serialized by an internal lock; reads run in parallel on a near-real-time searcher and see every write made
 * before them, committed or not. A closed store must not be used.
 */
public final class ArticleStore implements AutoCloseable {
    /** Field names; {@link StoreCheck} reads the first three. */
    static final String ID = "id", JSON = "json", STORY = "story";
    private static final String OUTLET = "outlet", PUBLISHED = "published",
            LANGUAGE = "language", SPEAKER = "speaker", SPEAKER_KEY = "speaker_key",
            ENTITY = "entity", TEXT_DIGEST = "text_digest", SOURCE = "source", PAGE = "page", THREAD = "thread", LINK_TERM = "link_term", LINK = "link";
    /** Title words count three times as much as body words. */
    private static final Map<String, Float> SEARCH_FIELDS = searchFields(3f);
    /** The longest source indexed for {@link #hasSource}: a Lucene term holds at most 32,766 bytes. */
    static final int MAX_INDEXED_SOURCE = 4_096;
    private static final int QUOTE_PAGE = 100;
    /** Articles read side by side before they are handed over: enough to keep the cores busy, few enough to hold. */
    private static final int DECODED_TOGETHER = 256;
    /** A story's articles in the order {@link Story} promises: oldest first, undated ones last. */
    private static final Comparator<StoredArticle> OLDEST_FIRST = Comparator.comparing(
            (StoredArticle a) -> a.analyzed().article().published(),
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(StoredArticle::id);

    private final Path dir;
    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    /** A second copy of each article put, for {@link StoreCheck#repair}; null when read-only. */
    private final ArticleJournal journal;
    private final SearcherManager searchers;
    private final ArticleJson json = new ArticleJson();
    private final ContentStems stems = new ContentStems();
    private final StoreSearch faceted = new StoreSearch();
    private final Snippets snippets;
    private final ReentrantLock writeLock = new ReentrantLock();
    /** Ids put since the last commit, which the searcher may not see yet. Guarded by {@link #writeLock}. */
    private final Set<String> pending = new HashSet<>();
    /** The first article put since the last commit for each text digest. Guarded by {@link #writeLock}. */
    private final Map<String, StoredArticle> pendingTexts = new HashMap<>();
    /** The last article put since the last commit for each page ({@link #place}): its newest version. Guarded by {@link #writeLock}. */
    private final Map<String, String> pendingPages = new HashMap<>();

    private ArticleStore(Path dir, Directory directory, Analyzer analyzer, IndexWriter writer, ArticleJournal journal,
                         SearcherManager searchers) {
        this.dir = dir;
        this.directory = directory;
        this.analyzer = analyzer;
        this.writer = writer;
        this.journal = journal;
        this.searchers = searchers;
        this.snippets = new Snippets(analyzer);
    }

    /**
     * Opens the store in {@code dir} for reading and writing, creating it if missing, and takes its lock.
     *
     * @throws StoreException when the folder cannot be written, another process writes the store, or it is damaged
     */
    public static ArticleStore open(Path dir) {
        requireFolderOrNothing(dir);
        try {
            Files.createDirectories(dir);
        } catch (NoSuchFileException e) {
            throw new StoreException(dir, Problem.NOT_WRITABLE, "cannot be created there", e);
        } catch (IOException e) {
            throw StoreException.of(dir, e);
        }
        Directory directory = null;
        Analyzer analyzer = StoreAnalyzers.perField();
        IndexWriter writer = null;
        ArticleJournal journal = null;
        try {
            directory = new SyncOnceDirectory(filesOf(dir)); // each commit then syncs its new files, not the whole store
            writer = new IndexWriter(directory, config(analyzer));
            requireEmptyLock(dir);
            if (!DirectoryReader.indexExists(directory)) {
                writer.commit(); // so that read-only openers find a store from the start
            }
            journal = ArticleJournal.open(dir);
            return new ArticleStore(dir, directory, analyzer, writer, journal, new SearcherManager(writer, null));
        } catch (LockObtainFailedException e) {
            IOUtils.closeWhileHandlingException(directory, analyzer);
            throw new StoreException(dir, Problem.LOCKED, null, e);
        } catch (StoreException e) {
            IOUtils.closeWhileHandlingException(journal, writer, directory, analyzer);
            throw e;
        } catch (IOException e) {
            IOUtils.closeWhileHandlingException(journal, writer, directory, analyzer);
            throw StoreException.of(dir, e);
        } catch (RuntimeException e) {
            IOUtils.closeWhileHandlingException(journal, writer, directory, analyzer);
            throw new StoreException(dir, Problem.DAMAGED, Damage.describe(e), e);
        }
    }

    /**
     * The lock file as Lucene leaves it, empty: Lucene refuses one that holds anything at the first write, with a
     * message of its own; said here, at open, in the store's words (check --repair removes it).
     */
    private static void requireEmptyLock(Path dir) throws IOException {
        if (Files.size(dir.resolve(IndexWriter.WRITE_LOCK_NAME)) > 0) {
            throw new StoreException(dir, Problem.DAMAGED, "its lock file " + IndexWriter.WRITE_LOCK_NAME + " is not empty", null);
        }
    }

    /**
     * Opens the store in {@code dir} for reading only, at its last commit; later commits by a writer, in this
     * process or another, become visible to the following reads. Takes no lock and never creates anything. Writes
     * throw {@link IllegalStateException}.
     *
     * @throws StoreException when the folder is missing, holds no store, or the store is damaged
     */
    public static ArticleStore openReadOnly(Path dir) {
        requireFolderOrNothing(dir);
        if (!Files.exists(dir)) {
            throw new StoreException(dir, Problem.MISSING, null, null);
        }
        Directory directory = null;
        Analyzer analyzer = StoreAnalyzers.perField();
        try {
            directory = filesOf(dir);
            if (!DirectoryReader.indexExists(directory)) {
                throw StoreCheck.holdsSegments(directory)
                        ? new StoreException(dir, Problem.DAMAGED, "its commit file segments_N is missing", null)
                        : new StoreException(dir, Problem.EMPTY, null, null);
            }
            return new ArticleStore(dir, directory, analyzer, null, null, new SearcherManager(directory, null));
        } catch (StoreException e) {
            IOUtils.closeWhileHandlingException(directory, analyzer);
            throw e;
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(directory, analyzer);
            throw new StoreException(dir, Problem.DAMAGED, Damage.describe(e), e);
        }
    }

    /**
     * Segments smaller than this count as this size to the merge policy. Lucene's 16 MB makes a store under about
     * 128 MB want two segments, so each command that adds one article merged the whole store again, and a short
     * command's close aborted that merge unfinished; at 1 MB the segments a few articles make merge among themselves.
     */
    static final double FLOOR_SEGMENT_MB = 1;

    /**
     * How the store writes its index. No compound files: each kind of data keeps its own file, so damage to the
     * search index (postings, norms) never takes the articles' JSON (stored fields) with it, and
     * {@link StoreCheck#repair} can rebuild the index from that JSON. A writer's close waits for the merges its
     * commits started and commits them, rather than throwing that work away.
     */
    private static IndexWriterConfig config(Analyzer analyzer) {
        TieredMergePolicy merges = new TieredMergePolicy();
        merges.setNoCFSRatio(0.0);
        merges.setFloorSegmentMB(FLOOR_SEGMENT_MB);
        return new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setUseCompoundFile(false)
                .setMergePolicy(merges)
                .setCommitOnClose(true);
    }

    /**
     * Adds an article unless one with its id is already stored, committed or not. An article whose text is already
     * stored from another place is added as a republication of the first one, unless it already names one.
     *
     * @return whether it was added
     */
    public boolean put(StoredArticle article) throws IOException {
        IndexWriter w = writer();
        writeLock.lock();
        try {
            String id = article.id();
            if (pending.contains(id) || withSearcher(s -> s.count(idQuery(id)) > 0)) {
                return false;
            }
            String digest = ArticleIdentity.textDigest(article.analyzed().article().text());
            StoredArticle republished = article.republicationOf() != null ? article
                    : article.republishing(originalOf(article, digest));
            StoredArticle stored = republished.previousVersion() != null ? republished
                    : republished.replacing(latestVersion(place(article)));
            String line = json.toJson(stored);
            write(() -> {
                w.updateDocument(new Term(ID, id), document(stored, line, LinkTerms.of(stored.analyzed(), stems)));
                journal.append(line);
            });
            pending.add(id);
            pendingTexts.putIfAbsent(digest, stored);
            pendingPages.put(place(stored), id);
            return true;
        } finally {
            writeLock.unlock();
        }
    }

    /** Adds an article as it is, with no check: {@link StoreCheck} rebuilds a store from articles it deduplicated. */
    void restore(StoredArticle article) throws IOException {
        IndexWriter w = writer();
        String line = json.toJson(article);
        writeLock.lock();
        try {
            write(() -> {
                w.addDocument(document(article, line, LinkTerms.of(article.analyzed(), stems)));
                journal.append(line);
            });
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Places a stored article in a story and thread, replacing its previous ones.
     *
     * @param story   the story id, or null to unlink the article
     * @param thread  the thread id, or null
     * @param repeats the earlier article it repeats, or null
     * @throws NoSuchElementException when no article has this id
     */
    public void setLinks(String id, String story, String thread, StoryLinker.Repeat repeats) throws IOException {
        IndexWriter w = writer();
        writeLock.lock();
        try {
            if (pending.contains(id)) {
                searchers.maybeRefreshBlocking();
            }
            Document found = withSearcher(s -> storedFields(s, id, Set.of(JSON, LINK)))
                    .orElseThrow(() -> new NoSuchElementException("no article " + id + " in store " + dir));
            StoredArticle current = json.fromJson(found.get(JSON));
            if (!Objects.equals(current.story(), story) || !Objects.equals(current.thread(), thread)
                    || !Objects.equals(current.repeats(), repeats)) {
                StoredArticle moved = current.withLinks(story, thread, repeats);
                // the link terms kept at its put, not made again: stemming and projecting a text is most of a move's cost
                LinkTerms terms = found.get(LINK) != null ? StoredLinkTerms.read(found.get(LINK)) : LinkTerms.of(moved.analyzed(), stems);
                write(() -> w.updateDocument(new Term(ID, id), document(moved, json.toJson(moved), terms)));
            }
        } finally {
            writeLock.unlock();
        }
    }

    /** Makes every write so far durable, atomically. */
    public void commit() throws IOException {
        IndexWriter w = writer();
        writeLock.lock();
        try {
            write(() -> {
                journal.sync(); // every committed article is in the journal too
                w.commit();
            });
            searchers.maybeRefreshBlocking();
            pending.clear();
            pendingTexts.clear();
            pendingPages.clear();
        } finally {
            writeLock.unlock();
        }
    }

    /** The article with this id, exactly as it was put (with its current story). */
    public Optional<StoredArticle> get(String id) {
        return read(s -> find(s, id));
    }

    /**
     * Full-text search over titles (boosted) and bodies, in every language field: {@link #search(SearchRequest)} for
     * the best {@code limit} matches, with no filter; none for a blank query.
     */
    public SearchResults search(String query, int limit) {
        requirePositive(limit);
        if (query == null || query.isBlank()) {
            return SearchResults.none(0);
        }
        return search(SearchRequest.of(query, limit));
    }

    /**
     * A search with its filters, order, page and facets. The words use Lucene's simple syntax ({@code "phrase"},
     * {@code +}, {@code |}, {@code -}, {@code prefix*}, {@code (…)}), all required by default; no words browse every
     * article the filters keep. Any query is answered: what cannot be parsed is searched as plain words, and a query
     * too long for Lucene's clause limit is cut to its first words that fit ({@link SearchResults#cut()}).
     */
    public SearchResults search(SearchRequest request) {
        List<String> words = request.query().isBlank() ? List.of() : List.of(request.query().strip().split("\\s+"));
        Fitted fitted = words.isEmpty() ? new Fitted(StoreSearch.all(), 0) : fit(words);
        Query q = faceted.filtered(fitted.query(), request, PUBLISHED);
        int wanted = request.offset() + request.limit();
        return read(s -> {
            FacetsCollectorManager.FacetsResult found = faceted.run(s, q, request, wanted, PUBLISHED);
            List<SearchHit> hits = new ArrayList<>();
            ScoreDoc[] top = found.topDocs().scoreDocs;
            for (int i = request.offset(); i < top.length; i++) {
                ArticleJson.Listed a = json.listed(s.storedFields().document(top[i].doc, Set.of(JSON)).get(JSON));
                Snippets.Snippet snippet = snippets.of(fitted.query(), a.language(), a.text());
                hits.add(new SearchHit(a.id(), a.title(), a.outlet(), a.published(), a.language(), a.story(),
                        snippet.text(), snippet.highlights(), snippets.inTitle(fitted.query(), a.language(), a.title()),
                        Float.isNaN(top[i].score) ? 0 : top[i].score));
            }
            return new SearchResults(hits, StoreSearch.total(found.facetsCollector()),
                    faceted.count(s, found.facetsCollector(), request), words.size(), fitted.words());
        });
    }

    /**
     * The articles a request finds (its page and facets ignored), counted per publication day, in all or per outlet
     * or language: how much attention a subject got. Undated articles are not counted.
     *
     * @param by {@link Facet#OUTLET}, {@link Facet#LANGUAGE}, or null for one count a day (under the key "")
     */
    public SortedMap<LocalDate, Map<String, Integer>> perDay(SearchRequest request, Facet by) {
        String column = by == null ? null : switch (by) {
            case OUTLET -> StoreSearch.BY_OUTLET;
            case LANGUAGE -> StoreSearch.BY_LANGUAGE;
            default -> throw new IllegalArgumentException("articles per day are split by outlet or language, not " + by.jsonName());
        };
        List<String> words = request.query().isBlank() ? List.of() : List.of(request.query().strip().split("\\s+"));
        Query q = faceted.filtered(words.isEmpty() ? StoreSearch.all() : fit(words).query(), request, PUBLISHED);
        return read(s -> StoreSearch.perDay(s.search(q, new FacetsCollectorManager()), column));
    }

    /** The newest publication day of the store's articles, or empty when none is dated. */
    public Optional<LocalDate> lastDay() {
        return Optional.ofNullable(read(s -> StoreSearch.lastDay(s.getIndexReader())));
    }

    /**
     * The articles a search finds ({@link #search}'s syntax and fields), limited by {@code filters}: for each facet
     * given, articles with one of its values (outlets and languages as stored, canonical names of the entities an
     * article mentions or the speakers it quotes...); the best first: a topic's articles.
     *
     * @param limit the most articles to return, at least 1
     */
    public Matches matching(String query, Map<Facet, Set<String>> filters, int limit) {
        requirePositive(limit);
        if (query == null || query.isBlank()) return new Matches(List.of(), 0);
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(fit(List.of(query.strip().split("\\s+"))).query(), BooleanClause.Occur.MUST);
        // outlets and languages through their own fields, which stores written before facets existed have too
        Set<String> outlets = filters.getOrDefault(Facet.OUTLET, Set.of()), languages = filters.getOrDefault(Facet.LANGUAGE, Set.of());
        if (!outlets.isEmpty()) q.add(new TermInSetQuery(OUTLET, outlets.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
        if (!languages.isEmpty()) q.add(new TermInSetQuery(LANGUAGE, languages.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
        Map<Facet, List<String>> drillDown = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (facet != Facet.OUTLET && facet != Facet.LANGUAGE && !values.isEmpty()) drillDown.put(facet, values.stream().sorted().toList());
        });
        Query built = drillDown.isEmpty() ? q.build() : faceted.filtered(q.build(),
                new SearchRequest("", drillDown, null, null, SearchRequest.Order.RELEVANCE, 0, limit, Map.of()), PUBLISHED);
        return read(s -> {
            TopDocs top = s.search(built, limit);
            List<StoredArticle> found = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) found.add(load(s, sd.doc));
            return new Matches(found, s.count(built));
        });
    }

    /** What {@link #matching} found: the articles returned, and how many match in all. */
    public record Matches(List<StoredArticle> articles, int total) {}

    /**
     * The {@code limit} largest stories with their articles (the largest first, then by id), and how many stories
     * the store holds; articles with no story are in none. Sizes are counted from the index's story column, so only
     * the stories returned are read.
     */
    public Largest largestStories(int limit) {
        requirePositive(limit);
        Map<String, Integer> sizes = read(s -> {
            Map<String, Integer> counts = new HashMap<>();
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                SortedDocValues stories = leaf.reader().getSortedDocValues(STORY);
                if (stories == null) continue;
                Bits live = leaf.reader().getLiveDocs();
                int[] perOrd = new int[stories.getValueCount()];
                for (int doc = stories.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = stories.nextDoc()) {
                    if (live == null || live.get(doc)) perOrd[stories.ordValue()]++;
                }
                for (int ord = 0; ord < perOrd.length; ord++) {
                    if (perOrd[ord] > 0) counts.merge(stories.lookupOrd(ord).utf8ToString(), perOrd[ord], Integer::sum);
                }
            }
            return counts;
        });
        List<Story> largest = new ArrayList<>();
        sizes.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .forEach(e -> story(e.getKey()).ifPresent(largest::add));
        return new Largest(largest, sizes.size());
    }

    /** The largest stories, and how many the store holds. */
    public record Largest(List<Story> stories, int total) {}

    /** The story of this id with its articles, or empty when no stored article is in it. */
    public Optional<Story> story(String id) {
        List<StoredArticle> members = read(s -> loadAll(s, new TermQuery(new Term(STORY, id))));
        return members.isEmpty() ? Optional.empty() : Optional.of(new Story(id, members.stream().sorted(OLDEST_FIRST).toList()));
    }

    /**
     * Quotations, from the most recently published articles first (undated ones last), in text order within one
     * article.
     *
     * @param speakerOrNull a speaker's canonical name, or its last word(s) alone ("dubreuil" for "Marie Dubreuil"),
     *                      compared ignoring case and accents; null for every quotation, attributed or not
     * @param limit         the most quotations to return, at least 1
     */
    public List<QuoteHit> quotes(String speakerOrNull, int limit) {
        requirePositive(limit);
        String key = speakerOrNull == null ? null : nameKey(speakerOrNull);
        if ("".equals(key)) {
            return List.of();
        }
        Query q = key == null ? new MatchAllDocsQuery() : new TermQuery(new Term(SPEAKER_KEY, key));
        SortField published = new SortField(PUBLISHED, SortField.Type.STRING, true);
        published.setMissingValue(SortField.STRING_FIRST); // reversed: undated articles come last
        Sort sort = new Sort(published, SortField.FIELD_DOC);
        return read(s -> {
            List<QuoteHit> hits = new ArrayList<>();
            ScoreDoc after = null;
            while (hits.size() < limit) {
                TopDocs page = s.searchAfter(after, q, QUOTE_PAGE, sort);
                for (ScoreDoc sd : page.scoreDocs) {
                    StoredArticle a = load(s, sd.doc);
                    for (Quotation quote : a.analyzed().quotes()) {
                        if (hits.size() < limit && (key == null
                                || quote.speaker() != null && nameKeys(quote.speaker()).contains(key))) {
                            hits.add(new QuoteHit(a.id(), a.analyzed().article().title(), quote));
                        }
                    }
                }
                if (page.scoreDocs.length < QUOTE_PAGE) {
                    break;
                }
                after = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
            }
            return hits;
        });
    }

    /**
     * Whether a committed article was read from {@code source} (its capture's source: a file, a record, or the
     * address the watcher fetched). Sources longer than {@value #MAX_INDEXED_SOURCE} characters are not indexed:
     * false for them.
     */
    public boolean hasSource(String source) {
        return read(s -> s.count(new TermQuery(new Term(SOURCE, source))) > 0);
    }

    /** The id of every stored document, sorted; an id would appear twice if it were stored twice. */
    public List<String> ids() {
        List<String> ids = idsOf(new MatchAllDocsQuery());
        ids.sort(Comparator.naturalOrder());
        return ids;
    }

    /** The ids of the stored articles no story holds yet (an ingest killed or out of memory before it linked them). */
    public List<String> unlinkedIds() {
        return idsOf(unplaced());
    }

    /** The articles no story holds. */
    private static Query unplaced() {
        return new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
                .add(new FieldExistsQuery(STORY), BooleanClause.Occur.MUST_NOT).build();
    }

    /** The ids of the stored documents a query finds. */
    private List<String> idsOf(Query q) {
        return read(s -> {
            List<String> ids = new ArrayList<>();
            for (ScoreDoc sd : s.search(q, Math.max(1, s.getIndexReader().maxDoc())).scoreDocs) {
                ids.add(s.storedFields().document(sd.doc, Set.of(ID)).get(ID));
            }
            return ids;
        });
    }

    /**
     * The version of what reads see now: it changes with every commit that changed the store (and with a reopened
     * read-only store that sees a newer commit), so what is computed from the store can be kept until it does.
     */
    public long version() {
        return read(s -> ((DirectoryReader) s.getIndexReader()).getVersion());
    }

    /** How many articles are stored. */
    public int size() {
        return read(s -> s.getIndexReader().numDocs());
    }

    /** Commits pending writes (unless read-only) and releases the store and its lock. */
    @Override
    public void close() throws IOException {
        try {
            if (writer != null) {
                commit();
            }
        } finally {
            IOUtils.close(searchers, writer, journal, directory, analyzer);
        }
    }

    /**
     * The article whose text a new one repeats: the original that the first stored copy names, or that copy itself;
     * null when the text is new, or when it was stored from the same place (another capture of the same page).
     */
    private String originalOf(StoredArticle article, String digest) throws IOException {
        StoredArticle first = pendingTexts.get(digest);
        if (first == null) {
            first = withSearcher(s -> {
                TopDocs top = s.search(new TermQuery(new Term(TEXT_DIGEST, digest)), 1, Sort.INDEXORDER);
                return top.scoreDocs.length == 0 ? null : load(s, top.scoreDocs[0].doc);
            });
        }
        if (first == null) {
            return null;
        }
        if (first.republicationOf() != null) {
            return first.republicationOf();
        }
        return place(first).equals(place(article)) ? null : first.id();
    }

    /**
     * The id of the newest stored version of the page at {@code place} (the one no other version replaces), or null
     * when none is stored: a new article from a known page is that page edited, kept as its next version.
     */
    private String latestVersion(String place) throws IOException {
        String pendingId = pendingPages.get(place);
        if (pendingId != null) return pendingId;
        return withSearcher(s -> newestAt(s, place)).map(StoredArticle::id).orElse(null);
    }

    /** The newest stored version of the page {@code article} was read from (its URL, else its source), if one is stored. */
    public Optional<StoredArticle> newestVersion(Article article) {
        return read(s -> newestAt(s, place(article)));
    }

    /** The last of the stored versions of the page at {@code place}, the one no other replaces. */
    private Optional<StoredArticle> newestAt(IndexSearcher s, String place) throws IOException {
        List<StoredArticle> chain = chained(versionsAt(s, place));
        return chain.isEmpty() ? Optional.empty() : Optional.of(chain.getLast());
    }

    /**
     * Every stored version of the page the article {@code id} was read from (the articles of its URL, else its source),
     * oldest first, each the one its successor replaces; empty when no article has this id.
     */
    public List<StoredArticle> versions(String id) {
        return read(s -> {
            Optional<StoredArticle> found = find(s, id);
            return found.isEmpty() ? List.of() : chained(versionsAt(s, place(found.get())));
        });
    }

    /**
     * The stored versions of the page at {@code place}, at most {@link #MAX_VERSIONS}; none for a place longer than
     * {@value #MAX_INDEXED_SOURCE} characters, which is not indexed. Asked at every put: a search for a few hits, not
     * one sized for the whole store.
     */
    private List<StoredArticle> versionsAt(IndexSearcher s, String place) throws IOException {
        List<StoredArticle> out = new ArrayList<>();
        for (ScoreDoc sd : s.search(new TermQuery(new Term(PAGE, place)), MAX_VERSIONS).scoreDocs) out.add(load(s, sd.doc));
        return out;
    }

    /** Versions of one page read at most: a page edited more often than this is a live ticker, not an article. */
    private static final int MAX_VERSIONS = 1_000;

    /**
     * Versions of one page in the order they replaced each other: each chain from a version that replaces none stored,
     * the chains (several only in a store that was repaired or written before versions) by their first fetch.
     */
    private static List<StoredArticle> chained(List<StoredArticle> versions) {
        Map<String, StoredArticle> byId = new HashMap<>();
        versions.forEach(v -> byId.put(v.id(), v));
        Map<String, StoredArticle> successor = new HashMap<>();
        List<StoredArticle> firsts = new ArrayList<>();
        for (StoredArticle v : versions) {
            if (v.previousVersion() != null && byId.containsKey(v.previousVersion())) successor.put(v.previousVersion(), v);
            else firsts.add(v);
        }
        firsts.sort(Comparator.comparing(StoredArticle::fetched, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(StoredArticle::id));
        List<StoredArticle> chain = new ArrayList<>();
        for (StoredArticle v : firsts) {
            for (StoredArticle at = v; at != null && chain.size() < versions.size(); at = successor.get(at.id())) chain.add(at);
        }
        return chain;
    }

    /** Where an article was published: its URL, else its source. */
    private static String place(StoredArticle stored) {
        return place(stored.analyzed().article());
    }

    private static String place(Article a) {
        return a.url() != null ? a.url() : a.source();
    }

    private IndexWriter writer() {
        if (writer == null) {
            throw new IllegalStateException("store " + dir + " is open read-only");
        }
        return writer;
    }

    /** The indexed form of an article whose JSON is {@code storedJson}. */
    private Document document(StoredArticle stored, String storedJson, LinkTerms terms) throws IOException {
        Article a = stored.analyzed().article();
        Document d = new Document();
        d.add(new StringField(ID, a.id(), Store.YES));
        d.add(new StoredField(JSON, storedJson));
        d.add(new StringField(TEXT_DIGEST, ArticleIdentity.textDigest(a.text()), Store.NO));
        if (a.source().length() <= MAX_INDEXED_SOURCE) {
            d.add(new StringField(SOURCE, a.source(), Store.NO));
        }
        if (place(a).length() <= MAX_INDEXED_SOURCE) {
            d.add(new StringField(PAGE, place(a), Store.NO)); // the page's versions are found by it
        }
        String suffix = StoreAnalyzers.suffix(a.language());
        if (a.title() != null) {
            d.add(new TextField("title_" + suffix, a.title(), Store.NO));
        }
        d.add(new TextField("text_" + suffix, a.text(), Store.NO));
        if (a.outlet() != null) {
            d.add(new StringField(OUTLET, a.outlet(), Store.NO));
        }
        if (a.language() != null) {
            d.add(new StringField(LANGUAGE, a.language(), Store.NO));
        }
        if (a.published() != null) {
            d.add(new StringField(PUBLISHED, a.published(), Store.NO));
            d.add(new SortedDocValuesField(PUBLISHED, new BytesRef(a.published())));
        }
        if (stored.story() != null) {
            d.add(new StringField(STORY, stored.story(), Store.NO));
            d.add(new SortedDocValuesField(STORY, new BytesRef(stored.story())));
        }
        if (stored.thread() != null) {
            d.add(new StringField(THREAD, stored.thread(), Store.NO));
        }
        terms.words().keySet().forEach(t -> d.add(new StringField(LINK_TERM, t, Store.NO)));
        terms.identities().keySet().forEach(t -> d.add(new StringField(LINK_TERM, t, Store.NO)));
        terms.english().keySet().forEach(t -> d.add(new StringField(LINK_TERM, t, Store.NO)));
        d.add(new StoredField(LINK, StoredLinkTerms.write(terms)));
        Set<String> speakers = new LinkedHashSet<>(), speakerKeys = new LinkedHashSet<>();
        for (Quotation q : stored.analyzed().quotes()) {
            if (q.speaker() != null && speakers.add(q.speaker())) {
                speakerKeys.addAll(nameKeys(q.speaker()));
            }
        }
        speakers.forEach(sp -> d.add(new StringField(SPEAKER, sp, Store.NO)));
        speakerKeys.forEach(k -> d.add(new StringField(SPEAKER_KEY, k, Store.NO)));
        stored.analyzed().entities().stream().map(Entity::canonical).distinct()
                .forEach(c -> d.add(new StringField(ENTITY, c, Store.NO)));
        LocalDate day = a.publishedDay();
        return faceted.withFacets(d, stored.analyzed(), day == null ? null : day.toString());
    }

    private static Map<String, Float> searchFields(float titleBoost) {
        Map<String, Float> fields = new HashMap<>();
        for (String suffix : List.of(StoreAnalyzers.FR, StoreAnalyzers.EN, StoreAnalyzers.OTHER)) {
            fields.put("title_" + suffix, titleBoost);
            fields.put("text_" + suffix, 1f);
        }
        return Map.copyOf(fields);
    }

    /** A parsed query and how many of the user's words it holds. */
    private record Fitted(Query query, int words) {
    }

    /**
     * The longest start of the user's words whose query stays under Lucene's clause limit; when not even the first
     * word fits (the analyzer cuts one 100,000-character word into hundreds of terms), its longest beginning that
     * does, so that the word is searched rather than nothing.
     */
    private Fitted fit(List<String> words) {
        Query whole = parseWithinLimit(String.join(" ", words));
        if (whole != null) {
            return new Fitted(whole, words.size());
        }
        Fitted byWords = longestFitting(words.size(), n -> String.join(" ", words.subList(0, n)));
        if (byWords.words() > 0) {
            return byWords;
        }
        String first = words.getFirst();
        return new Fitted(longestFitting(first.length(), n -> first.substring(0, n)).query(), 0);
    }

    /**
     * By bisection, the largest {@code n} under {@code tooMany} whose {@code text(n)} parses within the clause limit,
     * with its query; 0 and a query matching nothing when none does.
     */
    private Fitted longestFitting(int tooMany, IntFunction<String> text) {
        int fits = 0;
        Query best = new MatchNoDocsQuery();
        while (tooMany - fits > 1) {
            int middle = (fits + tooMany) >>> 1;
            Query q = parseWithinLimit(text.apply(middle));
            if (q != null) {
                fits = middle;
                best = q;
            } else {
                tooMany = middle;
            }
        }
        return new Fitted(best, fits);
    }

    /** The query, or null when Lucene would refuse it for having too many clauses. */
    private Query parseWithinLimit(String query) {
        try {
            Query q = parse(query);
            return clauses(q) <= IndexSearcher.getMaxClauseCount() ? q : null;
        } catch (IndexSearcher.TooManyClauses e) {
            return null;
        }
    }

    /** The clauses Lucene counts against its limit: every leaf query, as {@link IndexSearcher} counts them. */
    private static int clauses(Query query) {
        int[] count = {0};
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }

            @Override
            public void visitLeaf(Query q) {
                count[0]++;
            }

            @Override
            public void consumeTerms(Query q, Term... terms) {
                count[0]++;
            }

            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                count[0]++;
            }
        });
        return count[0];
    }

    /** The user's query in Lucene's simple syntax, or, should that ever fail, as plain words. */
    private Query parse(String query) {
        try {
            return parse(query, -1);
        } catch (RuntimeException e) {
            return parse(query, SimpleQueryParser.WHITESPACE_OPERATOR);
        }
    }

    private Query parse(String query, int flags) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, SEARCH_FIELDS, flags);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return parser.parse(query);
    }

    /** What linking needs of a stored article. */
    public record Linked(String id, LocalDate day, String story, String thread, LinkTerms terms) {}

    /**
     * The articles published from {@code from} to {@code to} (days, both included), with their link terms, one at a
     * time: the neighbourhood new articles are linked in. Those {@code wanted} refuses (by id) are skipped unread.
     */
    public void forEachPublishedBetween(LocalDate from, LocalDate to, Predicate<String> wanted, Consumer<Linked> each) {
        forEachLinked(published(from, to), wanted, each);
    }

    /**
     * {@link #forEachPublishedBetween(LocalDate, LocalDate, Predicate, Consumer)} for the articles that belong to one of
     * these stories, or to none yet (stored by an ingest killed before it linked), and, from {@code threadsFrom}
     * on, those that belong to one of these threads.
     */
    public void forEachPublishedBetween(LocalDate from, LocalDate to, Set<String> stories, LocalDate threadsFrom, Set<String> threads,
                                        Predicate<String> wanted, Consumer<Linked> each) {
        BooleanQuery.Builder inStories = new BooleanQuery.Builder()
                .add(new TermInSetQuery(STORY, stories.stream().map(BytesRef::new).toList()), BooleanClause.Occur.SHOULD)
                .add(unplaced(), BooleanClause.Occur.SHOULD);
        Query storiesQuery = new BooleanQuery.Builder()
                .add(published(from, to), BooleanClause.Occur.FILTER)
                .add(inStories.build(), BooleanClause.Occur.FILTER).build();
        Query threadsQuery = new BooleanQuery.Builder()
                .add(published(threadsFrom, to), BooleanClause.Occur.FILTER)
                .add(new TermInSetQuery(THREAD, threads.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER).build();
        forEachLinked(new BooleanQuery.Builder()
                .add(storiesQuery, BooleanClause.Occur.SHOULD)
                .add(threadsQuery, BooleanClause.Occur.SHOULD).build(), wanted, each);
    }

    /** How many articles were published from {@code from} to {@code to}. */
    public int countPublishedBetween(LocalDate from, LocalDate to) {
        return read(s -> s.count(published(from, to)));
    }

    /**
     * Where the link stage placed the {@code limit} articles published from {@code from} to {@code to} that share the
     * most link terms with {@code terms}, rare terms counting most (BM25 on the link terms): the stories and threads
     * an article with those terms could join.
     */
    public List<ArticleJson.Placement> placementsSharing(LocalDate from, LocalDate to, Collection<String> terms, int limit) {
        BooleanQuery.Builder shared = new BooleanQuery.Builder();
        int clauses = 0;
        for (String t : terms) {
            if (clauses++ == IndexSearcher.getMaxClauseCount() - 1) break; // the window's filter takes one
            shared.add(new TermQuery(new Term(LINK_TERM, t)), BooleanClause.Occur.SHOULD);
        }
        Query q = new BooleanQuery.Builder()
                .add(published(from, to), BooleanClause.Occur.FILTER)
                .add(shared.build(), BooleanClause.Occur.MUST).build();
        return read(s -> {
            List<ArticleJson.Placement> out = new ArrayList<>();
            for (ScoreDoc sd : s.search(q, Math.max(1, limit)).scoreDocs) {
                out.add(json.placement(s.storedFields().document(sd.doc, Set.of(JSON)).get(JSON)));
            }
            return out;
        });
    }

    /** The stored articles of these ids, with their link terms; those not stored are left out. */
    public List<Linked> linkedOf(Collection<String> ids) {
        return linked(new TermInSetQuery(ID, ids.stream().map(BytesRef::new).toList()));
    }

    /**
     * The day each stored article of these ids was published, or null when it is undated; ids not stored are left
     * out. Read from the index's publication column, not the articles: an ingest orders all it added by it.
     */
    public Map<String, LocalDate> daysOf(Collection<String> ids) {
        Query q = new TermInSetQuery(ID, ids.stream().map(BytesRef::new).toList());
        return read(s -> {
            int[] docs = Arrays.stream(s.search(q, Math.max(1, s.getIndexReader().maxDoc())).scoreDocs)
                    .mapToInt(sd -> sd.doc).sorted().toArray();
            SortedDocValues published = MultiDocValues.getSortedValues(s.getIndexReader(), PUBLISHED);
            Map<String, LocalDate> out = new HashMap<>();
            for (int doc : docs) { // doc values are read forward, so in doc order
                String id = s.storedFields().document(doc, Set.of(ID)).get(ID);
                boolean dated = published != null && published.advanceExact(doc);
                out.put(id, dated ? Article.dayOf(published.lookupOrd(published.ordValue()).utf8ToString()) : null);
            }
            return out;
        });
    }

    private static Query published(LocalDate from, LocalDate to) {
        return TermRangeQuery.newStringRange(PUBLISHED, from.toString(), to.plusDays(1).toString(), true, false);
    }

    private List<Linked> linked(Query q) {
        List<Linked> out = new ArrayList<>();
        forEachLinked(q, id -> true, out::add);
        return out;
    }

    /**
     * The articles a query finds, one at a time in index order, with their link terms; those {@code wanted} refuses
     * (by id) are not parsed, so a caller holds only what it keeps. They are read and parsed {@link #DECODED_TOGETHER}
     * at a time on all cores (a new article's neighbourhood is a thousand stored articles, most of the time of adding
     * one), then handed over in order.
     */
    private void forEachLinked(Query q, Predicate<String> wanted, Consumer<Linked> each) {
        read(s -> {
            ScoreDoc[] hits = s.search(q, Math.max(1, s.getIndexReader().maxDoc())).scoreDocs;
            Arrays.sort(hits, Comparator.comparingInt(sd -> sd.doc));
            for (int from = 0; from < hits.length; from += DECODED_TOGETHER) {
                IntStream.range(from, Math.min(hits.length, from + DECODED_TOGETHER)).parallel()
                        .mapToObj(i -> linked(s, hits[i].doc, wanted)).toList() // in order, once all are read
                        .forEach(l -> {
                            if (l != null) each.accept(l);
                        });
            }
            return null;
        });
    }

    /** One stored article as linking needs it, or null when {@code wanted} refuses its id. */
    private Linked linked(IndexSearcher s, int doc, Predicate<String> wanted) {
        try {
            Document d = s.storedFields().document(doc, Set.of(ID, JSON, LINK));
            if (!wanted.test(d.get(ID))) return null;
            if (d.get(LINK) == null) { // a store written before link terms were kept
                StoredArticle a = json.fromJson(d.get(JSON));
                return new Linked(a.id(), a.analyzed().article().publishedDay(), a.story(), a.thread(),
                        LinkTerms.of(a.analyzed(), stems));
            }
            ArticleJson.Placement placed = json.placement(d.get(JSON));
            return new Linked(placed.id(), Article.dayOf(placed.published()), placed.story(), placed.thread(),
                    StoredLinkTerms.read(d.get(LINK)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How many stored articles have each of these link terms (stems, identity keys). The terms are encoded once and
     * looked up in the index's byte order with one terms enumerator per segment, so each seek starts from the previous
     * one's place in the term dictionary (a new article's neighbourhood asks for tens of thousands); the segments are
     * read side by side.
     */
    public Map<String, Integer> linkTermFrequencies(Collection<String> terms) {
        BytesRef[] sorted = terms.stream().distinct().map(BytesRef::new).sorted().toArray(BytesRef[]::new);
        return read(s -> {
            int[] counts = s.getIndexReader().leaves().parallelStream().map(leaf -> {
                int[] inLeaf = new int[sorted.length];
                try {
                    Terms field = leaf.reader().terms(LINK_TERM);
                    if (field == null) return inLeaf;
                    TermsEnum dictionary = field.iterator();
                    for (int i = 0; i < sorted.length; i++) {
                        if (dictionary.seekExact(sorted[i])) inLeaf[i] = dictionary.docFreq();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return inLeaf;
            }).reduce(new int[sorted.length], ArticleStore::summed);
            Map<String, Integer> out = new HashMap<>();
            for (int i = 0; i < counts.length; i++) out.put(sorted[i].utf8ToString(), counts[i]);
            return out;
        });
    }

    private static int[] summed(int[] a, int[] b) {
        int[] sum = new int[a.length];
        for (int i = 0; i < sum.length; i++) sum[i] = a[i] + b[i];
        return sum;
    }

    /**
     * The index files, read through positional reads rather than memory maps: a mapped index counts in the process's
     * resident memory as it is read (360 MB of a 32,537-article store after an ingest), so memory would grow with the
     * store; read this way the pages stay the operating system's cache.
     */
    private static Directory filesOf(Path dir) throws IOException {
        return new NIOFSDirectory(dir);
    }

    private static Query idQuery(String id) {
        return new TermQuery(new Term(ID, id));
    }

    private Optional<StoredArticle> find(IndexSearcher s, String id) throws IOException {
        return storedFields(s, id, Set.of(JSON)).map(d -> json.fromJson(d.get(JSON)));
    }

    /** These stored fields of the article with this id, if it is stored. */
    private static Optional<Document> storedFields(IndexSearcher s, String id, Set<String> fields) throws IOException {
        TopDocs top = s.search(idQuery(id), 1);
        return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(s.storedFields().document(top.scoreDocs[0].doc, fields));
    }

    private List<StoredArticle> loadAll(IndexSearcher s, Query q) throws IOException {
        List<StoredArticle> out = new ArrayList<>();
        for (ScoreDoc sd : s.search(q, Math.max(1, s.getIndexReader().maxDoc())).scoreDocs) {
            out.add(load(s, sd.doc));
        }
        return out;
    }

    private StoredArticle load(IndexSearcher s, int doc) throws IOException {
        return json.fromJson(s.storedFields().document(doc, Set.of(JSON)).get(JSON));
    }

    /** Runs {@code f} on a searcher that sees every write made so far. */
    private <T> T read(SearcherFunction<T> f) {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException | RuntimeException e) {
            throw failedRead(e);
        }
        return withSearcher(f);
    }

    /** Runs a write; a failure names the store and the reason. */
    private void write(IOAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw StoreException.of(dir, e);
        } catch (AlreadyClosedException e) { // the writer closed itself on an earlier failure: nothing more is written
            throw new StoreException(dir, Problem.DAMAGED, "closed after an earlier failure: " + Damage.describe(e), e);
        }
    }

    /** A path the store may use: a folder, or nothing yet. */
    private static void requireFolderOrNothing(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException(dir, Problem.NOT_A_FOLDER, null, null);
        }
    }

    /** Runs {@code f} on the current searcher, without refreshing it; a failure to read is damage. */
    private <T> T withSearcher(SearcherFunction<T> f) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return f.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException | RuntimeException e) {
            throw failedRead(e);
        }
    }

    /** A failure to read, as damage: damaged data fails anywhere (a bad length, a bad offset, a bad JSON). */
    private RuntimeException failedRead(Exception e) {
        return e instanceof AlreadyClosedException || e instanceof StoreException ? (RuntimeException) e
                : new StoreException(dir, Problem.DAMAGED, Damage.describe(e), e);
    }

    /** The keys a speaker is found by: the folded name and each of its endings ("marie dubreuil", "dubreuil"). */
    static Set<String> nameKeys(String name) {
        List<String> words = nameWords(name);
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            keys.add(String.join(" ", words.subList(i, words.size())));
        }
        return keys;
    }

    /** A name folded for comparison: no accents, lower case, words separated by one space. */
    static String nameKey(String name) {
        return String.join(" ", nameWords(name));
    }

    private static List<String> nameWords(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static void requirePositive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }

    @FunctionalInterface
    private interface IOAction {
        void run() throws IOException;
    }

    @FunctionalInterface
    private interface SearcherFunction<T> {
        T apply(IndexSearcher s) throws IOException;
    }
}
