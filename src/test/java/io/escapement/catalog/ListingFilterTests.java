package io.escapement.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escapement.money.Money;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListingFilterTests {

    @Test
    void rejectsAnInvertedPriceRange() {
        assertThatThrownBy(() -> filter(200_000L, 100_000L, null, null))
                .isInstanceOf(InvalidListingQuery.class)
                .hasMessage("listingQuery.inverted.price")
                .satisfies(refused -> assertThat(((InvalidListingQuery) refused).getArguments())
                        .containsExactly(Money.yuan(200_000), Money.yuan(100_000)));
    }

    @Test
    void rejectsAnInvertedYearRange() {
        assertThatThrownBy(() -> filter(null, null, 2020, 2010))
                .isInstanceOf(InvalidListingQuery.class)
                .hasMessage("listingQuery.inverted.year");
    }

    @Test
    void rejectsNegativePrices() {
        assertThatThrownBy(() -> filter(-1L, null, null, null))
                .isInstanceOf(InvalidListingQuery.class)
                .hasMessage("listingQuery.negativePrice");
    }

    @Test
    void acceptsOpenAndEqualBounds() {
        assertThat(filter(100_000L, 100_000L, null, 2020).maxYear()).isEqualTo(2020);
        assertThat(filter(null, 5_000L, null, null).minPrice()).isNull();
    }

    @Test
    void keepsTheOtherFiltersWhenTheBrandChanges() {
        var filter = filter(1_000L, 9_000L, null, null).withBrands(Set.of("omega"));
        assertThat(filter.brands()).containsExactly("omega");
        assertThat(filter.maxPrice()).isEqualTo(Money.yuan(9_000));
    }

    @Test
    void limitsPageSizeAndNumber() {
        assertThatThrownBy(() -> new PageSpec(1, 10_000)).hasMessage("listingQuery.size");
        assertThatThrownBy(() -> new PageSpec(0, 24)).hasMessage("listingQuery.page");
        assertThat(new PageSpec(3, 24).offset()).isEqualTo(48);
        assertThat(new PageSpec(416, 24).page()).isEqualTo(416);
        assertThatThrownBy(() -> new PageSpec(417, 24))
                .hasMessage("listingQuery.page")
                .satisfies(refused -> assertThat(((InvalidListingQuery) refused).getArguments())
                        .containsExactly(416, 417, 10_000));
    }

    @Test
    void rejectsImplausibleDiameters() {
        assertThatThrownBy(() -> new ListingFilter(
                        Set.of(),
                        null,
                        null,
                        null,
                        Set.of(),
                        null,
                        null,
                        Set.of(),
                        null,
                        BigDecimal.valueOf(1_000_000_000),
                        Set.of(),
                        Set.of()))
                .isInstanceOf(InvalidListingQuery.class)
                .hasMessage("listingQuery.diameter");
    }

    private static ListingFilter filter(Long minPrice, Long maxPrice, Integer minYear, Integer maxYear) {
        return new ListingFilter(
                Set.of(),
                null,
                minPrice == null ? null : Money.yuan(minPrice),
                maxPrice == null ? null : Money.yuan(maxPrice),
                Set.of(),
                minYear,
                maxYear,
                Set.of(),
                BigDecimal.valueOf(36),
                null,
                Set.of(),
                Set.of());
    }
}
