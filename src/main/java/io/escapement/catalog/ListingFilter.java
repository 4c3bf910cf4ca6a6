package io.escapement.catalog;

import io.escapement.money.Money;
import java.math.BigDecimal;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Filters of a listing grid; every field is optional and empty collections mean "any".
 *
 * @throws InvalidListingQuery when a range is inverted or negative
 */
public record ListingFilter(
        Set<String> brands,
        @Nullable ReferenceId referenceId,
        @Nullable Money minPrice,
        @Nullable Money maxPrice,
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
        for (var bound : java.util.Arrays.asList(minPrice, maxPrice)) {
            if (bound != null && bound.isNegative()) {
                throw new InvalidListingQuery("listingQuery.negativePrice");
            }
        }
        for (var bound : java.util.Arrays.asList(minDiameter, maxDiameter)) {
            if (bound != null && (bound.signum() < 0 || bound.compareTo(MAX_DIAMETER) > 0)) {
                throw new InvalidListingQuery("listingQuery.diameter", MAX_DIAMETER);
            }
        }
    }

    /** This filter for another price range (either end open when null). */
    public ListingFilter withPrices(@Nullable Money min, @Nullable Money max) {
        return new ListingFilter(
                brands,
                referenceId,
                min,
                max,
                conditions,
                minYear,
                maxYear,
                materials,
                minDiameter,
                maxDiameter,
                boxAndPapers,
                cities);
    }

    public ListingFilter withReference(ReferenceId reference) {
        return new ListingFilter(
                brands,
                reference,
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

    private static <T extends Comparable<T>> void requireOrdered(String what, @Nullable T min, @Nullable T max) {
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new InvalidListingQuery("listingQuery.inverted." + what, min, max);
        }
    }
}
