package io.escapement.search;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * The first matches by price or year, then listing id in the same direction, read from the
 * in-memory {@link FacetColumns}: a match costs two array reads and a comparison with the last of
 * the page so far, where doc values would have to be decoded.
 */
final class ColumnOrder {

    /** A candidate: the sort key and the listing id, negated for descending orders. */
    private record Candidate(long key, long id) {}

    private static final Comparator<Candidate> FIRST =
            Comparator.comparingLong(Candidate::key).thenComparingLong(Candidate::id);

    private ColumnOrder() {}

    /** Ids of up to {@code wanted} matches ordered by the number of {@code facet}, then id. */
    static List<Long> top(
            IndexSearcher searcher,
            Query query,
            FacetColumns.Cache columns,
            Facet facet,
            boolean descending,
            int wanted)
            throws IOException {
        var pages = searcher.search(query, new CollectorManager<Page, List<Candidate>>() {
            @Override
            public Page newCollector() {
                return new Page(columns, facet, descending ? -1 : 1, wanted);
            }

            @Override
            public List<Candidate> reduce(Collection<Page> collected) {
                return collected.stream().flatMap(page -> page.best.stream()).toList();
            }
        });
        return pages.stream()
                .sorted(FIRST)
                .limit(wanted)
                .map(candidate -> candidate.id() * (descending ? -1 : 1))
                .toList();
    }

    /** Keeps the best {@code wanted} candidates, the last of them on top. */
    private static final class Page implements Collector {

        private final FacetColumns.Cache columns;
        private final Facet facet;
        private final int direction;
        private final int wanted;
        private final PriorityQueue<Candidate> best;

        Page(FacetColumns.Cache columns, Facet facet, int direction, int wanted) {
            this.columns = columns;
            this.facet = facet;
            this.direction = direction;
            this.wanted = wanted;
            this.best = new PriorityQueue<>(wanted + 1, FIRST.reversed());
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            var segment = columns.of(context.reader());
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) {
                    long key = direction * segment.number(facet, doc);
                    long id = direction * segment.id(doc);
                    if (best.size() < wanted) {
                        best.add(new Candidate(key, id));
                    } else {
                        var last = best.peek();
                        if (key < last.key() || (key == last.key() && id < last.id())) {
                            best.poll();
                            best.add(new Candidate(key, id));
                        }
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
