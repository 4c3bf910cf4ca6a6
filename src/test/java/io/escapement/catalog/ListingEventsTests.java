package io.escapement.catalog;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escapement.catalog.ListingEvents.ListingHeld;
import io.escapement.catalog.ListingEvents.ListingPhotosChanged;
import io.escapement.catalog.ListingEvents.ListingReleased;
import io.escapement.catalog.ListingEvents.ListingRepriced;
import io.escapement.catalog.ListingEvents.ListingWithdrawn;
import io.escapement.catalog.ListingEvents.ListingsPublished;
import io.escapement.money.Money;
import io.escapement.party.MerchantId;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;

/** Every change of a listing that a read model must follow is published, with ids only. */
@ApplicationModuleTest(extraIncludes = "platform")
class ListingEventsTests {

    static final MerchantId OURS = new MerchantId(1);
    static final MerchantId THEIRS = new MerchantId(2);

    @Autowired
    Catalog catalog;

    @Autowired
    ListingPhotos photos;

    @Test
    void publishesEachMoveOfAListingOnceAndRefusesImpossibleMoves(AssertablePublishedEvents events) {
        var id = listed("126610LN", "EVENTS01", events);
        assertThat(events)
                .contains(ListingsPublished.class)
                .matching(published -> published.ids().contains(id));

        assertThat(catalog.reprice(OURS, id, Money.yuan(99_000))).isTrue();
        var buyer = UUID.randomUUID();
        var hold = catalog.hold(id, buyer, Duration.ofMinutes(15)).orElseThrow();
        assertThat(hold.holder()).isEqualTo(buyer);
        assertThat(hold.until())
                .isBetween(Instant.now().plusSeconds(14 * 60), Instant.now().plusSeconds(16 * 60));
        assertThat(catalog.hold(id, UUID.randomUUID(), Duration.ofMinutes(15)))
                .as("held by another buyer")
                .isEmpty();
        var held = catalog.listing(id).orElseThrow();
        assertThat(held.status()).as("still the merchant's on-sale watch").isEqualTo(ListingStatus.ON_SALE);
        assertThat(held.availability()).isEqualTo(Availability.HELD);
        assertThat(held.buyable()).isFalse();
        assertThat(catalog.reprice(OURS, id, Money.yuan(98_000)))
                .as("no new price while a buyer pays")
                .isFalse();
        assertThat(catalog.withdraw(OURS, id))
                .as("no withdrawal while a buyer pays")
                .isFalse();
        assertThat(catalog.release(id, UUID.randomUUID()))
                .as("another holder's hold")
                .isFalse();
        assertThat(catalog.release(id, buyer)).isTrue();
        assertThat(catalog.release(id, buyer)).as("already released").isFalse();
        assertThat(catalog.listing(id).orElseThrow().buyable()).isTrue();
        assertThat(catalog.withdraw(THEIRS, id))
                .as("another merchant's listing")
                .isFalse();

        assertThat(events.ofType(ListingRepriced.class).matching(ListingRepriced::id, id))
                .hasSize(1);
        assertThat(events.ofType(ListingHeld.class).matching(ListingHeld::id, id))
                .hasSize(1);
        assertThat(events.ofType(ListingReleased.class).matching(ListingReleased::id, id))
                .hasSize(1);
        assertThat(events.ofType(ListingWithdrawn.class)).isEmpty();
    }

    @Test
    void aLapsedHoldHoldsNothing(AssertablePublishedEvents events) throws InterruptedException {
        var id = listed("126610LV", "EVENTS04", events);
        var first = UUID.randomUUID();
        var hold = catalog.hold(id, first, Duration.ofMillis(300)).orElseThrow();
        assertThat(catalog.listing(id).orElseThrow().availabilityAt(hold.until().minusMillis(1)))
                .isEqualTo(Availability.HELD);
        assertThat(catalog.listing(id).orElseThrow().availabilityAt(hold.until()))
                .as("a hold ends at its time, with no job to end it")
                .isEqualTo(Availability.ON_SALE);
        Thread.sleep(
                Duration.between(Instant.now(), hold.until()).plusMillis(100).toMillis());

        assertThat(catalog.release(id, first))
                .as("a lapsed hold cannot be released")
                .isFalse();
        assertThat(catalog.hold(id, UUID.randomUUID(), Duration.ofMinutes(15)))
                .as("the next buyer gets it")
                .isPresent();
        assertThat(catalog.hold(id, first, Duration.ofMinutes(15))).isEmpty();
    }

    @Test
    void holdsOnlyWatchesOnSale(AssertablePublishedEvents events) {
        var reference = catalog.referenceByNumber("126610LN").orElseThrow();
        catalog.list(List.of(
                aListing(reference)
                        .withSerial("EVENTS05")
                        .withStatus(ListingStatus.SOLD)
                        .build(),
                aListing(reference)
                        .withSerial("EVENTS06")
                        .withStatus(ListingStatus.DRAFT)
                        .build()));
        var ids = events.ofType(ListingsPublished.class).iterator().next().ids();
        for (var id : ids) {
            assertThat(catalog.hold(id, UUID.randomUUID(), Duration.ofMinutes(15)))
                    .isEmpty();
        }
        assertThat(catalog.hold(new ListingId(Long.MAX_VALUE), UUID.randomUUID(), Duration.ofMinutes(15)))
                .as("no such listing")
                .isEmpty();
        assertThatThrownBy(() -> catalog.hold(ids.get(0), UUID.randomUUID(), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(events.ofType(ListingHeld.class)).isEmpty();
    }

    @Test
    void withdrawsTheMerchantsOwnListing(AssertablePublishedEvents events) {
        var id = listed("126610LV", "EVENTS02", events);
        assertThat(catalog.withdraw(OURS, id)).isTrue();
        assertThat(catalog.listing(id)).as("buyers no longer see it").isEmpty();
        assertThat(catalog.hold(id, UUID.randomUUID(), Duration.ofMinutes(15))).isEmpty();
        assertThat(events.ofType(ListingWithdrawn.class).matching(ListingWithdrawn::id, id))
                .hasSize(1);
    }

    @Test
    void refusesPricesThatAreNotWholeYuanInRange(AssertablePublishedEvents events) {
        var id = listed("126610LN", "EVENTS07", events);
        for (var price :
                List.of(Money.zero(), Money.fen(-100), Money.fen(12_345_67), Catalog.MAX_PRICE.plus(Money.yuan(1)))) {
            assertThatThrownBy(() -> catalog.reprice(OURS, id, price))
                    .as(price.toString())
                    .isInstanceOf(InvalidListingQuery.class);
        }
        assertThat(catalog.reprice(OURS, id, Catalog.MAX_PRICE)).isTrue();
        assertThat(catalog.listing(id).orElseThrow().price()).isEqualTo(Catalog.MAX_PRICE);
    }

    @Test
    void keepsMetadataFreePhotosOfTheMerchantsOwnOpenListings(AssertablePublishedEvents events) throws Exception {
        var id = listed("126610LN", "EVENTS03", events);
        int drawn = catalog.listing(id).orElseThrow().photoCount();
        var jpeg = jpeg();

        assertThat(catalog.addPhoto(THEIRS, id, jpeg))
                .as("another merchant's listing")
                .isFalse();
        assertThatThrownBy(() -> catalog.addPhoto(OURS, id, withComment(jpeg)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> catalog.addPhoto(OURS, id, new byte[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(events.ofType(ListingPhotosChanged.class)).isEmpty();

        for (int i = 0; i < Catalog.MAX_UPLOADED_PHOTOS; i++) {
            assertThat(catalog.addPhoto(OURS, id, jpeg)).isTrue();
        }
        assertThat(catalog.addPhoto(OURS, id, jpeg)).as("one too many").isFalse();
        var uploaded = catalog.uploadedPhotos(OURS, id);
        assertThat(uploaded).hasSize(Catalog.MAX_UPLOADED_PHOTOS).doesNotHaveDuplicates();
        assertThat(catalog.uploadedPhotos(THEIRS, id)).isEmpty();
        assertThat(catalog.listing(id).orElseThrow().photoCount()).isEqualTo(drawn + Catalog.MAX_UPLOADED_PHOTOS);

        assertThat(catalog.removePhoto(THEIRS, id, uploaded.get(0)))
                .as("another merchant's")
                .isFalse();
        assertThat(catalog.removePhoto(OURS, id, uploaded.get(0))).isTrue();
        assertThat(catalog.removePhoto(OURS, id, uploaded.get(0)))
                .as("already removed")
                .isFalse();
        assertThat(catalog.uploadedPhotos(OURS, id)).isEqualTo(uploaded.subList(1, uploaded.size()));
        assertThat(catalog.listing(id).orElseThrow().photoCount()).isEqualTo(drawn + Catalog.MAX_UPLOADED_PHOTOS - 1);
        assertThat(events.ofType(ListingPhotosChanged.class).matching(ListingPhotosChanged::id, id))
                .hasSize(Catalog.MAX_UPLOADED_PHOTOS + 1);

        var buyer = UUID.randomUUID();
        assertThat(catalog.hold(id, buyer, Duration.ofMinutes(15))).isPresent();
        assertThat(catalog.removePhoto(OURS, id, uploaded.get(1)))
                .as("a held watch's photos stay as the buyer saw them")
                .isFalse();
        assertThat(catalog.release(id, buyer)).isTrue();
        assertThat(catalog.withdraw(OURS, id)).isTrue();
        assertThat(catalog.addPhoto(OURS, id, jpeg))
                .as("a withdrawn watch's photos stay as they were")
                .isFalse();
    }

    @Test
    void servesOnlyUploadedPhotosWhenNoModulePaintsTheOthers(AssertablePublishedEvents events) throws Exception {
        var id = listed("126610LN", "EVENTS08", events);
        assertThat(catalog.listing(id).orElseThrow().photoCount()).isPositive();
        assertThat(photos.jpeg(id, 0, ListingPhotos.Size.THUMBNAIL))
                .as("this module test runs without the demo module's painter")
                .isEmpty();
        assertThat(catalog.addPhoto(OURS, id, jpeg())).isTrue();
        assertThat(photos.jpeg(id, 0, ListingPhotos.Size.THUMBNAIL))
                .hasValueSatisfying(jpeg -> assertThat(jpeg).startsWith((byte) 0xFF, (byte) 0xD8));
        assertThat(photos.jpeg(id, 1, ListingPhotos.Size.THUMBNAIL)).isEmpty();
    }

    private ListingId listed(String referenceNumber, String serial, AssertablePublishedEvents events) {
        var reference = catalog.referenceByNumber(referenceNumber).orElseThrow();
        catalog.list(List.of(aListing(reference).withSerial(serial).build()));
        return events.ofType(ListingsPublished.class).iterator().next().ids().get(0);
    }

    private static byte[] jpeg() throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "jpeg", out);
        return out.toByteArray();
    }

    /** The JPEG with a comment segment after its start marker. */
    private static byte[] withComment(byte[] jpeg) {
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 4, 'h', 'i'});
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
