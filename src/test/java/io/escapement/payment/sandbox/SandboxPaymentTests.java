package io.escapement.payment.sandbox;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.address.AddressBook;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.ListingId;
import io.escapement.money.Money;
import io.escapement.order.BuyerOrders;
import io.escapement.order.Checkout;
import io.escapement.order.Order;
import io.escapement.order.OrderFixtures;
import io.escapement.order.PaymentState;
import io.escapement.party.MerchantId;
import io.escapement.payment.Charge;
import io.escapement.payment.ChargeState;
import io.escapement.payment.Ledger;
import io.escapement.payment.LedgerAccount;
import io.escapement.payment.Payments;
import io.escapement.vault.SubjectId;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Paying through the sandbox provider end to end, over real HTTP: the sandbox bank signs its
 * callbacks and posts them to the running server, as a provider would. A payment is booked once
 * however often its callback comes; a forged, foreign or wrong-amount callback changes nothing;
 * money for an order that went to another buyer meanwhile goes back; the ledger reconciles.
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
