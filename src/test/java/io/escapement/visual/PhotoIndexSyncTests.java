package io.escapement.visual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.escapement.catalog.BoxAndPapers;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.Condition;
import io.escapement.catalog.ListWatch;
import io.escapement.catalog.Listing;
import io.escapement.catalog.ListingPhotos;
import io.escapement.catalog.ListingStatus;
import io.escapement.catalog.SerialNumber;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The photo index follows the catalog's events: a listing that is reserved, sold or withdrawn
 * leaves the results; one that is released or published joins them.
 */
@SpringBootTest(properties = "escapement.test.context=photo-index-sync")
@AutoConfigureMockMvc
class PhotoIndexSyncTests {

    @Autowired
    Catalog catalog;

    @Autowired
    ListingPhotos photos;

    @Autowired
    ListingPhotoSync sync;

    @Autowired
    VisualIndex index;

    private final java.util.Map<Long, byte[]> queries = new java.util.HashMap<>();

    @BeforeEach
    void indexed() {
        sync.rebuild();
    }

    @Test
    void describesTheFrontAndTheThreeQuarterViewOfEveryListing() {
        var onSale = catalog.listings(catalog.onSaleIdsAfter(0, 10_000));
        assertThat(index.size())
                .isEqualTo(onSale.stream()
                        .mapToInt(listing -> Math.min(ListingPhotoSync.DESCRIBED_PHOTOS, listing.photoCount()))
                        .sum());
        var listing = onSale.stream()
                .filter(candidate -> candidate.photoCount() > 1)
                .findFirst()
                .orElseThrow();
        var threeQuarter =
                photos.jpeg(listing.id(), 1, ListingPhotos.Size.LARGE).orElseThrow();
        assertThat(index.nearest(PhotoDescriptor.describe(PhotoDecoder.decode(threeQuarter)), 1))
                .containsExactly(listing.id());
    }

    @Test
    void reservedAndSoldListingsLeaveTheResultsAndReleasedOnesComeBack() {
        long id = catalog.onSaleIdsAfter(1, 1).get(0);
        assertThat(found(id)).isTrue();

        assertThat(catalog.reserve(id)).isTrue();
        awaitFound(id, false);
        assertThat(catalog.release(id)).isTrue();
        awaitFound(id, true);
        assertThat(catalog.sell(id)).isTrue();
        awaitFound(id, false);
    }

    @Test
    void withdrawnListingsLeaveTheResults() {
        var listing = catalog.listings(catalog.onSaleIdsAfter(5, 1)).get(0);
        assertThat(found(listing.id())).isTrue();
        assertThat(catalog.withdraw(listing.merchantId(), listing.id())).isTrue();
        awaitFound(listing.id(), false);
    }

    @Test
    void publishedListingsJoinTheResults() {
        var reference = catalog.referenceByNumber("126610LV").orElseThrow();
        catalog.list(List.of(new ListWatch(
                reference.id(),
                1,
                new SerialNumber("PHOTOSYNC1"),
                2022,
                Condition.EXCELLENT,
                BoxAndPapers.FULL_SET,
                99_000,
                "上海",
                ListingStatus.ON_SALE,
                2,
                777_777L,
                "描述",
                "Description",
                false)));
        long id = catalog.listingsOf(1).stream()
                .filter(listing -> listing.reference().id() == reference.id())
                .mapToLong(Listing::id)
                .max()
                .orElseThrow();
        awaitFound(id, true);
    }

    private void awaitFound(long id, boolean expected) {
        await().atMost(Duration.ofSeconds(20)).until(() -> found(id) == expected);
    }

    /**
     * Whether the index itself (not only the search's final filter) returns the listing when its own
     * main photo, taken while it was on sale, is the query.
     */
    private boolean found(long id) {
        var photo = queries.computeIfAbsent(
                id, key -> photos.jpeg(key, 0, ListingPhotos.Size.LARGE).orElseThrow());
        return index.nearest(PhotoDescriptor.describe(PhotoDecoder.decode(photo)), 5)
                .contains(id);
    }
}
