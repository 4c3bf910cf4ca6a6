package io.escapement.order;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.address.AddressBook;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.ListingEvents.ListingSold;
import io.escapement.catalog.ListingStatus;
import io.escapement.money.Money;
import io.escapement.party.MerchantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;

/**
 * A provider's confirmation pays the order once and sells the watch to it; repeats, even 16 at the
 * same moment, change nothing; a wrong amount or an unknown order changes nothing either.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
class OrderPaymentsTests {

    static final int CALLBACKS = 16;

    @Autowired
    OrderPayments payments;

    @Autowired
    Checkout checkout;

    @Autowired
    Orders orders;

    @Autowired
    Catalog catalog;

    @Autowired
    AddressBook addresses;

    @Test
    void theFirstOfSixteenConcurrentConfirmationsPaysTheOrderAndSellsTheWatch(AssertablePublishedEvents events)
            throws Exception {
        var customer = OrderFixtures.buyerWithAddress(addresses);
        var id = aListing(catalog.referenceByNumber("126610LV").orElseThrow())
                .withSerial("PAID0001")
                .withPrice(120_000)
                .byMerchant(new MerchantId(71))
                .listIn(catalog, events);
        var order = checkout.place(customer.buyer(), id, customer.address());

        var start = new CountDownLatch(1);
        var callbacks = new ArrayList<Callable<PaymentOutcome>>();
        for (int i = 0; i < CALLBACKS; i++) {
            callbacks.add(() -> {
                start.await();
                return payments.paid(order.number(), order.total(), Instant.now());
            });
        }
        var outcomes = new ArrayList<PaymentOutcome>();
        var pool = Executors.newFixedThreadPool(CALLBACKS);
        try {
            var futures = callbacks.stream().map(pool::submit).toList();
            start.countDown();
            for (var future : futures) {
                outcomes.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outcomes).containsOnlyOnce(PaymentOutcome.PAID);
        assertThat(outcomes)
                .filteredOn(outcome -> outcome != PaymentOutcome.PAID)
                .hasSize(CALLBACKS - 1)
                .containsOnly(PaymentOutcome.ALREADY_PAID);
        var paid = orders.find(order.id()).orElseThrow();
        assertThat(paid.checkout()).isEqualTo(CheckoutState.CONFIRMED);
        assertThat(paid.payment()).isEqualTo(PaymentState.PAID);
        assertThat(paid.fulfilment()).isEqualTo(FulfilmentState.AWAITING_SHIPMENT);
        assertThat(paid.timeline()).extracting(Step::kind).containsExactly(Step.Kind.PLACED, Step.Kind.PAID);
        assertThat(catalog.listing(id).orElseThrow().status()).isEqualTo(ListingStatus.SOLD);
        assertThat(events.ofType(ListingSold.class).matching(ListingSold::id, id))
                .hasSize(1);
        assertThat(events.ofType(OrderEvents.OrderPaid.class).matching(OrderEvents.OrderPaid::order, order.id()))
                .hasSize(1);
    }

    @Test
    void aWrongAmountOrAnUnknownOrderChangesNothing(AssertablePublishedEvents events) {
        var customer = OrderFixtures.buyerWithAddress(addresses);
        var id = aListing(catalog.referenceByNumber("126610LV").orElseThrow())
                .withSerial("PAID0002")
                .byMerchant(new MerchantId(72))
                .listIn(catalog, events);
        var order = checkout.place(customer.buyer(), id, customer.address());

        assertThat(payments.paid(order.number(), order.total().minus(Money.fen(1)), Instant.now()))
                .isEqualTo(PaymentOutcome.WRONG_AMOUNT);
        assertThat(payments.paid(new OrderNumber("20261203-ZZZZZZZZ"), order.total(), Instant.now()))
                .isEqualTo(PaymentOutcome.UNKNOWN_ORDER);
        assertThat(orders.find(order.id()).orElseThrow().payment()).isEqualTo(PaymentState.AWAITING);
        assertThat(catalog.listing(id).orElseThrow().status()).isEqualTo(ListingStatus.ON_SALE);
    }
}
