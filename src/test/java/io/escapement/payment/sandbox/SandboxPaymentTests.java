package io.escapement.payment.sandbox;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.account.closing.Cancellation;
import io.escapement.address.AddressBook;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.ListingId;
import io.escapement.money.Money;
import io.escapement.order.BuyerOrders;
import io.escapement.order.Checkout;
import io.escapement.order.Order;
import io.escapement.order.OrderEvents;
import io.escapement.order.OrderFixtures;
import io.escapement.order.PaymentState;
import io.escapement.party.MerchantId;
import io.escapement.payment.Charge;
import io.escapement.payment.ChargeState;
import io.escapement.payment.Ledger;
import io.escapement.payment.LedgerAccount;
import io.escapement.payment.PaymentFixtures;
import io.escapement.payment.Payments;
import io.escapement.payment.PlatformFee;
import io.escapement.payment.Settlements;
import io.escapement.vault.SubjectId;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Paying through the sandbox provider end to end, over real HTTP: the sandbox bank signs its
 * callbacks and posts them to the running server, as a provider would. A payment is booked once
 * however often its callback comes; a forged, foreign or wrong-amount callback changes nothing;
 * money for an order that went to another buyer meanwhile goes back; the ledger reconciles, also
 * once paid orders are partly or fully refunded and settled with their merchant.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "escapement.demo.listings=0",
            "escapement.order.reservation-ttl=PT6S",
            "escapement.payment.sandbox.forgery-switch=true",
            "escapement.payment.sandbox.late-by=PT1S"
        })
class SandboxPaymentTests {

    static final AtomicInteger SERIALS = new AtomicInteger();

    @Autowired
    Payments payments;

    @Autowired
    SandboxBank bank;

    @Autowired
    Checkout checkout;

    @Autowired
    BuyerOrders orders;

    @Autowired
    Catalog catalog;

    @Autowired
    AddressBook addresses;

    @Autowired
    Ledger ledger;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Cancellation cancellation;

    @Autowired
    Settlements settlements;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    ApplicationContext context;

    @Test
    void aCallbackThatComesTwicePaysTheOrderOnceAndHoldsTheMoneyInEscrow() {
        var escrowBefore = ledger.balance(LedgerAccount.ESCROW);
        var purchase = purchase(120_000);

        bank.settle(purchase.sandbox(), SandboxBank.Outcome.PAID, SandboxBank.Delivery.TWICE);

        await(() -> order(purchase).payment() == PaymentState.PAID);
        await(() -> journals(purchase) == 1 && callbacksSettled(purchase));
        assertThat(charges(purchase)).singleElement().extracting(Charge::state).isEqualTo(ChargeState.PAID);
        assertThat(ledger.balance(LedgerAccount.ESCROW)).isEqualTo(escrowBefore.minus(Money.yuan(120_000)));
        assertThat(ledger.reconcile().balanced()).isTrue();
    }

    @Test
    void aReplayedCallbackIsAnsweredAsTakenAndChangesNothing() {
        var purchase = purchase(98_000);
        var callback = bank.callback(purchase.sandbox(), SandboxBank.Outcome.PAID);

        assertThat(bank.send(purchase.sandbox(), callback)).isEqualTo(200);
        assertThat(bank.send(purchase.sandbox(), callback)).isEqualTo(200);
        assertThat(bank.send(purchase.sandbox(), bank.callback(purchase.sandbox(), SandboxBank.Outcome.FAILED)))
                .isEqualTo(200);

        assertThat(order(purchase).payment()).isEqualTo(PaymentState.PAID);
        assertThat(charges(purchase)).singleElement().extracting(Charge::state).isEqualTo(ChargeState.PAID);
        assertThat(journals(purchase)).isEqualTo(1);
    }

    @Test
    void forgedForeignAndWrongAmountCallbacksAreRefusedRecordedAndChangeNothing() {
        var purchase = purchase(56_000);
        var refusedBefore = refused();

        bank.settle(purchase.sandbox(), SandboxBank.Outcome.PAID, SandboxBank.Delivery.FORGED);
        await(() -> refused() >= refusedBefore + 1);
        var s = purchase.sandbox();
        var wrongAmount = new SandboxOrder(
                s.reference(), s.amountFen() - 1, s.subject(), s.notifyUrl(), s.returnUrl(), s.expiresAt());
        assertThat(bank.send(wrongAmount, bank.callback(wrongAmount, SandboxBank.Outcome.PAID)))
                .isEqualTo(400);
        var unknown = new SandboxOrder(
                "P" + "0".repeat(19), s.amountFen(), s.subject(), s.notifyUrl(), s.returnUrl(), s.expiresAt());
        assertThat(bank.send(unknown, bank.callback(unknown, SandboxBank.Outcome.PAID)))
                .isEqualTo(400);

        assertThat(refused()).isEqualTo(refusedBefore + 3);
        assertThat(order(purchase).payment()).isEqualTo(PaymentState.AWAITING);
        assertThat(charges(purchase)).singleElement().extracting(Charge::state).isEqualTo(ChargeState.CREATED);
        assertThat(journals(purchase)).isZero();
    }

    @Test
    void aFailedPaymentLeavesTheOrderPayableWithANewCharge() {
        var purchase = purchase(43_000);

        bank.settle(purchase.sandbox(), SandboxBank.Outcome.FAILED, SandboxBank.Delivery.ON_TIME);
        await(() -> charges(purchase).get(0).state() == ChargeState.FAILED);
        var again = payments.start(purchase.buyer(), purchase.order().number(), "sandbox");

        assertThat(order(purchase).payment()).isEqualTo(PaymentState.AWAITING);
        assertThat(sandboxOrder(again.target().toString()).reference())
                .isNotEqualTo(purchase.sandbox().reference());
        assertThat(charges(purchase))
                .extracting(Charge::state)
                .containsExactly(ChargeState.FAILED, ChargeState.CREATED);
    }

    @Test
    void aSecondClickOnPayPaysTheSameCharge() {
        var purchase = purchase(61_000);

        var again = payments.start(purchase.buyer(), purchase.order().number(), "sandbox");

        assertThat(sandboxOrder(again.target().toString()).reference())
                .isEqualTo(purchase.sandbox().reference());
        assertThat(charges(purchase)).hasSize(1);
    }

    @Test
    void moneyForAWatchThatWentToAnotherBuyerGoesBackThroughTheProvider() {
        var purchase = purchase(88_000);
        await(() -> !order(purchase).reservedUntil().isAfter(Instant.now()));
        var rival = OrderFixtures.buyerWithAddress(addresses);
        checkout.place(rival.buyer(), purchase.listing(), rival.address());

        bank.settle(purchase.sandbox(), SandboxBank.Outcome.PAID, SandboxBank.Delivery.LATE);

        await(() -> charges(purchase).get(0).state() == ChargeState.REFUNDED);
        assertThat(order(purchase).payment()).isEqualTo(PaymentState.AWAITING);
        assertThat(jdbc.sql("""
                        select count(*) from payment.journal j join payment.charge c on c.id = j.charge_id
                        where c.order_number = :order and j.kind = 'REFUND'""")
                        .param("order", purchase.order().number().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(ledger.reconcile().balanced()).isTrue();
    }

    @Test
    void moneyForAnOrderTheBuyerCancelledGoesBackAndARefundOnItsWayBlocksCancellingTheAccount() {
        var purchase = purchase(47_000);
        orders.cancel(purchase.buyer(), purchase.order().number());

        bank.settle(purchase.sandbox(), SandboxBank.Outcome.PAID, SandboxBank.Delivery.ON_TIME);

        await(() -> charges(purchase).get(0).state() == ChargeState.REFUNDED);
        assertThat(cancellation.blockers(purchase.buyer())).isEmpty();
        jdbc.sql("""
                        insert into payment.refund (reference, charge_id, amount_fen, reason, state, next_attempt, requested_at)
                        select 'RTEST' || upper(substr(md5(random()::text), 1, 15)), id, 100, 'test', 'REQUESTED',
                            now() + interval '1 day', now()
                        from payment.charge where reference = :reference""")
                .param("reference", purchase.sandbox().reference().toUpperCase())
                .update();
        assertThat(cancellation.blockers(purchase.buyer())).containsExactly("cancel.blocker.refundPending");
        jdbc.sql("update payment.refund set state = 'DONE' where reference like 'RTEST%'")
                .update();
    }

    @Test
    void theLedgerReconcilesAfterARandomMixOfPaymentsRepeatsFailuresLapsesRefundsAndSettlements() {
        var random = new Random(20261204);
        var escrowBefore = ledger.balance(LedgerAccount.ESCROW);
        var providerBefore = ledger.balance(LedgerAccount.atProvider("sandbox"));
        var refundsOf = new PaymentFixtures(context);
        var purchases = new ArrayList<Purchase>();
        var fates = new ArrayList<Integer>();
        for (int i = 0; i < 12; i++) {
            purchases.add(purchase(10_000 + random.nextInt(90_000)));
            fates.add(random.nextInt(5));
        }
        for (int i = 0; i < purchases.size(); i++) {
            var sandbox = purchases.get(i).sandbox();
            switch (fates.get(i)) {
                case 0 -> bank.settle(sandbox, SandboxBank.Outcome.PAID, SandboxBank.Delivery.ON_TIME);
                case 1 -> bank.settle(sandbox, SandboxBank.Outcome.PAID, SandboxBank.Delivery.TWICE);
                case 2 -> bank.settle(sandbox, SandboxBank.Outcome.FAILED, SandboxBank.Delivery.ON_TIME);
                default -> {} // left unpaid (3) or paid after another buyer took the watch (4)
            }
        }
        await(() -> purchases.stream().allMatch(p -> !order(p).reservedUntil().isAfter(Instant.now())));
        for (int i = 0; i < purchases.size(); i++) {
            if (fates.get(i) == 4) {
                var rival = OrderFixtures.buyerWithAddress(addresses);
                checkout.place(rival.buyer(), purchases.get(i).listing(), rival.address());
                bank.settle(purchases.get(i).sandbox(), SandboxBank.Outcome.PAID, SandboxBank.Delivery.ON_TIME);
            }
        }

        await(() -> {
            for (int i = 0; i < purchases.size(); i++) {
                var state = charges(purchases.get(i)).get(0).state();
                var expected = switch (fates.get(i)) {
                    case 0, 1 -> ChargeState.PAID;
                    case 2 -> ChargeState.FAILED;
                    case 3 -> ChargeState.CREATED;
                    default -> ChargeState.REFUNDED;
                };
                if (state != expected) {
                    return false;
                }
            }
            return true;
        });
        var held = Money.zero();
        for (int i = 0; i < purchases.size(); i++) {
            if (fates.get(i) <= 1) {
                held = held.plus(purchases.get(i).order().total());
            }
        }
        var reconciliation = ledger.reconcile();
        assertThat(reconciliation.discrepancies()).isEmpty();
        assertThat(reconciliation.total()).isEqualTo(Money.zero());
        assertThat(ledger.balance(LedgerAccount.ESCROW)).isEqualTo(escrowBefore.minus(held));
        assertThat(ledger.balance(LedgerAccount.ESCROW).plus(ledger.balance(LedgerAccount.atProvider("sandbox"))))
                .isEqualTo(escrowBefore.plus(providerBefore));

        // then part of some paid orders goes back, one goes back in full, and every paid order is due
        var merchantBefore = ledger.balance(LedgerAccount.payableTo(new MerchantId(81)));
        var feesBefore = ledger.balance(LedgerAccount.PLATFORM_FEES);
        var fee = new PlatformFee(BigDecimal.valueOf(5));
        var refunded = Money.zero();
        var fees = Money.zero();
        var nets = Money.zero();
        var fullyRefunded = false;
        for (int i = 0; i < purchases.size(); i++) {
            if (fates.get(i) > 1) {
                continue;
            }
            var total = purchases.get(i).order().total();
            var refund = !fullyRefunded
                    ? total
                    : random.nextBoolean() ? Money.fen(1 + random.nextInt((int) total.minor() - 1)) : Money.zero();
            fullyRefunded = true;
            if (refund.isPositive()) {
                refundsOf.refund(purchases.get(i).order().number(), refund);
                refunded = refunded.plus(refund);
            }
            var base = total.minus(refund);
            fees = fees.plus(fee.on(base));
            nets = nets.plus(base.minus(fee.on(base)));
        }
        await(() ->
                purchases.stream().allMatch(p -> refundsOf.outstanding(p.order().number()) == 0));
        for (int i = 0; i < purchases.size(); i++) {
            if (fates.get(i) <= 1) {
                var order = OrderFixtures.settlementDue(jdbc, order(purchases.get(i)))
                        .id();
                settlements.settle(order);
                transactions.executeWithoutResult(
                        status -> events.publishEvent(new OrderEvents.OrderSettlementDue(order)));
            }
        }
        var settled = nets;
        await(() -> ledger.balance(LedgerAccount.payableTo(new MerchantId(81))).equals(merchantBefore.minus(settled)));
        var afterSettlement = ledger.reconcile();
        assertThat(afterSettlement.discrepancies()).isEmpty();
        assertThat(afterSettlement.total()).isEqualTo(Money.zero());
        assertThat(ledger.balance(LedgerAccount.ESCROW))
                .as("escrow holds nothing more for settled or refunded orders")
                .isEqualTo(escrowBefore);
        assertThat(ledger.balance(LedgerAccount.atProvider("sandbox")))
                .isEqualTo(providerBefore.plus(held).minus(refunded));
        assertThat(ledger.balance(LedgerAccount.payableTo(new MerchantId(81)))).isEqualTo(merchantBefore.minus(nets));
        assertThat(ledger.balance(LedgerAccount.PLATFORM_FEES)).isEqualTo(feesBefore.minus(fees));
        assertThat(held.minus(refunded)).isEqualTo(nets.plus(fees));
        assertThat(jdbc.sql("select count(*) from payment.journal where kind = 'SETTLEMENT' and charge_id in"
                                + " (select id from payment.charge where order_number in (:orders))")
                        .param(
                                "orders",
                                purchases.stream()
                                        .map(p -> p.order().number().value())
                                        .toList())
                        .query(Long.class)
                        .single())
                .as("one settlement journal per paid order not refunded in full")
                .isEqualTo(fates.stream().filter(f -> f <= 1).count() - 1);
    }

    record Purchase(SubjectId buyer, ListingId listing, Order order, SandboxOrder sandbox) {}

    Purchase purchase(long yuan) {
        var customer = OrderFixtures.buyerWithAddress(addresses);
        var listing = aListing(catalog.referenceByNumber("126610LV").orElseThrow())
                .withSerial("SBX" + SERIALS.incrementAndGet() + "X" + System.nanoTime() % 100_000)
                .withPrice(yuan)
                .byMerchant(new MerchantId(81))
                .listIn(catalog);
        var order = checkout.place(customer.buyer(), listing, customer.address());
        var start = payments.start(customer.buyer(), order.number(), "sandbox");
        assertThat(start.isForm()).isFalse();
        assertThat(start.target().getPath()).isEqualTo("/sandbox/pay");
        return new Purchase(
                customer.buyer(), listing, order, sandboxOrder(start.target().toString()));
    }

    SandboxOrder sandboxOrder(String target) {
        var token = URLDecoder.decode(target.substring(target.indexOf("order=") + 6), StandardCharsets.UTF_8);
        return bank.open(token).orElseThrow();
    }

    Order order(Purchase purchase) {
        return orders.find(purchase.buyer(), purchase.order().number()).orElseThrow();
    }

    List<Charge> charges(Purchase purchase) {
        return payments.chargesOf(purchase.order().number());
    }

    long journals(Purchase purchase) {
        return jdbc.sql("""
                        select count(*) from payment.journal j join payment.charge c on c.id = j.charge_id
                        where c.order_number = :order""")
                .param("order", purchase.order().number().value())
                .query(Long.class)
                .single();
    }

    boolean callbacksSettled(Purchase purchase) {
        return bank.delivered(purchase.sandbox().reference()) == 2;
    }

    long refused() {
        return jdbc.sql("select count(*) from payment.refused_callback")
                .query(Long.class)
                .single();
    }

    static void await(BooleanSupplier condition) {
        var deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
