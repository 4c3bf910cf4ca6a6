package io.escapement.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.catalog.BoxAndPapers;
import io.escapement.catalog.CaseMaterial;
import io.escapement.catalog.Condition;
import io.escapement.catalog.PriceBand;
import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * A price band filters exactly the prices its facet counts: from its minimum to below its maximum; a
 * blank choice is no choice.
 */
class ListingQueryTests {

    @Test
    void aPriceBandStopsBelowItsMaximumAsItsFacetDoes() {
        var fiftyToHundred = band(PriceBand.FROM_50K_TO_100K).filter();
        assertThat(fiftyToHundred.minPrice()).isEqualTo(50_000L);
        assertThat(fiftyToHundred.maxPrice()).isEqualTo(99_999L);
        var hundredToTwoHundred = band(PriceBand.FROM_100K_TO_200K).filter();
        assertThat(hundredToTwoHundred.minPrice()).isEqualTo(100_000L);
        var over = band(PriceBand.OVER_500K).filter();
        assertThat(over.minPrice()).isEqualTo(500_000L);
        assertThat(over.maxPrice()).isNull();
    }

    @Test
    void explicitPricesWinOverTheBand() {
        var query = new ListingQuery(
                null,
                null,
                null,
                null,
                PriceBand.UNDER_50K,
                10_000L,
                60_000L,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertThat(query.filter().minPrice()).isEqualTo(10_000L);
        assertThat(query.filter().maxPrice()).isEqualTo(60_000L);
    }

    /** What a blank parameter ({@code condition=%20}) binds to: a list holding null. It once made a 500. */
    @Test
    void aBlankChoiceIsNoChoice() {
        var blank = Collections.<Condition>singletonList(null);
        var query = new ListingQuery(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                blank,
                null,
                null,
                Collections.<CaseMaterial>singletonList(null),
                null,
                null,
                Arrays.asList(BoxAndPapers.FULL_SET, null),
                null,
                null,
                null,
                null);
        assertThat(query.condition()).isEmpty();
        assertThat(query.material()).isEmpty();
        assertThat(query.boxPapers()).containsExactly(BoxAndPapers.FULL_SET);
        assertThat(query.filter().conditions()).isEmpty();
    }

    private static ListingQuery band(PriceBand band) {
        return new ListingQuery(
                null, null, null, null, band, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }
}
