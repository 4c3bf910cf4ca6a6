package io.escapement.order;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escapement.address.AddressBook;
import io.escapement.catalog.Availability;
import io.escapement.catalog.Catalog;
import io.escapement.party.MerchantId;
import io.escapement.privacy.Purpose;
import io.escapement.vault.Accessor;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.Read;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;

/**
 * A reservation nobody pays for lapses: the order is closed as unpaid and the watch is on sale
 * again at once, for the next buyer's checkout as for the scheduled job. Reservations last two
 * seconds here.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
@TestPropertySource(properties = {"escapement.order.reservation-ttl=PT2S", "escapement.order.lapse-interval=PT1H"})
class ReservationLapseTests {

    @Autowired
    Checkout checkout;

    @Autowired
    ReservationLapses lapses;

    @Autowired
    Orders orders;

    @Autowired
    Catalog catalog;

    @Autowired
    AddressBook addresses;

    @Autowired
    OrderPayments payments;

    @Autowired
    BuyerOrders buyerOrders;

    @Autowired
    PersonalDataVault vault;

    @Test
    void anUnpaidOrderIsClosedWhenItsReservationLapsesAndTheWatchSellsAgain(AssertablePublishedEvents events)
            throws Exception {
        var reference = catalog.referenceByNumber("126610LN").orElseThrow();
        var id = aListing(reference)
                .withSerial("LAPSE001")
                .byMerchant(new MerchantId(15))
                .listIn(catalog, events);
        var firstBuyer = OrderFixtures.buyerWithAddress(addresses);
        var first = checkout.place(firstBuyer.buyer(), id, firstBuyer.address());
        var second = OrderFixtures.buyerWithAddress(addresses);

        assertThatThrownBy(() -> checkout.place(second.buyer(), id, second.address()))
                .isInstanceOfSatisfying(
                        CheckoutRefused.class,
                        refused -> assertThat(refused.conflict()).isTrue());
        assertThat(lapses.closeLapsed(Instant.now())).isZero();

        waitUntil(first.reservedUntil());
        var next = checkout.place(second.buyer(), id, second.address());

        assertThat(orders.find(first.id()).orElseThrow()).satisfies(closed -> {
            assertThat(closed.checkout()).isEqualTo(CheckoutState.CLOSED);
            assertThat(closed.payment()).isEqualTo(PaymentState.AWAITING);
            assertThat(closed.timeline())
                    .extracting(Step::kind)
                    .containsExactly(Step.Kind.PLACED, Step.Kind.RESERVATION_LAPSED);
        });
        assertThat(events.ofType(OrderEvents.OrderClosed.class).matching(OrderEvents.OrderClosed::order, first.id()))
                .hasSize(1);
        assertThat(payments.paid(first.number(), first.total(), Instant.now()))
                .as("a payment for the closed order comes too late and must go back")
                .isEqualTo(PaymentOutcome.TOO_LATE);

        assertThatThrownBy(() -> buyerOrders.delete(second.buyer(), next.number()))
                .isInstanceOfSatisfying(
                        BuyerOrders.OrderNotDeletable.class,
                        refused -> assertThat(refused.conflict()).isTrue());
        buyerOrders.delete(firstBuyer.buyer(), first.number());
        assertThat(buyerOrders.list(firstBuyer.buyer(), OrderFilter.ALL)).isEmpty();
        assertThat(buyerOrders.find(firstBuyer.buyer(), first.number())).isEmpty();
        assertThat(vault.show(
                        first.shipTo().sealed(),
                        OrderAddress.class,
                        "recipient",
                        Purpose.ORDER_FULFILMENT,
                        Accessor.system("deletion test")))
                .as("the order's copy of the address is shredded")
                .isInstanceOf(Read.Erased.class);
        assertThat(orders.find(first.id())).as("the bookkeeping row stays").isPresent();
        assertThatThrownBy(() -> buyerOrders.delete(firstBuyer.buyer(), first.number()))
                .isInstanceOfSatisfying(
                        BuyerOrders.OrderNotDeletable.class,
                        refused -> assertThat(refused.conflict()).isFalse());

        waitUntil(next.reservedUntil());
        assertThat(catalog.listing(id).orElseThrow().availabilityAt(Instant.now()))
                .isEqualTo(Availability.ON_SALE);
        var at = Instant.now();
        var nodes = CompletableFuture.supplyAsync(() -> lapses.closeLapsed(at))
                .thenCombine(CompletableFuture.supplyAsync(() -> lapses.closeLapsed(at)), Integer::sum);
        assertThat(nodes.get()).as("two nodes' jobs at once close it once").isEqualTo(1);
        assertThat(events.ofType(OrderEvents.OrderClosed.class).matching(OrderEvents.OrderClosed::order, next.id()))
                .hasSize(1);
        assertThat(orders.find(next.id()).orElseThrow().checkout()).isEqualTo(CheckoutState.CLOSED);
        assertThat(lapses.closeLapsed(Instant.now()))
                .as("a second run finds nothing left")
                .isZero();
    }

    private static void waitUntil(Instant moment) throws InterruptedException {
        Thread.sleep(Math.max(0, moment.toEpochMilli() - System.currentTimeMillis()) + 50);
    }
}
