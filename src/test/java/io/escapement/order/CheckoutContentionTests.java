package io.escapement.order;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.address.AddressBook;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.ListingId;
import io.escapement.money.Money;
import io.escapement.party.MerchantId;
import io.escapement.testing.Bundles;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;

/**
 * One of one: of 64 buyers who check out the same watch at the same moment, exactly one gets an
 * order; the database decides (the catalog's conditional hold, and one open order per watch), with
 * no lock in the application, so it holds on any number of nodes.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
class CheckoutContentionTests {

    static final int BUYERS = 64;

    @Autowired
    Checkout checkout;

    @Autowired
    Catalog catalog;

    @Autowired
    AddressBook addresses;

    @Autowired
    JdbcClient jdbc;

    @Test
    void oneOfSixtyFourConcurrentBuyersGetsTheWatchAndTheOthersAreToldWhy(AssertablePublishedEvents events)
            throws Exception {
        var reference = catalog.referenceByNumber("126500LN").orElseThrow();
        var id = aListing(reference)
                .withSerial("RACE0064")
                .withPrice(215_000)
                .byMerchant(new MerchantId(64))
                .listIn(catalog, events);

        var start = new CountDownLatch(1);
        var attempts = new ArrayList<Callable<Order>>();
        for (int i = 0; i < BUYERS; i++) {
            var buyer = OrderFixtures.buyerWithAddress(addresses);
            attempts.add(() -> {
                start.await();
                return checkout.place(buyer.buyer(), id, buyer.address());
            });
        }
        var orders = new ArrayList<Order>();
        var refusals = new ArrayList<CheckoutRefused>();
        var pool = Executors.newFixedThreadPool(BUYERS);
        try {
            var futures = attempts.stream().map(pool::submit).toList();
            start.countDown();
            for (var future : futures) {
                try {
                    orders.add(future.get());
                } catch (ExecutionException e) {
                    refusals.add((CheckoutRefused) e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(orders).as("exactly one buyer gets an order").hasSize(1);
        assertThat(refusals).hasSize(BUYERS - 1).allSatisfy(refused -> {
            assertThat(refused.conflict()).isTrue();
            assertThat(Bundles.chinese(refused)).contains("已被其他买家预订");
        });
        var order = orders.get(0);
        assertThat(order.total()).isEqualTo(Money.yuan(215_000));
        assertThat(openOrders(id)).isEqualTo(1);
        assertThat(catalog.listing(id).orElseThrow().hold().holder()).isEqualTo(order.reservation());
        assertThat(events.ofType(OrderEvents.OrderPlaced.class).matching(OrderEvents.OrderPlaced::listing, id))
                .hasSize(1);
    }

    private long openOrders(ListingId listing) {
        return jdbc.sql("select count(*) from orders.buyer_order where listing_id = :id and checkout <> 'CLOSED'")
                .param("id", listing.value())
                .query(Long.class)
                .single();
    }
}
