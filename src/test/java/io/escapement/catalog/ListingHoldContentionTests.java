package io.escapement.catalog;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.catalog.ListingEvents.ListingHeld;
import io.escapement.party.MerchantId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;

/**
 * Of many buyers who try to hold one watch at the same moment, the database lets exactly one
 * have it: a conditional update, with no lock in the application, so it holds on any number of
 * nodes.
 */
@ApplicationModuleTest(extraIncludes = "platform")
class ListingHoldContentionTests {

    static final int BUYERS = 32;

    @Autowired
    Catalog catalog;

    @Test
    void oneOfThirtyTwoConcurrentBuyersHoldsTheWatch(AssertablePublishedEvents events) throws Exception {
        var reference = catalog.referenceByNumber("116500LN").orElseThrow();
        var id = aListing(reference)
                .withSerial("CONTEND1")
                .byMerchant(new MerchantId(77))
                .listIn(catalog, events);

        var start = new CountDownLatch(1);
        var attempts = new ArrayList<Callable<Optional<Hold>>>();
        for (int i = 0; i < BUYERS; i++) {
            var buyer = UUID.randomUUID();
            attempts.add(() -> {
                start.await();
                return catalog.hold(id, buyer, Duration.ofMinutes(15));
            });
        }
        var holds = new ArrayList<Hold>();
        var pool = Executors.newFixedThreadPool(BUYERS);
        try {
            var futures = attempts.stream().map(pool::submit).toList();
            start.countDown();
            for (var future : futures) {
                future.get().ifPresent(holds::add);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(holds).as("exactly one buyer holds it").hasSize(1);
        var winner = holds.get(0);
        assertThat(catalog.listing(id).orElseThrow().hold()).isEqualTo(winner);
        assertThat(events.ofType(ListingHeld.class).matching(ListingHeld::id, id))
                .hasSize(1);
    }
}
