package io.escapement.visual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.escapement.catalog.BoxAndPapers;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.Condition;
import io.escapement.catalog.ListWatch;
import io.escapement.catalog.Listing;
import io.escapement.catalog.ListingId;
import io.escapement.catalog.ListingPhotos;
import io.escapement.catalog.ListingStatus;
import io.escapement.catalog.SerialNumber;
import io.escapement.money.Money;
import io.escapement.party.MerchantId;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The photo index follows the catalog's events: a listing that is withdrawn leaves the index; one
 * that is published joins it. A held listing stays in the index, and photo search leaves it out
 * while the hold lasts.
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

    @Autowired
    PhotoSearch search;

    private final java.util.Map<ListingId, byte[]> queries = new java.util.HashMap<>();

    @BeforeEach
    void indexed() {
        sync.rebuild();
    }

    @Test
    void describesTheFrontAndTheThreeQuarterViewOfEveryListing() {
        var onSale = catalog.listings(catalog.onSaleIdsAfter(new ListingId(0), 10_000));
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
                .containsExactly(listing.id().value());
    }

    @Test
    void heldListingsStayInTheIndexAndPhotoSearchLeavesThemOut() {
        var listing =
                catalog.listings(catalog.onSaleIdsAfter(new ListingId(1), 1)).get(0);
        var query = photos.jpeg(listing.id(), 0, ListingPhotos.Size.LARGE).orElseThrow();
        assertThat(similar(query)).contains(listing.id());

        var buyer = UUID.randomUUID();
        assertThat(catalog.hold(listing.id(), buyer, Duration.ofMinutes(15))).isPresent();
        assertThat(similar(query)).as("held for a buyer who pays").doesNotContain(listing.id());
        assertThat(found(listing.id()))
                .as("the index keeps it for when the hold ends")
                .isTrue();
        assertThat(catalog.release(listing.id(), buyer)).isTrue();
        assertThat(similar(query)).contains(listing.id());
    }

    private List<ListingId> similar(byte[] query) {
        return search.similarTo(query, 5).stream().map(Listing::id).toList();
    }

    @Test
    void withdrawnListingsLeaveTheResults() {
        var listing =
                catalog.listings(catalog.onSaleIdsAfter(new ListingId(5), 1)).get(0);
        assertThat(found(listing.id())).isTrue();
        assertThat(catalog.withdraw(listing.merchantId(), listing.id())).isTrue();
        awaitFound(listing.id(), false);
    }

    @Test
    void publishedListingsJoinTheResults() {
        var reference = catalog.referenceByNumber("126610LV").orElseThrow();
        catalog.list(List.of(new ListWatch(
                reference.id(),
                new MerchantId(1),
                new SerialNumber("PHOTOSYNC1"),
                2022,
                Condition.EXCELLENT,
                BoxAndPapers.FULL_SET,
                Money.yuan(99_000),
                "上海",
                ListingStatus.ON_SALE,
                2,
                777_777L,
                "描述",
                "Description",
                false)));
        var id = catalog.listingsOf(new MerchantId(1)).stream()
                .filter(listing -> listing.reference().id().equals(reference.id()))
                .map(Listing::id)
                .max(java.util.Comparator.naturalOrder())
                .orElseThrow();
        awaitFound(id, true);
    }

    private void awaitFound(ListingId id, boolean expected) {
        await().atMost(Duration.ofSeconds(20)).until(() -> found(id) == expected);
    }

    /**
     * Whether the index itself (not only the search's final filter) returns the listing when its own
     * main photo, taken while it was on sale, is the query.
     */
    private boolean found(ListingId id) {
        var photo = queries.computeIfAbsent(
                id, key -> photos.jpeg(key, 0, ListingPhotos.Size.LARGE).orElseThrow());
        return index.nearest(PhotoDescriptor.describe(PhotoDecoder.decode(photo)), 5)
                .contains(id.value());
    }
}
