package io.escapement.catalog;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.catalog.ListingEvents.ListingReleased;
import io.escapement.catalog.ListingEvents.ListingRepriced;
import io.escapement.catalog.ListingEvents.ListingReserved;
import io.escapement.catalog.ListingEvents.ListingSold;
import io.escapement.catalog.ListingEvents.ListingWithdrawn;
import io.escapement.catalog.ListingEvents.ListingsPublished;
import java.util.List;
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
}
