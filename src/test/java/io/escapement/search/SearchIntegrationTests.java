package io.escapement.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.catalog.BoxAndPapers;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.Condition;
import io.escapement.catalog.ListWatch;
import io.escapement.catalog.ListingFilter;
import io.escapement.catalog.ListingId;
import io.escapement.catalog.ListingSort;
import io.escapement.catalog.ListingStatus;
import io.escapement.catalog.PageSpec;
import io.escapement.catalog.SerialNumber;
import io.escapement.money.Money;
import io.escapement.party.MerchantId;
import io.escapement.search.spi.Availability;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The index follows the catalog's events, and the storefront and API search through it. */
@SpringBootTest
@AutoConfigureMockMvc
class SearchIntegrationTests {

    static final MerchantId MERCHANT = new MerchantId(1);

    @Autowired
    Catalog catalog;

    @Autowired
    ListingSearch search;

    @Autowired
    SearchIndexer indexer;

    @Autowired
    MockMvc mvc;

    ListingId list(String referenceNumber, long price, String serial) {
        return list(referenceNumber, price, serial, ListingStatus.ON_SALE);
    }

    ListingId list(String referenceNumber, long price, String serial, ListingStatus status) {
        var reference = catalog.referenceByNumber(referenceNumber).orElseThrow();
        catalog.list(List.of(new ListWatch(
                reference.id(),
                MERCHANT,
                new SerialNumber(serial),
                2021,
                Condition.EXCELLENT,
                BoxAndPapers.FULL_SET,
                Money.yuan(price),
                "上海",
                status,
                3, // like every listing, since other tests of this shared context may open it
                7,
                "",
                "",
                false)));
        return catalog.listingsOf(MERCHANT).stream()
                .filter(listing -> listing.price().equals(Money.yuan(price)))
                .findFirst()
                .orElseThrow()
                .id();
    }

    List<ListingId> found(String text, long price, Availability availability) {
        var filter = ListingFilter.NONE.withPrices(Money.yuan(price), Money.yuan(price));
        return search
                .search(text, filter, availability, ListingSort.RELEVANCE, new PageSpec(1, 10))
                .page()
                .items()
                .stream()
                .map(io.escapement.catalog.Listing::id)
                .toList();
    }

    void eventually(Runnable assertion) {
        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(10))
                .untilAsserted(assertion::run);
    }

    @Test
    void followsPublishRepriceHoldReleaseAndWithdraw() {
        var id = list("126610LV", 123_457, "SYNC0001");
        eventually(() -> assertThat(found("绿水鬼", 123_457, Availability.ON_SALE)).containsExactly(id));

        assertThat(catalog.reprice(MERCHANT, id, Money.yuan(123_458))).isTrue();
        eventually(() ->
                assertThat(found("126610 LV", 123_458, Availability.ON_SALE)).containsExactly(id));
        assertThat(found("126610LV", 123_457, Availability.ON_SALE)).isEmpty();

        var buyer = UUID.randomUUID();
        assertThat(catalog.hold(id, buyer, Duration.ofMinutes(15))).isPresent();
        eventually(() -> assertThat(found("", 123_458, Availability.ALL)).isEmpty());
        assertThat(catalog.release(id, buyer)).isTrue();
        eventually(() -> assertThat(found("", 123_458, Availability.ON_SALE)).containsExactly(id));

        var sold = list("126610LV", 123_460, "SYNC0003", ListingStatus.SOLD);
        eventually(() -> assertThat(found("", 123_460, Availability.SOLD)).containsExactly(sold));
        assertThat(found("", 123_460, Availability.ON_SALE))
                .as("sold ones only on request")
                .isEmpty();

        var other = list("116500LN", 123_459, "SYNC0002");
        eventually(() -> assertThat(found("熊猫迪", 123_459, Availability.ON_SALE)).containsExactly(other));
        assertThat(catalog.withdraw(MERCHANT, other)).isTrue();
        eventually(() -> assertThat(found("", 123_459, Availability.ALL)).isEmpty());
    }

    @Test
    void aLapsedHoldIsSearchableAgainWithoutAnEvent() {
        var id = list("126610LN", 123_461, "LAPSE001");
        eventually(() -> assertThat(found("黑水鬼", 123_461, Availability.ON_SALE)).containsExactly(id));
        var hold = catalog.hold(id, UUID.randomUUID(), Duration.ofSeconds(2)).orElseThrow();
        eventually(() -> assertThat(found("黑水鬼", 123_461, Availability.ON_SALE)).isEmpty());
        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> found("黑水鬼", 123_461, Availability.ON_SALE).contains(id));
        assertThat(Instant.now()).as("never found while held").isAfterOrEqualTo(hold.until());
    }

    @Test
    void aPriceChangeIsSearchableWithinOneSecond() {
        var id = list("126710BLRO", 223_457, "FRESH001");
        eventually(() -> assertThat(found("百事圈", 223_457, Availability.ON_SALE)).containsExactly(id));
        long started = System.nanoTime();
        assertThat(catalog.reprice(MERCHANT, id, Money.yuan(223_458))).isTrue();
        await().atMost(Duration.ofSeconds(1))
                .pollInterval(Duration.ofMillis(5))
                .until(() -> found("百事圈", 223_458, Availability.ON_SALE).contains(id));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("Freshness: a price change was searchable after " + millis + " ms");
        assertThat(millis).isLessThan(1000);
    }

    @Test
    void rebuildIndexesEveryListingOnSaleOrSold() {
        long count = indexer.rebuild();
        assertThat(count).isPositive();
        var all = search.search("", ListingFilter.NONE, Availability.ALL, ListingSort.NEWEST, new PageSpec(1, 1));
        assertThat(all.page().total()).isEqualTo(count);
    }

    @Test
    void hostileQueriesGetFastAnswersNeverErrors() throws Exception {
        var hostile = List.of(
                "x".repeat(1000),
                "劳".repeat(1000),
                "*:*",
                "brand:rolex",
                "\"unbalanced",
                "(((",
                "a AND OR NOT",
                "\u0000\u0001\u001f\u007f",
                "😀⌚🕰",
                "",
                "   ",
                "\\",
                "rolex~2^10",
                "126610LV".repeat(120));
        for (var warmUp : List.of("/api/v1/listings", "/watches", "/api/v1/search/suggest")) {
            mvc.perform(get(warmUp).param("q", "rolex")).andExpect(status().isOk());
        }
        for (var q : hostile) {
            long started = System.nanoTime();
            mvc.perform(get("/api/v1/listings").param("q", q))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items").isArray());
            mvc.perform(get("/watches").param("q", q)).andExpect(status().isOk());
            mvc.perform(get("/api/v1/search/suggest").param("q", q)).andExpect(status().isOk());
            assertThat((System.nanoTime() - started) / 1_000_000).as(q).isLessThan(2_000);
        }
    }

    @Test
    void apiSearchesWithFacetsAndRejectsInvalidInput() throws Exception {
        mvc.perform(get("/api/v1/listings").param("q", "劳力士"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].brand", everyItem(is("rolex"))))
                .andExpect(jsonPath("$.facets.brands[0].value").value("rolex"))
                .andExpect(jsonPath("$.facets.priceBands.length()").value(5))
                .andExpect(jsonPath("$.facets.years.length()").value(5));
        mvc.perform(get("/api/v1/listings").param("q", "rolex").param("sort", "PRICE_ASC"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/listings").param("brand", "rolex"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].brand", everyItem(is("rolex"))))
                .andExpect(jsonPath("$.facets.brands[*].value", hasItem("omega")));
        var page = mvc.perform(get("/watches").param("brand", "rolex"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .as("the other brands keep their counts beside a chosen brand")
                .containsPattern("(?s)value=\"omega\"(?:(?!<label).)*class=\"facet-count\">\\([1-9]\\d*\\)");
        for (var bad : List.of("page=-1", "size=0", "status=LOST", "sort=BEST")) {
            var pair = bad.split("=");
            mvc.perform(get("/api/v1/listings").param("q", "rolex").param(pair[0], pair[1]))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void suggestsAsYouType() throws Exception {
        mvc.perform(get("/api/v1/search/suggest").param("q", "劳力"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suggestions[0].text").value("劳力士"))
                .andExpect(jsonPath("$.suggestions[0].kind").value("BRAND"));
        mvc.perform(get("/api/v1/search/suggest").param("q", "绿"))
                .andExpect(jsonPath("$.suggestions[*].text", hasItem("绿水鬼")));
        // with nothing typed a visitor is offered popular searches only (ADR 0018)
        mvc.perform(get("/api/v1/search/suggest"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suggestions[*].source", everyItem(is("POPULAR"))));
    }

    @Test
    void theStorefrontGridSearchesAndShowsTheSearchBox() throws Exception {
        mvc.perform(get("/watches").param("q", "绿水鬼"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"search-input\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"绿水鬼\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("class=\"facet-count\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/js/search.js")));
    }
}
