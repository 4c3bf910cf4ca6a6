package io.escapement.order;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escapement.address.AddressBook;
import io.escapement.catalog.Catalog;
import io.escapement.party.MerchantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receipt is confirmed automatically after the auto-confirm period from delivery, and settlement is
 * due once the return window from delivery is over; each once, with two nodes' jobs running at the
 * same moment. A delivered watch returned and refunded in full is never received. The jobs take the time they run at, so the test moves the clock by days.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
@TestPropertySource(
        properties = {
            "escapement.order.auto-confirm-after=P7D",
            "escapement.order.return-window=P10D",
            "escapement.order.deadline-interval=PT1H"
        })
class ReceiptDeadlinesTests {

    private static final Duration DAY = Duration.ofDays(1);

    @Autowired
    Checkout checkout;

    @Autowired
    OrderPayments payments;

    @Autowired
    OrderFulfilment fulfilment;

    @Autowired
    ReceiptDeadlines deadlines;

    @Autowired
    BuyerOrders buyerOrders;

    @Autowired
    Orders orders;

    @Autowired
    OrderAfterSales afterSales;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Catalog catalog;

    @Autowired
    AddressBook addresses;

    @Test
    void aDeliveredOrderIsReceivedAutomaticallyOnceAndItsSettlementIsDueOnce(AssertablePublishedEvents events)
            throws Exception {
        var order = paidOrder("DEADLINE1", 51);
        var deliveredAt = Instant.now();
        fulfilment.ship(order.id(), deliveredAt.minusSeconds(3600));
        assertThat(fulfilment.deliver(order.id(), deliveredAt)).isTrue();

        assertThat(deadlines.confirmDelivered(
                        deliveredAt.plus(DAY.multipliedBy(7)).minusSeconds(1)))
                .doesNotContain(order.id());
        assertThat(orders.find(order.id()).orElseThrow().fulfilment()).isEqualTo(FulfilmentState.DELIVERED);

        var week = deliveredAt.plus(DAY.multipliedBy(7)).plusSeconds(1);
        assertThat(twoNodes(deadlines::confirmDelivered, week))
                .as("two nodes confirm it once")
                .containsOnlyOnce(order.id());
        var received = orders.find(order.id()).orElseThrow();
        assertThat(received.fulfilment()).isEqualTo(FulfilmentState.RECEIVED);
        assertThat(received.timeline()).extracting(Step::kind).containsOnlyOnce(Step.Kind.RECEIVED_AUTOMATICALLY);
        assertThat(events.ofType(OrderEvents.OrderReceived.class)
                        .matching(OrderEvents.OrderReceived::order, order.id()))
                .hasSize(1);
        assertThat(deadlines.confirmDelivered(week.plus(DAY))).doesNotContain(order.id());

        assertThat(deadlines.publishSettlementDue(week))
                .as("the return window of ten days is not over")
                .doesNotContain(order.id());
        var over = deliveredAt.plus(DAY.multipliedBy(10)).plusSeconds(1);
        assertThat(twoNodes(deadlines::publishSettlementDue, over))
                .as("two nodes publish it once")
                .containsOnlyOnce(order.id());
        assertThat(deadlines.publishSettlementDue(over.plus(DAY))).doesNotContain(order.id());
        assertThat(events.ofType(OrderEvents.OrderSettlementDue.class)
                        .matching(OrderEvents.OrderSettlementDue::order, order.id()))
                .hasSize(1);
    }

    @Test
    void anOrderTheBuyerReceivedBeforeDeliveryIsNotConfirmedAgainAndSettlesAfterTheWindow(
            AssertablePublishedEvents events) {
        var order = paidOrder("DEADLINE2", 52);
        fulfilment.ship(order.id(), Instant.now());
        buyerOrders.confirmReceipt(order.buyer(), order.number());
        assertThat(fulfilment.deliver(order.id(), Instant.now()))
                .as("a delivery event after receipt changes nothing")
                .isFalse();

        var later = Instant.now().plus(DAY.multipliedBy(30));
        assertThat(deadlines.confirmDelivered(later)).doesNotContain(order.id());
        assertThat(deadlines.publishSettlementDue(Instant.now().plus(DAY))).doesNotContain(order.id());
        assertThat(deadlines.publishSettlementDue(later)).containsOnlyOnce(order.id());
        assertThat(orders.find(order.id()).orElseThrow().timeline())
                .extracting(Step::kind)
                .containsExactly(Step.Kind.PLACED, Step.Kind.PAID, Step.Kind.SHIPPED, Step.Kind.RECEIVED);
        assertThat(events.ofType(OrderEvents.OrderSettlementDue.class)
                        .matching(OrderEvents.OrderSettlementDue::order, order.id()))
                .hasSize(1);
    }

    @Test
    void aDeliveredOrderReturnedAndRefundedInFullIsNeverReceived() {
        var order = paidOrder("DEADLINE3", 53);
        var deliveredAt = Instant.now();
        fulfilment.ship(order.id(), deliveredAt.minusSeconds(3600));
        assertThat(fulfilment.deliver(order.id(), deliveredAt)).isTrue();
        transactions.executeWithoutResult(status -> afterSales.refund(order.id(), order.total()));

        assertThatThrownBy(() -> buyerOrders.confirmReceipt(order.buyer(), order.number()))
                .isInstanceOf(BuyerOrders.OrderNotReceivable.class);
        var later = deliveredAt.plus(DAY.multipliedBy(30));
        assertThat(deadlines.confirmDelivered(later)).doesNotContain(order.id());
        assertThat(deadlines.publishSettlementDue(later)).doesNotContain(order.id());
        assertThat(orders.find(order.id()).orElseThrow().fulfilment()).isEqualTo(FulfilmentState.DELIVERED);
    }

    private static List<OrderId> twoNodes(Function<Instant, List<OrderId>> job, Instant at) throws Exception {
        var both = CompletableFuture.supplyAsync(() -> job.apply(at))
                .thenCombine(CompletableFuture.supplyAsync(() -> job.apply(at)), (a, b) -> {
                    var all = new java.util.ArrayList<>(a);
                    all.addAll(b);
                    return Collections.unmodifiableList(all);
                });
        return both.get();
    }

    private Order paidOrder(String serial, long merchant) {
        var id = aListing(catalog.referenceByNumber("126610LN").orElseThrow())
                .withSerial(serial)
                .byMerchant(new MerchantId(merchant))
                .listIn(catalog);
        var customer = OrderFixtures.buyerWithAddress(addresses);
        var order = checkout.place(customer.buyer(), id, customer.address());
        assertThat(payments.paid(order.number(), order.total(), Instant.now())).isEqualTo(PaymentOutcome.PAID);
        return order;
    }
}
