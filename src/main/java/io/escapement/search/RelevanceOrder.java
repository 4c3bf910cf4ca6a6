package io.escapement.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * The first matches by relevance: best score, then newest, then highest listing id. Each segment
 * is collected by Lucene's top-score collector, which skips documents that cannot beat the page
 * and, among equal scores, keeps the first documents: the newest, the index being sorted newest
 * first. The pages of the segments are then merged in that order. This gives the order of a sort
 * on score, publication and id, without reading both for every match.
 */
final class RelevanceOrder {

    private static final Comparator<FieldDoc> BEST_FIRST = Comparator.<FieldDoc>comparingDouble(
                    doc -> -(Float) doc.fields[0])
            .thenComparing(doc -> -(Long) doc.fields[1])
            .thenComparing(doc -> -(Long) doc.fields[2]);

    private RelevanceOrder() {}

    /** Ids of up to {@code wanted} matches, best first. */
    static List<Long> top(IndexSearcher searcher, Query query, int wanted) throws IOException {
        var segments = searcher.search(query, new CollectorManager<BySegment, List<Segment>>() {
            @Override
            public BySegment newCollector() {
                return new BySegment(wanted);
            }

            @Override
            public List<Segment> reduce(Collection<BySegment> collectors) {
                return collectors.stream().flatMap(c -> c.segments.stream()).toList();
            }
        });
        var best = new ArrayList<FieldDoc>();
        for (var segment : segments) {
            var leaf = segment.leaf;
            var published = DocValues.getSortedNumeric(leaf.reader(), ListingDocument.PUBLISHED);
            var ids = DocValues.getSortedNumeric(leaf.reader(), ListingDocument.ID);
            var top = segment.collector.topDocs().scoreDocs;
            // Doc values are read in increasing document order.
            Arrays.sort(top, Comparator.comparingInt(hit -> hit.doc));
            for (var hit : top) {
                int doc = hit.doc - leaf.docBase;
                published.advanceExact(doc);
                ids.advanceExact(doc);
                best.add(new FieldDoc(
                        hit.doc, hit.score, new Object[] {hit.score, published.nextValue(), ids.nextValue()}));
            }
        }
        return best.stream()
                .sorted(BEST_FIRST)
                .limit(wanted)
                .map(doc -> (Long) doc.fields[2])
                .toList();
    }

    private record Segment(LeafReaderContext leaf, TopScoreDocCollector collector) {}

    /** A top-score collector of its own for every segment. */
    private static final class BySegment implements Collector {

        private final int wanted;
        private final List<Segment> segments = new ArrayList<>();

        BySegment(int wanted) {
            this.wanted = wanted;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            var collector = new TopScoreDocCollectorManager(wanted, null, wanted, false).newCollector();
            segments.add(new Segment(context, collector));
            return collector.getLeafCollector(context);
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.TOP_SCORES;
        }
    }
}
