package io.escapement.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Filters of a listing grid; every field is optional and empty collections mean "any".
 *
 * @throws InvalidListingQuery when a range is inverted or negative
 */
public record ListingFilter(
        Set<String> brands,
        @Nullable Long referenceId,
        @Nullable Long minPrice,
        @Nullable Long maxPrice,
        Set<Condition> conditions,
        @Nullable Integer minYear,
        @Nullable Integer maxYear,
        Set<CaseMaterial> materials,
        @Nullable BigDecimal minDiameter,
        @Nullable BigDecimal maxDiameter,
        Set<BoxAndPapers> boxAndPapers,
        Set<String> cities) {

    static final BigDecimal MAX_DIAMETER = BigDecimal.valueOf(100);

    public static final ListingFilter NONE = new ListingFilter(
            Set.of(), null, null, null, Set.of(), null, null, Set.of(), null, null, Set.of(), Set.of());

    public ListingFilter {
        brands = Set.copyOf(brands);
        conditions = Set.copyOf(conditions);
        materials = Set.copyOf(materials);
        boxAndPapers = Set.copyOf(boxAndPapers);
        cities = Set.copyOf(cities);
        requireOrdered("price", minPrice, maxPrice);
        requireOrdered("year", minYear, maxYear);
        requireOrdered("diameter", minDiameter, maxDiameter);
        for (var bound : List.of(nonNull(minPrice), nonNull(maxPrice))) {
            if (bound < 0) {
                throw new InvalidListingQuery("listingQuery.negativePrice");
            }
        }
        for (var bound : java.util.Arrays.asList(minDiameter, maxDiameter)) {
            if (bound != null && (bound.signum() < 0 || bound.compareTo(MAX_DIAMETER) > 0)) {
                throw new InvalidListingQuery("listingQuery.diameter", MAX_DIAMETER);
            }
        }
    }

    public ListingFilter withBrands(Set<String> slugs) {
        return new ListingFilter(
                slugs,
                referenceId,
                minPrice,
                maxPrice,
                conditions,
                minYear,
                maxYear,
                materials,
                minDiameter,
                maxDiameter,
                boxAndPapers,
                cities);
    }

    private static long nonNull(@Nullable Long value) {
        return value == null ? 0 : value;
    }

    private static <T extends Comparable<T>> void requireOrdered(String what, @Nullable T min, @Nullable T max) {
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new InvalidListingQuery("listingQuery.inverted." + what, min, max);
        }
    }
}
