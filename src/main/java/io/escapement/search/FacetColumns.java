package io.escapement.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The facet fields of one index segment, read once from doc values into arrays indexed by
 * document: an ordinal per keyword facet (-1 when missing) with the values the ordinals stand for,
 * and a number and its range per ranged facet. Counting facets then costs a few array reads per
 * match, and so does ordering by price or year ({@link ColumnOrder}), with the listing ids also
 * held. Segments never change, so the columns of a segment are kept as long as the segment lives
 * ({@link Cache}); about 64 bytes per listing.
 */
final class FacetColumns {

    /** Per facet, the bucket of each document: its keyword's ordinal or its range; -1 for none. */
    private final int[][] buckets = new int[Facet.ALL.size()][];

    private final String[][] values = new String[Facet.ALL.size()][];
    private final long[][] numbers = new long[Facet.ALL.size()][];
    private final long[] ids;

    private FacetColumns(LeafReader reader) throws IOException {
        int size = reader.maxDoc();
        ids = new long[size];
        var idColumn = DocValues.getSortedNumeric(reader, ListingDocument.ID);
        for (int doc = idColumn.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = idColumn.nextDoc()) {
            ids[doc] = idColumn.nextValue();
        }
        for (var facet : Facet.ALL) {
            int f = facet.ordinal();
            buckets[f] = new int[size];
            Arrays.fill(buckets[f], -1);
            if (facet.ranged()) {
                numbers[f] = new long[size];
                var column = DocValues.getSortedNumeric(reader, facet.field);
                for (int doc = column.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = column.nextDoc()) {
                    numbers[f][doc] = column.nextValue();
                    buckets[f][doc] = FacetRanges.bucket(facet.ranges(), numbers[f][doc]);
                }
            } else {
                var column = DocValues.getSortedSet(reader, facet.field);
                values[f] = new String[(int) column.getValueCount()];
                for (int ord = 0; ord < values[f].length; ord++) {
                    values[f][ord] = column.lookupOrd(ord).utf8ToString();
                }
                for (int doc = column.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = column.nextDoc()) {
                    buckets[f][doc] = (int) column.nextOrd();
                }
            }
        }
    }

    /**
     * The buckets documents fall in for this facet, by document: the ordinal of a keyword, or the
     * index of a range; -1 for none. Not to be changed.
     */
    int[] buckets(Facet facet) {
        return buckets[facet.ordinal()];
    }

    /** The listing id of a document. */
    long id(int doc) {
        return ids[doc];
    }

    /** The number of a document for a ranged facet (price, year, diameter). */
    long number(Facet facet, int doc) {
        return numbers[facet.ordinal()][doc];
    }

    /** How many buckets this facet has in this segment. */
    int bucketCount(Facet facet) {
        return facet.ranged() ? facet.ranges().size() : values[facet.ordinal()].length;
    }

    /** The facet value a bucket stands for. */
    String value(Facet facet, int bucket) {
        return facet.ranged() ? facet.ranges().get(bucket).key() : values[facet.ordinal()][bucket];
    }

    /**
     * A test of this segment's documents against the narrowing, as Lucene's filter would do it
     * (every listing has every facet field, see {@link ListingDocument}).
     */
    IntPredicate test(Narrowing narrowing) {
        int f = narrowing.facet().ordinal();
        if (narrowing.facet().ranged()) {
            var column = numbers[f];
            return doc -> narrowing.accepts(column[doc]);
        }
        var accepted = new boolean[values[f].length];
        for (int ordinal = 0; ordinal < accepted.length; ordinal++) {
            accepted[ordinal] = narrowing.accepts(values[f][ordinal]);
        }
        var column = buckets[f];
        return doc -> column[doc] >= 0 && accepted[column[doc]];
    }

    /** The columns of every open segment, dropped when the segment is closed. */
    static final class Cache {

        private final Map<Object, FacetColumns> bySegment = new ConcurrentHashMap<>();

        FacetColumns of(LeafReader reader) {
            var helper = reader.getCoreCacheHelper();
            if (helper == null) {
                return load(reader);
            }
            var columns = bySegment.get(helper.getKey());
            if (columns == null) {
                columns = load(reader);
                if (bySegment.putIfAbsent(helper.getKey(), columns) == null) {
                    helper.addClosedListener(bySegment::remove);
                }
            }
            return columns;
        }

        private static FacetColumns load(LeafReader reader) {
            try {
                return new FacetColumns(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
