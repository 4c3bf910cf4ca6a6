package io.escapement.search;

import io.escapement.catalog.Listing;
import io.escapement.catalog.ListingFilter;
import io.escapement.catalog.ListingId;
import io.escapement.catalog.ListingSort;
import io.escapement.catalog.PageSpec;
import io.escapement.search.spi.Availability;
import io.escapement.search.spi.FacetCount;
import io.escapement.search.spi.SearchEngine;
import io.escapement.search.spi.SearchHits;
import io.escapement.search.spi.SearchRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOFunction;

/**
 * The embedded engine: a Lucene index on disk, written by one {@link IndexWriter}, searched through
 * near-real-time readers that are reopened after every change, so a change is searchable as soon
 * as {@link #upsert} returns. Every change is committed, so the index survives a restart.
 */
final class LuceneSearchEngine implements SearchEngine, AutoCloseable {

    /** Queries whose facet counts are kept until the index changes. */
    static final int FACET_CACHE_SIZE = 512;

    static final String LATEST_LISTING_ID = "latestListingId";

    /**
     * Commit data naming the layout of the index. Version 2 sorts the index newest first; an index
     * without it or of another version is rebuilt.
     */
    static final String FORMAT = "format";

    static final String CURRENT_FORMAT = "3";

    /** The order of the index on disk, and of the newest-first grid. */
    private static final Sort NEWEST_FIRST =
            new Sort(numeric(ListingDocument.PUBLISHED, true), numeric(ListingDocument.ID, true));

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final QueryBuilder queries;
    private final FacetColumns.Cache columns = new FacetColumns.Cache();
    /** Held while a change is applied to the writer; guards {@link #applied}. */
    private final ReentrantLock writing = new ReentrantLock();

    /** Held while a commit and a reopen run; guards {@link #published}. */
    private final ReentrantLock publishing = new ReentrantLock();

    /** How many changes were applied to the writer. */
    private long applied;

    /** How many of them a finished commit and reopen include. */
    private long published;

    private final Map<FacetKey, Counted> facetCache = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<FacetKey, Counted> eldest) {
            return size() > FACET_CACHE_SIZE;
        }
    });

    LuceneSearchEngine(Path path, WatchVocabulary vocabulary) {
        try {
            Files.createDirectories(path);
            this.directory = FSDirectory.open(path);
            Analyzer analyzer = new WatchAnalyzer();
            boolean current = ofThisFormat(directory);
            this.writer = new IndexWriter(
                    directory,
                    new IndexWriterConfig(analyzer)
                            .setOpenMode(current ? OpenMode.CREATE_OR_APPEND : OpenMode.CREATE)
                            .setIndexSort(NEWEST_FIRST)
                            .setRAMBufferSizeMB(64));
            if (!current) {
                writer.setLiveCommitData(Map.of(FORMAT, CURRENT_FORMAT).entrySet());
                writer.commit();
            }
            this.searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    reader.leaves().forEach(leaf -> columns.of(leaf.reader()));
                    return new IndexSearcher(reader);
                }
            });
            this.queries = new QueryBuilder(vocabulary, analyzer);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + path, e);
        }
    }

    /**
     * Whether the index on disk, if any, was written in this format; one of another format (an
     * older layout, say) is replaced by an empty one, which the indexer then rebuilds in full.
     */
    private static boolean ofThisFormat(Directory directory) throws IOException {
        return DirectoryReader.indexExists(directory)
                && CURRENT_FORMAT.equals(
                        SegmentInfos.readLatestCommit(directory).getUserData().get(FORMAT));
    }

    @Override
    public SearchHits search(SearchRequest request) {
        return withSearcher(searcher -> {
            var clauses = queries.clauses(request.text());
            var narrowings = QueryBuilder.narrowings(request.filter());
            var hits = search(searcher, Occur.MUST, clauses, narrowings, request);
            if (hits.total() == 0 && clauses.size() > 1) {
                hits = search(searcher, Occur.SHOULD, clauses, narrowings, request);
            }
            return hits;
        });
    }

    /**
     * One page and the facets. Matches and facets are counted in one pass over the documents that
     * match the text ({@link FacetCounter}) and kept per reader version (so until the next change);
     * the page is collected on its own, where Lucene can skip documents that cannot make it (in
     * newest order it stops after the page, the index being sorted that way).
     */
    private SearchHits search(
            IndexSearcher searcher, Occur occur, List<Query> clauses, List<Narrowing> narrowings, SearchRequest request)
            throws IOException {
        var base = queries.base(clauses, occur, request.filter(), request.availability(), Instant.now());
        var query = QueryBuilder.narrowed(base, narrowings);
        var key = new FacetKey(((DirectoryReader) searcher.getIndexReader()).getVersion(), query);
        var counted = facetCache.get(key);
        if (counted == null) {
            var counter = searcher.search(base, new FacetCounter.Manager(columns, narrowings));
            counted = new Counted(counter.hits(), counter.facets());
            facetCache.put(key, counted);
        }
        var page = counted.hits() > request.page().offset() ? page(searcher, query, request) : List.<Long>of();
        return new SearchHits(ListingId.all(page), counted.hits(), counted.facets());
    }

    /**
     * The ids of the requested page: newest first as the index is sorted (Lucene stops after the
     * page), by relevance per segment ({@link RelevanceOrder}), by price or year from the columns
     * ({@link ColumnOrder}).
     */
    private List<Long> page(IndexSearcher searcher, Query query, SearchRequest request) throws IOException {
        int offset = (int) request.page().offset();
        int wanted = offset + request.page().size();
        var order = request.sort() == ListingSort.RELEVANCE && request.text().isBlank()
                ? ListingSort.NEWEST
                : request.sort();
        var top = switch (order) {
            case RELEVANCE -> RelevanceOrder.top(searcher, query, wanted);
            case NEWEST -> newest(searcher, query, wanted);
            case PRICE_ASC -> ColumnOrder.top(searcher, query, columns, Facet.PRICE, false, wanted);
            case PRICE_DESC -> ColumnOrder.top(searcher, query, columns, Facet.PRICE, true, wanted);
            case YEAR_DESC -> ColumnOrder.top(searcher, query, columns, Facet.YEAR, true, wanted);
        };
        return top.size() > offset ? top.subList(offset, top.size()) : List.of();
    }

    private static List<Long> newest(IndexSearcher searcher, Query query, int wanted) throws IOException {
        var top = searcher.search(query, new TopFieldCollectorManager(NEWEST_FIRST, wanted, null, wanted));
        return Arrays.stream(top.scoreDocs)
                .map(hit -> (Long) ((FieldDoc) hit).fields[1])
                .toList();
    }

    private record FacetKey(long readerVersion, Query query) {}

    private record Counted(long hits, Facets facets) {}

    private static SortField numeric(String field, boolean reverse) {
        return LongField.newSortField(field, reverse, SortedNumericSelector.Type.MIN);
    }

    /**
     * The cities with a listing on sale: the city facet of a blank search on sale, so it comes from
     * the facet cache until the next change.
     */
    @Override
    public List<String> cities() {
        var onSale =
                new SearchRequest("", ListingFilter.NONE, Availability.ON_SALE, ListingSort.NEWEST, new PageSpec(1, 1));
        return search(onSale).facets().cities().stream()
                .map(FacetCount::value)
                .sorted()
                .toList();
    }

    @Override
    public void upsert(Collection<Listing> listings) {
        change(() -> {
            for (var listing : listings) {
                if (searchable(listing)) {
                    writer.updateDocument(ListingDocument.key(listing.id()), ListingDocument.of(listing));
                } else {
                    writer.deleteDocuments(ListingDocument.key(listing.id()));
                }
            }
        });
    }

    @Override
    public void delete(Collection<ListingId> ids) {
        change(() -> {
            for (var id : ids) {
                writer.deleteDocuments(ListingDocument.key(id));
            }
        });
    }

    @Override
    public void rebuild(Source listings, Optional<ListingId> latestListingId) {
        change(() -> {
            writer.deleteAll();
            listings.forEach(listing -> {
                if (searchable(listing)) {
                    try {
                        writer.addDocument(ListingDocument.of(listing));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
            record(latestListingId.map(ListingId::value).orElse(0L));
        });
    }

    @Override
    public void recordLatestListingId(ListingId id) {
        change(() -> {
            if (id.value() > recorded().orElse(0L)) {
                record(id.value());
            }
        });
    }

    private void record(long latestListingId) {
        writer.setLiveCommitData(Map.of(FORMAT, CURRENT_FORMAT, LATEST_LISTING_ID, Long.toString(latestListingId))
                .entrySet());
    }

    private Optional<Long> recorded() {
        var data = writer.getLiveCommitData();
        if (data != null) {
            for (var entry : data) {
                if (entry.getKey().equals(LATEST_LISTING_ID)) {
                    return Optional.of(Long.parseLong(entry.getValue()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean searchable(Listing listing) {
        return switch (listing.status()) {
            case ON_SALE, SOLD -> true;
            default -> false;
        };
    }

    private interface Change {
        void run() throws IOException;
    }

    /**
     * Applies one change (one at a time), then returns once a commit and a reopened reader include
     * it: committed and visible to searches on return. Changes applied while a commit runs share the
     * next commit (a group commit), so that concurrent listeners do not pay a commit, its fsyncs, a
     * new segment and its merges each.
     */
    private void change(Change change) {
        long generation;
        writing.lock();
        try {
            change.run();
            generation = ++applied;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writing.unlock();
        }
        publishing.lock();
        try {
            if (published >= generation) {
                return; // a commit that started after this change was applied took it along
            }
            long upTo;
            writing.lock();
            try {
                upTo = applied;
            } finally {
                writing.unlock();
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
            facetCache.clear(); // counts of older readers are never asked for again
            published = upTo;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            publishing.unlock();
        }
    }

    @Override
    public Optional<ListingId> latestListingId() {
        writing.lock();
        try {
            return recorded().filter(id -> id > 0).map(ListingId::new);
        } finally {
            writing.unlock();
        }
    }

    @Override
    public long size() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

    /** Runs {@code work} on the current searcher, released afterwards. */
    private <T> T withSearcher(IOFunction<IndexSearcher, T> work) {
        try {
            var searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the search index", e);
        }
    }
}
