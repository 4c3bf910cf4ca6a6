package io.escapement.search;

import io.escapement.catalog.PriceBand;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed ranges of the numeric facets. Each range is {@code [min, max)}; keys are what the API
 * returns (price ranges are named after {@link PriceBand}s, so a facet value is a valid filter).
 */
final class FacetRanges {

    record Range(String key, long min, long max) {}

    static final List<Range> PRICES = prices();

    static final List<Range> YEARS = List.of(
            new Range("before-1990", Long.MIN_VALUE, 1990),
            new Range("1990-1999", 1990, 2000),
            new Range("2000-2009", 2000, 2010),
            new Range("2010-2019", 2010, 2020),
            new Range("2020-", 2020, Long.MAX_VALUE));

    /** In tenths of a millimetre, as the index keeps diameters. */
    static final List<Range> DIAMETERS = List.of(
            new Range("under-36", Long.MIN_VALUE, 360),
            new Range("36-39", 360, 400),
            new Range("40-42", 400, 430),
            new Range("43-", 430, Long.MAX_VALUE));

    private FacetRanges() {}

    private static List<Range> prices() {
        var ranges = new ArrayList<Range>();
        for (var band : PriceBand.values()) {
            ranges.add(new Range(
                    band.name(),
                    band.getMin() == null ? Long.MIN_VALUE : band.getMin().minor(),
                    band.getMax() == null ? Long.MAX_VALUE : band.getMax().minor()));
        }
        return List.copyOf(ranges);
    }

    /** The range holding {@code value}, or -1. */
    static int bucket(List<Range> ranges, long value) {
        for (int i = 0; i < ranges.size(); i++) {
            if (value >= ranges.get(i).min() && value < ranges.get(i).max()) {
                return i;
            }
        }
        return -1;
    }
}
