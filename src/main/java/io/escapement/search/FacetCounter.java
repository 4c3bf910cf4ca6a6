package io.escapement.search;

import io.escapement.search.spi.FacetCount;
import io.escapement.search.spi.SearchEngine.Facets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the matches and the facets of a search in one pass over the documents that match its
 * text (and availability), testing the grid's filters ({@link Narrowing}s) on in-memory columns.
 * Facets are counted drill-sideways: a document that passes every filter counts in every facet
 * and in the matches; one that fails exactly one filter counts only in that filter's own facet,
 * so choosing a brand still shows the other brands with the listings they would add.
 */
final class FacetCounter implements Collector {

    private final FacetColumns.Cache columns;
    private final List<Narrowing> narrowings;
    private final List<Map<String, Long>> counts = new ArrayList<>();
    private long hits;

    FacetCounter(FacetColumns.Cache columns, List<Narrowing> narrowings) {
        this.columns = columns;
        this.narrowings = narrowings;
        Facet.ALL.forEach(facet -> counts.add(new HashMap<>()));
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) {
        var segment = columns.of(context.reader());
        var tests = narrowings.stream().map(segment::test).toArray(IntPredicate[]::new);
        var own = narrowings.stream().mapToInt(n -> n.facet().ordinal()).toArray();
        var columns = new int[Facet.ALL.size()][];
        var buckets = new int[Facet.ALL.size()][];
        for (var facet : Facet.ALL) {
            columns[facet.ordinal()] = segment.buckets(facet);
            buckets[facet.ordinal()] = new int[segment.bucketCount(facet)];
        }
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {}

            @Override
            public void collect(int doc) {
                int failed = -1;
                for (int i = 0; i < tests.length; i++) {
                    if (!tests[i].test(doc)) {
                        if (failed >= 0) {
                            return;
                        }
                        failed = i;
                    }
                }
                if (failed >= 0) {
                    count(own[failed], doc);
                    return;
                }
                hits++;
                for (int f = 0; f < columns.length; f++) {
                    count(f, doc);
                }
            }

            private void count(int facet, int doc) {
                int bucket = columns[facet][doc];
                if (bucket >= 0) {
                    buckets[facet][bucket]++;
                }
            }

            @Override
            public void finish() {
                for (var facet : Facet.ALL) {
                    var counted = buckets[facet.ordinal()];
                    for (int bucket = 0; bucket < counted.length; bucket++) {
                        if (counted[bucket] > 0) {
                            counts.get(facet.ordinal())
                                    .merge(segment.value(facet, bucket), (long) counted[bucket], Long::sum);
                        }
                    }
                }
            }
        };
    }

    long hits() {
        return hits;
    }

    /** Adds up the counters of all slices. */
    record Manager(FacetColumns.Cache columns, List<Narrowing> narrowings)
            implements CollectorManager<FacetCounter, FacetCounter> {

        @Override
        public FacetCounter newCollector() {
            return new FacetCounter(columns, narrowings);
        }

        @Override
        public FacetCounter reduce(Collection<FacetCounter> counters) {
            var total = newCollector();
            for (var counter : counters) {
                total.hits += counter.hits;
                for (int f = 0; f < total.counts.size(); f++) {
                    var sum = total.counts.get(f);
                    counter.counts.get(f).forEach((value, count) -> sum.merge(value, count, Long::sum));
                }
            }
            return total;
        }
    }

    Facets facets() {
        return new Facets(
                counts(Facet.BRAND),
                counts(Facet.PRICE),
                counts(Facet.CONDITION),
                counts(Facet.YEAR),
                counts(Facet.MATERIAL),
                counts(Facet.DIAMETER),
                counts(Facet.BOX_PAPERS),
                counts(Facet.CITY));
    }

    /** Keywords most frequent first, then by value; ranges in their natural order, empty ones included. */
    private List<FacetCount> counts(Facet facet) {
        var counted = counts.get(facet.ordinal());
        if (facet.ranged()) {
            return facet.ranges().stream()
                    .map(range -> new FacetCount(range.key(), counted.getOrDefault(range.key(), 0L)))
                    .toList();
        }
        return counted.entrySet().stream()
                .map(entry -> new FacetCount(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
                .toList();
    }
}
