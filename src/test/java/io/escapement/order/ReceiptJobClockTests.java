package io.escapement.order;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.address.AddressBook;
import io.escapement.catalog.Catalog;
import io.escapement.party.MerchantId;
import io.escapement.testing.MovableClock;
import io.escapement.testing.MovableClockConfiguration;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scheduled job itself, as it runs, on a clock the test moves: two nodes (the application's
 * job and a second instance on the same database) run it at the same moments, a week after
 * delivery and again once the return window is over; receipt is confirmed once and settlement is
 * due once.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
@Import(MovableClockConfiguration.class)
@TestPropertySource(
        properties = {
            "escapement.order.auto-confirm-after=P7D",
            "escapement.order.return-window=P10D",
            // the test runs the job; the schedule waits for longer than the test takes
            "escapement.order.deadline-interval=PT24H"
        })
class ReceiptJobClockTests {

    private static final Duration DAY = Duration.ofDays(1);

    @Autowired
    MovableClock clock;

    @Autowired
    ReceiptDeadlines job;

    @Autowired
    Orders orders;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    Checkout checkout;

    @Autowired
    OrderPayments payments;

    @Autowired
    OrderFulfilment fulfilment;

    @Autowired
    Catalog catalog;

    @Autowired
    AddressBook addresses;

    @Test
    void twoNodesRunningTheJobAtTheSameMomentsReceiveOnceAndMakeSettlementDueOnce(AssertablePublishedEvents events)
            throws Exception {
        var otherNode =
                new ReceiptDeadlines(orders, transactions, publisher, clock, DAY.multipliedBy(7), DAY.multipliedBy(10));
        var listing = aListing(catalog.referenceByNumber("126610LN").orElseThrow())
                .withSerial("JOBCLOCK1")
                .byMerchant(new MerchantId(61))
                .listIn(catalog);
        var customer = OrderFixtures.buyerWithAddress(addresses);
        var order = checkout.place(customer.buyer(), listing, customer.address());
        assertThat(payments.paid(order.number(), order.total(), clock.instant()))
                .isEqualTo(PaymentOutcome.PAID);
        fulfilment.ship(order.id(), clock.instant());
        fulfilment.deliver(order.id(), clock.instant());

        clock.advance(DAY.multipliedBy(7).minusSeconds(1));
        bothRun(otherNode);
        assertThat(orders.find(order.id()).orElseThrow().fulfilment())
                .as("a second before the week is over")
                .isEqualTo(FulfilmentState.DELIVERED);

        clock.advance(Duration.ofSeconds(2));
        bothRun(otherNode);
        bothRun(otherNode);
        assertThat(orders.find(order.id()).orElseThrow().timeline())
                .extracting(Step::kind)
                .containsOnlyOnce(Step.Kind.RECEIVED_AUTOMATICALLY);
        assertThat(events.ofType(OrderEvents.OrderReceived.class)
                        .matching(OrderEvents.OrderReceived::order, order.id()))
                .hasSize(1);
        assertThat(events.ofType(OrderEvents.OrderSettlementDue.class)
                        .matching(OrderEvents.OrderSettlementDue::order, order.id()))
                .as("the return window of ten days is not over")
                .isEmpty();

        clock.advance(DAY.multipliedBy(3));
        bothRun(otherNode);
        bothRun(otherNode);
        assertThat(events.ofType(OrderEvents.OrderSettlementDue.class)
                        .matching(OrderEvents.OrderSettlementDue::order, order.id()))
                .as("two nodes, twice each: due once")
                .hasSize(1);
    }

    private void bothRun(ReceiptDeadlines otherNode) throws Exception {
        CompletableFuture.runAsync(job::runNow)
                .runAfterBoth(CompletableFuture.runAsync(otherNode::runNow), () -> {})
                .get();
    }
}
