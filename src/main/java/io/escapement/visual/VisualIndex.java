package io.escapement.visual;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The on-disk HNSW index of listing photo descriptors: one document per listing on sale, holding
 * the descriptor of its main photo (position 0). Every change is committed before the method
 * returns, so a listener that completed has its change on disk.
 */
@Component
class VisualIndex implements DisposableBean {

    private static final String ID = "id";
    private static final String VECTOR = "vector";

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean created;

    VisualIndex(@Value("${escapement.visual.index-dir}") Path path) {
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            created = !DirectoryReader.indexExists(directory);
            writer = new IndexWriter(
                    directory, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            writer.commit();
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the photo index at " + path, e);
        }
    }

    /** Whether the index did not exist when the application started (so it must be built). */
    boolean wasCreated() {
        return created;
    }

    /** Adds or replaces listings' descriptors. */
    void put(List<Described> photos) {
        if (photos.isEmpty()) {
            return;
        }
        try {
            for (var photo : photos) {
                var document = new Document();
                document.add(new LongField(ID, photo.listingId(), Field.Store.YES));
                document.add(new KnnFloatVectorField(VECTOR, photo.vector(), VectorSimilarityFunction.DOT_PRODUCT));
                writer.updateDocuments(LongField.newExactQuery(ID, photo.listingId()), List.of(document));
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

    /** The ids of the {@code k} listings whose main photos are nearest to the descriptor, nearest first. */
    List<Long> nearest(float[] vector, int k) {
        return nearest(List.of(vector), k);
    }

    /**
     * The ids of the {@code k} listings whose main photos are nearest to any of the descriptors
     * (views of one query photo), nearest first.
     */
    List<Long> nearest(List<float[]> vectors, int k) {
        try {
            var searcher = searchers.acquire();
            try {
                var best = new java.util.HashMap<Long, Float>();
                var stored = searcher.storedFields();
                for (var vector : vectors) {
                    for (var hit : searcher.search(new KnnFloatVectorQuery(VECTOR, vector, k), k).scoreDocs) {
                        long id = stored.document(hit.doc)
                                .getField(ID)
                                .numericValue()
                                .longValue();
                        best.merge(id, hit.score, Math::max);
                    }
                }
                var ids = new ArrayList<>(best.keySet());
                ids.sort((a, b) -> Float.compare(best.get(b), best.get(a)));
                return ids.subList(0, Math.min(k, ids.size()));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not search the photo index", e);
        }
    }

    /** Merges the index into one segment after a full build, so a search walks one HNSW graph. */
    void optimise() {
        try {
            writer.forceMerge(1);
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not merge the photo index", e);
        }
    }

    /** Number of listings in the index. */
    int size() {
        try {
            var searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    @Override
    public void destroy() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

    /** A listing's main-photo descriptor. */
    record Described(long listingId, float[] vector) {}
}
