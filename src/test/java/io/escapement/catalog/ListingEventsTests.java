package io.escapement.catalog;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escapement.catalog.ListingEvents.ListingPhotosChanged;
import io.escapement.catalog.ListingEvents.ListingReleased;
import io.escapement.catalog.ListingEvents.ListingRepriced;
import io.escapement.catalog.ListingEvents.ListingReserved;
import io.escapement.catalog.ListingEvents.ListingSold;
import io.escapement.catalog.ListingEvents.ListingWithdrawn;
import io.escapement.catalog.ListingEvents.ListingsPublished;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;

/** Every change of a listing that a read model must follow is published, with ids only. */
@ApplicationModuleTest(extraIncludes = "platform")
class ListingEventsTests {

    @Autowired
    Catalog catalog;

    @Test
    void publishesEachMoveOfAListingOnceAndRefusesImpossibleMoves(AssertablePublishedEvents events) {
        var reference = catalog.referenceByNumber("126610LN").orElseThrow();
        catalog.list(List.of(aListing(reference).withSerial("EVENTS01").build()));
        var listing = catalog.listingsOf(1).stream()
                .filter(candidate -> candidate.reference().id() == reference.id())
                .findFirst()
                .orElseThrow();
        long id = listing.id();
        assertThat(events)
                .contains(ListingsPublished.class)
                .matching(published -> published.ids().contains(id));

        assertThat(catalog.reprice(1, id, 99_000)).isTrue();
        assertThat(catalog.reserve(id)).isTrue();
        assertThat(catalog.reserve(id)).as("already reserved").isFalse();
        assertThat(catalog.listing(id).orElseThrow().status()).isEqualTo(ListingStatus.RESERVED);
        assertThat(catalog.release(id)).isTrue();
        assertThat(catalog.withdraw(2, id)).as("another merchant's listing").isFalse();
        assertThat(catalog.sell(id)).isTrue();
        assertThat(catalog.sell(id)).as("already sold").isFalse();
        assertThat(catalog.withdraw(1, id)).as("a sold watch stays sold").isFalse();

        assertThat(events.ofType(ListingRepriced.class).matching(ListingRepriced::id, id))
                .hasSize(1);
        assertThat(events.ofType(ListingReserved.class).matching(ListingReserved::id, id))
                .hasSize(1);
        assertThat(events.ofType(ListingReleased.class).matching(ListingReleased::id, id))
                .hasSize(1);
        assertThat(events.ofType(ListingSold.class).matching(ListingSold::id, id))
                .hasSize(1);
        assertThat(events.ofType(ListingWithdrawn.class)).isEmpty();
    }

    @Test
    void withdrawsTheMerchantsOwnListing(AssertablePublishedEvents events) {
        var reference = catalog.referenceByNumber("126610LV").orElseThrow();
        catalog.list(List.of(aListing(reference).withSerial("EVENTS02").build()));
        long id = events.ofType(ListingsPublished.class).iterator().next().ids().get(0);
        assertThat(catalog.withdraw(1, id)).isTrue();
        assertThat(catalog.listing(id)).as("buyers no longer see it").isEmpty();
        assertThat(events.ofType(ListingWithdrawn.class).matching(ListingWithdrawn::id, id))
                .hasSize(1);
    }

    @Test
    void keepsMetadataFreePhotosOfTheMerchantsOwnOpenListings(AssertablePublishedEvents events) throws Exception {
        var reference = catalog.referenceByNumber("126610LN").orElseThrow();
        catalog.list(List.of(aListing(reference).withSerial("EVENTS03").build()));
        long id = events.ofType(ListingsPublished.class).iterator().next().ids().get(0);
        int drawn = catalog.listing(id).orElseThrow().photoCount();
        var jpeg = jpeg();

        assertThat(catalog.addPhoto(2, id, jpeg))
                .as("another merchant's listing")
                .isFalse();
        assertThatThrownBy(() -> catalog.addPhoto(1, id, withComment(jpeg)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> catalog.addPhoto(1, id, new byte[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(events.ofType(ListingPhotosChanged.class)).isEmpty();

        for (int i = 0; i < Catalog.MAX_UPLOADED_PHOTOS; i++) {
            assertThat(catalog.addPhoto(1, id, jpeg)).isTrue();
        }
        assertThat(catalog.addPhoto(1, id, jpeg)).as("one too many").isFalse();
        var uploaded = catalog.uploadedPhotos(1, id);
        assertThat(uploaded).hasSize(Catalog.MAX_UPLOADED_PHOTOS).doesNotHaveDuplicates();
        assertThat(catalog.uploadedPhotos(2, id)).isEmpty();
        assertThat(catalog.listing(id).orElseThrow().photoCount()).isEqualTo(drawn + Catalog.MAX_UPLOADED_PHOTOS);

        assertThat(catalog.removePhoto(2, id, uploaded.get(0)))
                .as("another merchant's")
                .isFalse();
        assertThat(catalog.removePhoto(1, id, uploaded.get(0))).isTrue();
        assertThat(catalog.removePhoto(1, id, uploaded.get(0)))
                .as("already removed")
                .isFalse();
        assertThat(catalog.uploadedPhotos(1, id)).isEqualTo(uploaded.subList(1, uploaded.size()));
        assertThat(catalog.listing(id).orElseThrow().photoCount()).isEqualTo(drawn + Catalog.MAX_UPLOADED_PHOTOS - 1);
        assertThat(events.ofType(ListingPhotosChanged.class).matching(ListingPhotosChanged::id, id))
                .hasSize(Catalog.MAX_UPLOADED_PHOTOS + 1);

        assertThat(catalog.sell(id)).isTrue();
        assertThat(catalog.addPhoto(1, id, jpeg))
                .as("a sold watch's photos stay as they were")
                .isFalse();
        assertThat(catalog.removePhoto(1, id, uploaded.get(1))).isFalse();
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
