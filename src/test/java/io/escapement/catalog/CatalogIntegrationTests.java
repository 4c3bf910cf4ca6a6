package io.escapement.catalog;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

@ApplicationModuleTest(extraIncludes = "platform")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogIntegrationTests {

    @Autowired
    Catalog catalog;

    @Autowired
    ListingPhotos photos;

    WatchReference starbucks;
    WatchReference moonwatch;

    @BeforeAll
    void listSomeWatches() {
        starbucks = catalog.referenceByNumber("126610LV").orElseThrow();
        moonwatch = catalog.referenceByNumber("310.30.42.50.01.001").orElseThrow();
        catalog.list(List.of(
                aListing(starbucks)
                        .withPrice(110_000)
                        .withYear(2022)
                        .inCity("上海")
                        .featured()
                        .build(),
                aListing(starbucks)
                        .withPrice(95_000)
                        .withCondition(Condition.GOOD)
                        .withBoxAndPapers(BoxAndPapers.WATCH_ONLY)
                        .inCity("北京")
                        .build(),
                aListing(moonwatch)
                        .withPrice(38_000)
                        .withYear(2019)
                        .inCity("深圳")
                        .build(),
                aListing(moonwatch)
                        .withStatus(ListingStatus.DRAFT)
                        .withSerial("DRAFT001")
                        .build(),
                aListing(moonwatch).withStatus(ListingStatus.WITHDRAWN).build(),
                aListing(moonwatch)
                        .withStatus(ListingStatus.SOLD)
                        .withPrice(41_000)
                        .build()));
    }

    @Test
    void importsTheHandWrittenReferenceData() {
        assertThat(catalog.brands()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(catalog.references(Optional.empty())).hasSizeGreaterThanOrEqualTo(200);
        assertThat(starbucks.nicknamesZh()).contains("绿水鬼");
        assertThat(catalog.referenceByNumber("126610 lv")).contains(starbucks);
        assertThat(catalog.references(Optional.of("omega")))
                .allMatch(r -> r.brandSlug().equals("omega"));
    }

    @Test
    void showsOnlyListingsOnSaleInGrids() {
        var page = catalog.listings(ListingFilter.NONE, ListingSort.PRICE_ASC, new PageSpec(1, 100));
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(Listing::priceCny).containsExactly(38_000L, 95_000L, 110_000L);
    }

    @Test
    void filtersByBrandPriceConditionAndCity() {
        var rolex = ListingFilter.NONE.withBrands(Set.of("rolex"));
        assertThat(catalog.listings(rolex, ListingSort.NEWEST, new PageSpec(1, 10))
                        .total())
                .isEqualTo(2);
        var filter = new ListingFilter(
                Set.of("rolex"),
                null,
                100_000L,
                null,
                Set.of(Condition.EXCELLENT),
                2020,
                null,
                Set.of(CaseMaterial.STAINLESS_STEEL),
                BigDecimal.valueOf(40),
                BigDecimal.valueOf(42),
                Set.of(BoxAndPapers.FULL_SET),
                Set.of("上海"));
        var page = catalog.listings(filter, ListingSort.NEWEST, new PageSpec(1, 10));
        assertThat(page.items()).singleElement().satisfies(listing -> {
            assertThat(listing.priceCny()).isEqualTo(110_000);
            assertThat(listing.city()).isEqualTo("上海");
        });
        var nothing = new ListingFilter(
                Set.of(), null, null, null, Set.of(), null, null, Set.of(), null, null, Set.of(), Set.of("拉萨"));
        assertThat(catalog.listings(nothing, ListingSort.NEWEST, new PageSpec(1, 10))
                        .items())
                .isEmpty();
    }

    @Test
    void pagesThroughResults() {
        var first = catalog.listings(ListingFilter.NONE, ListingSort.PRICE_DESC, new PageSpec(1, 2));
        var second = catalog.listings(ListingFilter.NONE, ListingSort.PRICE_DESC, new PageSpec(2, 2));
        assertThat(first.totalPages()).isEqualTo(2);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.hasNext()).isFalse();
        assertThat(second.items()).extracting(Listing::priceCny).containsExactly(38_000L);
    }

    @Test
    void rejectsUnknownBrandsAndReferences() {
        assertThatThrownBy(() -> catalog.listings(
                        ListingFilter.NONE.withBrands(Set.of("rolexx")), ListingSort.NEWEST, new PageSpec(1, 10)))
                .isInstanceOf(InvalidListingQuery.class)
                .hasMessageContaining("no brand 'rolexx'");
    }

    @Test
    void hidesDraftsAndWithdrawnListingsButShowsSoldOnes() {
        var all = catalog.listings(ListingFilter.NONE, ListingSort.NEWEST, new PageSpec(1, 100));
        long maxId = all.items().stream().mapToLong(Listing::id).max().orElseThrow();
        var statuses = java.util.stream.LongStream.rangeClosed(1, maxId + 3)
                .mapToObj(catalog::listing)
                .flatMap(Optional::stream)
                .map(Listing::status)
                .toList();
        assertThat(statuses).contains(ListingStatus.SOLD).doesNotContain(ListingStatus.DRAFT, ListingStatus.WITHDRAWN);
    }

    @Test
    void masksSerialNumbers() {
        var listing = catalog.featured(10).get(0);
        assertThat(listing.maskedSerial()).isEqualTo("****0001");
    }

    @Test
    void drawsListingPhotosAsJpeg() {
        var listing = catalog.featured(1).get(0);
        var jpeg = photos.jpeg(listing.id(), 0, ListingPhotos.Size.THUMBNAIL).orElseThrow();
        assertThat(jpeg).startsWith((byte) 0xFF, (byte) 0xD8);
        assertThat(photos.jpeg(listing.id(), 0, ListingPhotos.Size.THUMBNAIL))
                .hasValueSatisfying(again -> assertThat(again).isEqualTo(jpeg));
        assertThat(photos.jpeg(listing.id(), 3, ListingPhotos.Size.THUMBNAIL)).isEmpty();
        assertThat(photos.jpeg(listing.id(), -1, ListingPhotos.Size.LARGE)).isEmpty();
        assertThat(photos.jpeg(Long.MAX_VALUE, 0, ListingPhotos.Size.LARGE)).isEmpty();
    }
}
