package io.escapement.search;

import io.escapement.search.spi.SearchEngine.Facets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The eight facets of a search, in the order of {@link Facets}. Each is also one of the grid's
 * filters: keyword facets count values, ranged facets count listings into fixed ranges.
 */
enum Facet {
    BRAND(ListingDocument.BRAND, null),
    PRICE(ListingDocument.PRICE, FacetRanges.PRICES),
    CONDITION(ListingDocument.CONDITION, null),
    YEAR(ListingDocument.YEAR, FacetRanges.YEARS),
    MATERIAL(ListingDocument.MATERIAL, null),
    DIAMETER(ListingDocument.DIAMETER, FacetRanges.DIAMETERS),
    BOX_PAPERS(ListingDocument.BOX_PAPERS, null),
    CITY(ListingDocument.CITY, null);

    static final List<Facet> ALL = List.of(values());

    final String field;
    private final @Nullable List<FacetRanges.Range> ranges;

    Facet(String field, @Nullable List<FacetRanges.Range> ranges) {
        this.field = field;
        this.ranges = ranges;
    }

    boolean ranged() {
        return ranges != null;
    }

    /** The ranges of a ranged facet; empty for a keyword facet. */
    List<FacetRanges.Range> ranges() {
        return ranges == null ? List.of() : ranges;
    }
}
