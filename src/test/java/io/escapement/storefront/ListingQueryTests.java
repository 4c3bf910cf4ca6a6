package io.escapement.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.catalog.BoxAndPapers;
import io.escapement.money.Money;
import io.escapement.search.UnderstoodFilter;
import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A price band filters exactly the prices its facet counts: from its minimum to below its maximum; a
 * blank choice is no choice. Queries are bound from request parameters as Spring MVC binds them.
 */
class ListingQueryTests {

    @Test
    void aPriceBandStopsBelowItsMaximumAsItsFacetDoes() {
        var fiftyToHundred = bound("priceBand", "FROM_50K_TO_100K").filter();
        assertThat(fiftyToHundred.minPrice()).isEqualTo(Money.yuan(50_000));
        assertThat(fiftyToHundred.maxPrice()).isEqualTo(Money.fen(99_999_99));
        var hundredToTwoHundred = bound("priceBand", "FROM_100K_TO_200K").filter();
        assertThat(hundredToTwoHundred.minPrice()).isEqualTo(Money.yuan(100_000));
        var over = bound("priceBand", "OVER_500K").filter();
        assertThat(over.minPrice()).isEqualTo(Money.yuan(500_000));
        assertThat(over.maxPrice()).isNull();
    }

    @Test
    void explicitPricesWinOverTheBand() {
        var query = bound("priceBand", "UNDER_50K", "minPrice", "10000", "maxPrice", "60000");
        assertThat(query.filter().minPrice()).isEqualTo(Money.yuan(10_000));
        assertThat(query.filter().maxPrice()).isEqualTo(Money.yuan(60_000));
    }

    /** A blank parameter ({@code condition=%20}) binds to a list holding null. It once made a 500. */
    @Test
    void aBlankChoiceIsNoChoice() {
        var query = bound(
                "condition", " ", "material", "", "boxPapers", "FULL_SET", "boxPapers", " ", "brand", " ", "city", "");
        assertThat(query.condition()).isEmpty();
        assertThat(query.material()).isEmpty();
        assertThat(query.boxPapers()).containsExactly(BoxAndPapers.FULL_SET);
        assertThat(query.brand()).isEmpty();
        assertThat(query.city()).isEmpty();
        assertThat(query.filter().conditions()).isEmpty();
    }

    @Test
    void aChipsLinkIsTheSameUrlWithoutItsFilterAndTheWordsThatSaidIt() {
        var query = bound("q", "劳力士 10万以下 女表", "brand", "rolex", "minDiameter", "30", "page", "3");
        assertThat(query.urlWithout("/watches", new UnderstoodFilter("maxDiameter", "35.9", "女表")))
                .isEqualTo(url("/watches?q={q}&brand=rolex&minDiameter=30", "劳力士 10万以下"));
        assertThat(query.urlWithout("/watches", new UnderstoodFilter("maxPrice", "100000", "10万以下")))
                .isEqualTo(url("/watches?q={q}&brand=rolex&minDiameter=30", "劳力士 女表"));
        assertThat(bound("q", "劳力士10万以下", "maxPrice", "50000")
                        .urlWithout("/brands/rolex", new UnderstoodFilter("maxPrice", "100000", "10万以下")))
                .isEqualTo(url("/brands/rolex?q={q}", "劳力士"));
        assertThat(bound("q", "女表").urlWithout("/watches", new UnderstoodFilter("maxDiameter", "35.9", "女表")))
                .isEqualTo("/watches");
    }

    private static String url(String template, String q) {
        return UriComponentsBuilder.fromUriString(template)
                .encode()
                .buildAndExpand(q)
                .toUriString();
    }

    /** The query Spring MVC binds from these name-value pairs of request parameters. */
    private static ListingQuery bound(String... parameters) {
        var request = new MockHttpServletRequest();
        for (int i = 0; i < parameters.length; i += 2) {
            request.addParameter(parameters[i], parameters[i + 1]);
        }
        var binder = new ServletRequestDataBinder(null, "query");
        binder.setTargetType(ResolvableType.forClass(ListingQuery.class));
        binder.setConversionService(new DefaultFormattingConversionService());
        binder.construct(request);
        assertThat(binder.getBindingResult().hasErrors())
                .as("bound without errors: %s", binder.getBindingResult())
                .isFalse();
        return (ListingQuery) binder.getTarget();
    }
}
