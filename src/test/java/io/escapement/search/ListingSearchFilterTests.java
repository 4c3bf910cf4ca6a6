package io.escapement.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.escapement.catalog.BoxAndPapers;
import io.escapement.catalog.CaseMaterial;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.Condition;
import io.escapement.catalog.InvalidListingQuery;
import io.escapement.catalog.ListWatch;
import io.escapement.catalog.Listing;
import io.escapement.catalog.ListingFilter;
import io.escapement.catalog.ListingSort;
import io.escapement.catalog.ListingStatus;
import io.escapement.catalog.PageSpec;
import io.escapement.catalog.SerialNumber;
import io.escapement.money.Money;
import io.escapement.party.MerchantId;
import io.escapement.search.spi.Availability;
import io.escapement.search.spi.FacetCount;
import io.escapement.vault.SubjectId;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.PublishedEvents;

/** The grid's filters, sort, pages and facets on a small catalog of its own (no demo data). */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListingSearchFilterTests {

    @Autowired
    Catalog catalog;

    @Autowired
    ListingSearch search;

    static ListWatch watch(
            String reference,
            Catalog catalog,
            long price,
            int year,
            Condition condition,
            BoxAndPapers boxPapers,
            String city,
            ListingStatus status) {
        return new ListWatch(
                catalog.referenceByNumber(reference).orElseThrow().id(),
                new MerchantId(1),
                new SerialNumber("FILTER" + price),
                year,
                condition,
                boxPapers,
                Money.yuan(price),
                city,
                status,
                1,
                1,
                "",
                "",
                false);
    }

    @BeforeAll
    void listSomeWatches() {
        catalog.list(List.of(
                watch(
                        "126610LV",
                        catalog,
                        110_000,
                        2022,
                        Condition.EXCELLENT,
                        BoxAndPapers.FULL_SET,
                        "上海",
                        ListingStatus.ON_SALE),
                watch(
                        "126610LV",
                        catalog,
                        95_000,
                        2021,
                        Condition.GOOD,
                        BoxAndPapers.WATCH_ONLY,
                        "北京",
                        ListingStatus.ON_SALE),
                watch(
                        "310.30.42.50.01.001",
                        catalog,
                        38_000,
                        2019,
                        Condition.EXCELLENT,
                        BoxAndPapers.FULL_SET,
                        "深圳",
                        ListingStatus.ON_SALE),
                watch(
                        "310.30.42.50.01.001",
                        catalog,
                        37_000,
                        2019,
                        Condition.EXCELLENT,
                        BoxAndPapers.FULL_SET,
                        "深圳",
                        ListingStatus.DRAFT),
                watch(
                        "310.30.42.50.01.001",
                        catalog,
                        41_000,
                        2019,
                        Condition.EXCELLENT,
                        BoxAndPapers.FULL_SET,
                        "深圳",
                        ListingStatus.SOLD)));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> page(ListingFilter.NONE, Availability.ALL, ListingSort.NEWEST, 1, 10)
                                .total()
                        == 4);
    }

    io.escapement.catalog.ListingPage page(
            ListingFilter filter, Availability availability, ListingSort sort, int page, int size) {
        return search.search("", filter, availability, sort, new PageSpec(page, size))
                .page();
    }

    @Test
    void showsOnlyListingsOnSaleUnlessSoldOnesAreAskedFor() {
        var page = page(ListingFilter.NONE, Availability.ON_SALE, ListingSort.PRICE_ASC, 1, 100);
        assertThat(page.items()).extracting(ListingSearchFilterTests::yuan).containsExactly(38_000L, 95_000L, 110_000L);
        assertThat(page(ListingFilter.NONE, Availability.SOLD, ListingSort.NEWEST, 1, 10)
                        .items())
                .extracting(ListingSearchFilterTests::yuan)
                .containsExactly(41_000L);
    }

    @Test
    void filtersByBrandPriceConditionYearMaterialDiameterBoxPapersAndCity() {
        var filter = new ListingFilter(
                Set.of("rolex"),
                null,
                Money.yuan(100_000),
                null,
                Set.of(Condition.EXCELLENT),
                2020,
                null,
                Set.of(CaseMaterial.STAINLESS_STEEL),
                BigDecimal.valueOf(40),
                BigDecimal.valueOf(42),
                Set.of(BoxAndPapers.FULL_SET),
                Set.of("上海"));
        assertThat(page(filter, Availability.ON_SALE, ListingSort.NEWEST, 1, 10).items())
                .singleElement()
                .satisfies(listing -> assertThat(listing.price()).isEqualTo(Money.yuan(110_000)));
        var nowhere = new ListingFilter(
                Set.of(), null, null, null, Set.of(), null, null, Set.of(), null, null, Set.of(), Set.of("拉萨"));
        assertThat(page(nowhere, Availability.ON_SALE, ListingSort.NEWEST, 1, 10)
                        .items())
                .isEmpty();
    }

    @Test
    void pagesThroughResults() {
        var first = page(ListingFilter.NONE, Availability.ON_SALE, ListingSort.PRICE_DESC, 1, 2);
        var second = page(ListingFilter.NONE, Availability.ON_SALE, ListingSort.PRICE_DESC, 2, 2);
        assertThat(first.totalPages()).isEqualTo(2);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.hasNext()).isFalse();
        assertThat(second.items()).extracting(ListingSearchFilterTests::yuan).containsExactly(38_000L);
    }

    @Test
    void countsFacetsOfAllMatches() {
        var facets = search.search("", ListingFilter.NONE, Availability.ON_SALE, ListingSort.NEWEST, new PageSpec(1, 1))
                .facets();
        assertThat(facets.brands()).containsExactly(new FacetCount("rolex", 2), new FacetCount("omega", 1));
        assertThat(facets.priceBands())
                .contains(
                        new FacetCount("UNDER_50K", 1),
                        new FacetCount("FROM_50K_TO_100K", 1),
                        new FacetCount("FROM_100K_TO_200K", 1));
        assertThat(facets.years()).contains(new FacetCount("2020-", 2), new FacetCount("2010-2019", 1));
        assertThat(facets.cities()).extracting(FacetCount::value).containsExactlyInAnyOrder("上海", "北京", "深圳");
        assertThat(facets.diameters()).contains(new FacetCount("40-42", 3));
        assertThat(search.cities()).containsExactlyInAnyOrder("上海", "北京", "深圳");
        var rolex = search.search(
                "绿水鬼", ListingFilter.NONE, Availability.ON_SALE, ListingSort.RELEVANCE, new PageSpec(1, 10));
        assertThat(rolex.page().total()).isEqualTo(2);
        assertThat(rolex.facets().conditions())
                .containsExactlyInAnyOrder(new FacetCount("EXCELLENT", 1), new FacetCount("GOOD", 1));
    }

    @Test
    void countsEachFacetWithEveryFilterButItsOwn() {
        var rolex = ListingFilter.NONE.withBrands(Set.of("rolex"));
        var found = search.search("", rolex, Availability.ON_SALE, ListingSort.NEWEST, new PageSpec(1, 10));
        assertThat(found.page().total()).isEqualTo(2);
        assertThat(found.facets().brands()).containsExactly(new FacetCount("rolex", 2), new FacetCount("omega", 1));
        assertThat(found.facets().conditions())
                .containsExactlyInAnyOrder(new FacetCount("EXCELLENT", 1), new FacetCount("GOOD", 1));

        var excellentRolexOver100k = brandPriceCondition("rolex", 100_000L, Condition.EXCELLENT);
        var narrowed = search.search(
                "", excellentRolexOver100k, Availability.ON_SALE, ListingSort.NEWEST, new PageSpec(1, 10));
        assertThat(narrowed.page().total()).isEqualTo(1);
        assertThat(narrowed.page().items())
                .extracting(ListingSearchFilterTests::yuan)
                .containsExactly(110_000L);
        assertThat(narrowed.facets().brands()).containsExactly(new FacetCount("rolex", 1));
        assertThat(narrowed.facets().conditions()).containsExactly(new FacetCount("EXCELLENT", 1));
        assertThat(narrowed.facets().priceBands())
                .contains(new FacetCount("FROM_50K_TO_100K", 0), new FacetCount("FROM_100K_TO_200K", 1));
        assertThat(narrowed.facets().cities()).containsExactly(new FacetCount("上海", 1));

        var sideways = search.search(
                "",
                brandPriceCondition("rolex", null, Condition.EXCELLENT),
                Availability.ON_SALE,
                ListingSort.NEWEST,
                new PageSpec(1, 10));
        assertThat(sideways.page().total()).isEqualTo(1);
        assertThat(sideways.facets().brands()).containsExactly(new FacetCount("omega", 1), new FacetCount("rolex", 1));
        assertThat(sideways.facets().conditions())
                .containsExactlyInAnyOrder(new FacetCount("EXCELLENT", 1), new FacetCount("GOOD", 1));
        assertThat(sideways.facets().priceBands())
                .contains(new FacetCount("FROM_50K_TO_100K", 0), new FacetCount("FROM_100K_TO_200K", 1));
    }

    private static ListingFilter brandPriceCondition(String brand, Long minPrice, Condition condition) {
        return new ListingFilter(
                Set.of(brand),
                null,
                minPrice == null ? null : Money.yuan(minPrice),
                null,
                Set.of(condition),
                null,
                null,
                Set.of(),
                null,
                null,
                Set.of(),
                Set.of());
    }

    @Test
    void publishesASearchTypedByAShopperOnceItAnswersAndNoOther(PublishedEvents events) {
        var shopper = new Shopper(SubjectId.random(), null);
        var page = new PageSpec(1, 10);
        var found = search.search(
                "劳力士 10万以下", ListingFilter.NONE, Availability.ON_SALE, ListingSort.RELEVANCE, page, shopper);
        search.search(" ", ListingFilter.NONE, Availability.ON_SALE, ListingSort.RELEVANCE, page, shopper);
        search.search("劳力士", ListingFilter.NONE, Availability.ON_SALE, ListingSort.RELEVANCE, page);
        assertThatThrownBy(() -> search.search(
                        "劳力士",
                        ListingFilter.NONE.withBrands(Set.of("rolexx")),
                        Availability.ON_SALE,
                        ListingSort.RELEVANCE,
                        page,
                        shopper))
                .isInstanceOf(InvalidListingQuery.class);

        assertThat(events.ofType(ListingsSearched.class)).singleElement().satisfies(searched -> {
            assertThat(searched.query()).isEqualTo("劳力士 10万以下");
            assertThat(searched.shopper()).isEqualTo(shopper);
            assertThat(searched.toString()).doesNotContain("劳力士");
        });
        assertThat(found.understood()).containsExactly(new UnderstoodFilter("maxPrice", "100000", "10万以下"));
        assertThat(found.page().items())
                .isNotEmpty()
                .allSatisfy(listing -> assertThat(listing.price().wholeUnits()).isLessThanOrEqualTo(100_000));
    }

    @Test
    void rejectsUnknownBrandsAndReferences() {
        assertThatThrownBy(() -> page(
                        ListingFilter.NONE.withBrands(Set.of("rolexx")),
                        Availability.ON_SALE,
                        ListingSort.NEWEST,
                        1,
                        10))
                .isInstanceOf(InvalidListingQuery.class)
                .hasMessage("listingQuery.unknownBrand")
                .satisfies(refused -> assertThat(((InvalidListingQuery) refused).getArguments())
                        .containsExactly("rolexx"));
    }

    private static long yuan(Listing listing) {
        return listing.price().wholeUnits();
    }
}
