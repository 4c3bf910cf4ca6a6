package io.escapement.search;

import io.escapement.search.spi.FacetCount;
import io.escapement.search.spi.SearchEngine.Facets;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts facet values of every match from doc values, in one pass beside the top-hits collector:
 * keyword facets per segment ordinal, numeric facets into fixed ranges.
 */
final class FacetCollector implements Collector {

    static final List<String> KEYWORDS = List.of(
            ListingDocument.BRAND,
            ListingDocument.CONDITION,
            ListingDocument.MATERIAL,
            ListingDocument.BOX_PAPERS,
            ListingDocument.CITY);

    private final Map<String, Map<String, Long>> keywordCounts = new HashMap<>();
    private final Map<String, long[]> rangeCounts = new HashMap<>();
    private long hits;

    FacetCollector() {
        KEYWORDS.forEach(field -> keywordCounts.put(field, new HashMap<>()));
        FacetRanges.ALL.forEach((field, ranges) -> rangeCounts.put(field, new long[ranges.size()]));
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        var keywords = new SortedSetDocValues[KEYWORDS.size()];
        var ordinalCounts = new long[KEYWORDS.size()][];
        for (int i = 0; i < keywords.length; i++) {
            keywords[i] = DocValues.getSortedSet(context.reader(), KEYWORDS.get(i));
            ordinalCounts[i] = new long[(int) keywords[i].getValueCount()];
        }
        var rangeFields = List.copyOf(FacetRanges.ALL.keySet());
        var numbers = new SortedNumericDocValues[rangeFields.size()];
        var ranges = new ArrayList<List<FacetRanges.Range>>(rangeFields.size());
        var counts = new long[rangeFields.size()][];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = DocValues.getSortedNumeric(context.reader(), rangeFields.get(i));
            ranges.add(FacetRanges.ALL.get(rangeFields.get(i)));
            counts[i] = rangeCounts.get(rangeFields.get(i));
        }
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {}

            @Override
            public void collect(int doc) throws IOException {
                hits++;
                for (int i = 0; i < keywords.length; i++) {
                    if (keywords[i].advanceExact(doc)) {
                        ordinalCounts[i][(int) keywords[i].nextOrd()]++;
                    }
                }
                for (int i = 0; i < numbers.length; i++) {
                    if (numbers[i].advanceExact(doc)) {
                        int bucket = FacetRanges.bucket(ranges.get(i), numbers[i].nextValue());
                        if (bucket >= 0) {
                            counts[i][bucket]++;
                        }
                    }
                }
            }

            @Override
            public void finish() throws IOException {
                for (int i = 0; i < keywords.length; i++) {
                    var counts = keywordCounts.get(KEYWORDS.get(i));
                    for (int ord = 0; ord < ordinalCounts[i].length; ord++) {
                        if (ordinalCounts[i][ord] > 0) {
                            counts.merge(keywords[i].lookupOrd(ord).utf8ToString(), ordinalCounts[i][ord], Long::sum);
                        }
                    }
                }
            }
        };
    }

    long hits() {
        return hits;
    }

    /** Adds up the collectors of all slices. */
    static final class Manager implements CollectorManager<FacetCollector, FacetCollector> {

        @Override
        public FacetCollector newCollector() {
            return new FacetCollector();
        }

        @Override
        public FacetCollector reduce(Collection<FacetCollector> collectors) {
            var total = new FacetCollector();
            for (var collector : collectors) {
                total.hits += collector.hits;
                collector.keywordCounts.forEach((field, counts) -> counts.forEach(
                        (value, count) -> total.keywordCounts.get(field).merge(value, count, Long::sum)));
                collector.rangeCounts.forEach((field, counts) -> {
                    for (int i = 0; i < counts.length; i++) {
                        total.rangeCounts.get(field)[i] += counts[i];
                    }
                });
            }
            return total;
        }
    }

    Facets facets() {
        return new Facets(
                keywords(ListingDocument.BRAND),
                ranges(ListingDocument.PRICE),
                keywords(ListingDocument.CONDITION),
                ranges(ListingDocument.YEAR),
                keywords(ListingDocument.MATERIAL),
                ranges(ListingDocument.DIAMETER),
                keywords(ListingDocument.BOX_PAPERS),
                keywords(ListingDocument.CITY));
    }

    /** Most frequent first, then by value. */
    private List<FacetCount> keywords(String field) {
        return keywordCounts.get(field).entrySet().stream()
                .map(entry -> new FacetCount(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
                .toList();
    }

    /** Every range in its natural order, empty ones included. */
    private List<FacetCount> ranges(String field) {
        var ranges = FacetRanges.ALL.get(field);
        var counts = rangeCounts.get(field);
        var result = new ArrayList<FacetCount>(ranges.size());
        for (int i = 0; i < ranges.size(); i++) {
            result.add(new FacetCount(ranges.get(i).key(), counts[i]));
        }
        return result;
    }
}
