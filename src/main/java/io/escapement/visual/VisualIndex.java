package io.escapement.visual;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOFunction;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The on-disk HNSW index of listing photo descriptors: one document per described photo of a
 * listing on sale, holding the listing's id and the photo's descriptor. Every change is committed
 * before the method returns, so a listener that completed has its change on disk. Each commit
 * records {@link PhotoDescriptor#version()}, and a finished build says so too; an index written
 * with other descriptors, or whose build was cut short, is emptied at start-up and counts as
 * created, so it is built again.
 */
@Component
class VisualIndex implements DisposableBean {

    private static final String ID = "id";
    private static final String VECTOR = "vector";
    private static final String DESCRIPTOR = "descriptor";
    private static final String BUILT = "built";

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean created;
    private volatile boolean complete;

    /** The segments' HNSW graphs are searched side by side, one per core. */
    private final ExecutorService segmentSearches =
            Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
                var thread = new Thread(task, "photo-search");
                thread.setDaemon(true);
                return thread;
            });

    VisualIndex(@Value("${escapement.visual.index-dir}") Path path) {
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            created = !DirectoryReader.indexExists(directory)
                    || !Map.of(DESCRIPTOR, PhotoDescriptor.version(), BUILT, "true")
                            .equals(SegmentInfos.readLatestCommit(directory).getUserData());
            writer = new IndexWriter(
                    directory,
                    new IndexWriterConfig()
                            .setOpenMode(
                                    created ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND));
            writer.setLiveCommitData(Map.of(DESCRIPTOR, PhotoDescriptor.version(), BUILT, Boolean.toString(!created))
                    .entrySet());
            writer.commit();
            complete = !created;
            searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    return new IndexSearcher(reader, segmentSearches);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the photo index at " + path, e);
        }
    }

    /** Whether the index did not exist when the application started (so it must be built). */
    boolean wasCreated() {
        return created;
    }

    /** Whether the index holds every listing on sale: it was opened whole, or a build has finished. */
    boolean isComplete() {
        return complete;
    }

    /** Adds or replaces listings' descriptors. */
    void put(List<Described> listings) {
        if (listings.isEmpty()) {
            return;
        }
        try {
            for (var listing : listings) {
                var documents = new ArrayList<Document>();
                for (float[] vector : listing.vectors()) {
                    var document = new Document();
                    document.add(new LongField(ID, listing.listingId(), Field.Store.YES));
                    document.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
                    documents.add(document);
                }
                writer.updateDocuments(LongField.newExactQuery(ID, listing.listingId()), documents);
            }
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not index photos", e);
        }
    }

    /** Takes listings out of the results. */
    void remove(List<Long> listingIds) {
        try {
            for (long id : listingIds) {
                writer.deleteDocuments(LongField.newExactQuery(ID, id));
            }
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove photos", e);
        }
    }

    /** The ids of the {@code k} listings with a photo nearest to the descriptor, nearest first. */
    List<Long> nearest(float[] vector, int k) {
        return nearest(List.of(vector), k);
    }

    /**
     * The ids of the {@code k} listings with a photo nearest to any of the descriptors (views of
     * one query photo), nearest first.
     */
    List<Long> nearest(List<float[]> vectors, int k) {
        return matches(vectors, k).stream().map(Match::listingId).toList();
    }

    /**
     * The {@code k} listings with a photo nearest to any of the descriptors (views of one query
     * photo), nearest first, each with its best similarity. Each view asks for enough photos to fill
     * {@code k} listings even when every listing's described photos all come back.
     */
    List<Match> matches(List<float[]> vectors, int k) {
        return withSearcher(searcher -> {
            var best = new HashMap<Long, Float>();
            var stored = searcher.storedFields();
            for (var vector : vectors) {
                int photos = k * ListingPhotoSync.DESCRIBED_PHOTOS;
                for (var hit : searcher.search(new KnnFloatVectorQuery(VECTOR, vector, photos), photos).scoreDocs) {
                    long id =
                            stored.document(hit.doc).getField(ID).numericValue().longValue();
                    best.merge(id, hit.score, Math::max);
                }
            }
            return best.entrySet().stream()
                    .map(entry -> new Match(entry.getKey(), cosine(entry.getValue())))
                    .sorted(Comparator.comparingDouble(Match::similarity).reversed())
                    .limit(k)
                    .toList();
        });
    }

    /** Lucene scores a dot product of unit vectors as (1 + cosine) / 2. */
    private static float cosine(float score) {
        return 2 * score - 1;
    }

    /**
     * Ends a full build by recording that it finished. The segments are left to Lucene's merge
     * policy: merging a million listings' photos into one HNSW graph takes longer than the build.
     */
    void built() {
        try {
            writer.setLiveCommitData(
                    Map.of(DESCRIPTOR, PhotoDescriptor.version(), BUILT, "true").entrySet());
            commit();
            complete = true;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not commit the photo index", e);
        }
    }

    /** Number of photos in the index. */
    int size() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    private synchronized void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
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
            throw new UncheckedIOException("Could not search the photo index", e);
        }
    }

    @Override
    public void destroy() throws IOException {
        searchers.close();
        segmentSearches.shutdown();
        writer.close();
        directory.close();
    }

    /** The descriptors of a listing's described photos. */
    record Described(long listingId, List<float[]> vectors) {}

    /** A listing near a query, with the cosine similarity of its nearest photo (-1 to 1). */
    record Match(long listingId, float similarity) {}
}
