package io.escapement.payment;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.escapement.address.AddressBook;
import io.escapement.catalog.Catalog;
import io.escapement.money.Money;
import io.escapement.order.Checkout;
import io.escapement.order.Order;
import io.escapement.order.OrderEvents;
import io.escapement.order.OrderFixtures;
import io.escapement.order.OrderId;
import io.escapement.party.MerchantId;
import io.escapement.payment.sandbox.SandboxPurchases;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Settlement (ADR 46): once an order is due, what escrow holds for it goes to the merchant's
 * payable account less the platform's fee (2.5% here, rounded down to the fen), in one journal,
 * however often the event comes and on however many nodes; refunds are the buyer's, and an order
 * refunded in full settles nothing. The ledger reconciles throughout.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "escapement.demo.listings=0",
            "escapement.payment.platform-fee=2.5",
            "escapement.payment.sandbox.late-by=PT1S"
        })
class SettlementTests {

    static final AtomicLong MERCHANTS = new AtomicLong(System.nanoTime() % 1_000_000 + 7_000_000);

    @Autowired
    Settlements settlements;

    @Autowired
    Ledger ledger;

    @Autowired
    Checkout checkout;

    @Autowired
    Catalog catalog;

    @Autowired
    AddressBook addresses;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationContext context;

    @Autowired
    AfterSalesRefunds afterSales;

    SandboxPurchases purchases;
    PaymentFixtures refunds;
    MerchantId merchant;

    @BeforeEach
    void aMerchantOfItsOwn() {
        purchases = new SandboxPurchases(context);
        refunds = new PaymentFixtures(context);
        merchant = new MerchantId(MERCHANTS.incrementAndGet());
    }

    @Test
    void theFeeIsAPercentageRoundedDownToTheFenInTheMerchantsFavour() {
        var fee = new PlatformFee(new BigDecimal("2.5"));
        assertThat(fee.on(Money.fen(1_234_500))).isEqualTo(Money.fen(30_862)); // 30,862.5
        assertThat(fee.on(Money.fen(39))).isEqualTo(Money.fen(0)); // 0.975
        assertThat(fee.on(Money.fen(40))).isEqualTo(Money.fen(1));
        assertThat(new PlatformFee(BigDecimal.ZERO).on(Money.fen(99_999))).isEqualTo(Money.zero());
        assertThat(new PlatformFee(BigDecimal.valueOf(100)).on(Money.fen(99_999)))
                .isEqualTo(Money.fen(99_999));
        assertThatIllegalArgumentException().isThrownBy(() -> new PlatformFee(new BigDecimal("100.01")));
        assertThatIllegalArgumentException().isThrownBy(() -> new PlatformFee(new BigDecimal("-1")));
    }

    @Test
    void aDueOrderSettlesOnceLessTheFeeHoweverOftenTheEventComesAndOnTwoNodes() throws Exception {
        var order = OrderFixtures.settlementDue(jdbc, purchases.pay(place(12_345)));
        var escrowBefore = ledger.balance(LedgerAccount.ESCROW);
        var feesBefore = ledger.balance(LedgerAccount.PLATFORM_FEES);

        var barrier = new CyclicBarrier(2);
        var nodes = new ArrayList<CompletableFuture<Optional<Settlements.Settlement>>>();
        for (int node = 0; node < 2; node++) {
            nodes.add(CompletableFuture.supplyAsync(() -> {
                try {
                    barrier.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return settlements.settle(order.id());
            }));
        }
        var results = nodes.stream().map(CompletableFuture::join).toList();
        assertThat(results.stream().filter(Optional::isPresent).count())
                .as("one node settles, the other finds it settled")
                .isEqualTo(1);
        var settlement = results.stream().flatMap(Optional::stream).findFirst().orElseThrow();
        assertThat(settlement.gross()).isEqualTo(Money.yuan(12_345));
        assertThat(settlement.refunded()).isEqualTo(Money.zero());
        assertThat(settlement.fee()).isEqualTo(Money.fen(30_862));
        assertThat(settlement.net()).isEqualTo(Money.fen(1_234_500 - 30_862));

        dueTwice(order.id());
        await(() -> publicationsDone());
        assertThat(settlementJournals(order)).isEqualTo(1);
        assertThat(settlements.settle(order.id())).isEmpty();
        assertThat(ledger.balance(LedgerAccount.payableTo(merchant))).isEqualTo(Money.fen(-(1_234_500 - 30_862)));
        assertThat(ledger.balance(LedgerAccount.PLATFORM_FEES)).isEqualTo(feesBefore.minus(Money.fen(30_862)));
        assertThat(ledger.balance(LedgerAccount.ESCROW)).isEqualTo(escrowBefore.plus(Money.yuan(12_345)));
        assertThat(ledger.reconcile().balanced()).isTrue();
    }

    @Test
    void theEventSettlesTheOrderOnItsOwn() {
        var order = OrderFixtures.settlementDue(jdbc, purchases.pay(place(20_000)));
        dueTwice(order.id());
        await(() -> settlementJournals(order) == 1 && publicationsDone());
        assertThat(settlementJournals(order)).isEqualTo(1);
        assertThat(ledger.balance(LedgerAccount.payableTo(merchant))).isEqualTo(Money.fen(-(2_000_000 - 50_000)));
    }

    @Test
    void aPartRefundIsTheBuyersAndTheFeeIsOnWhatIsLeft() {
        var order = OrderFixtures.settlementDue(jdbc, purchases.pay(place(10_001)));
        refunds.refund(order.number(), Money.yuan(1_000));
        await(() -> refunds.outstanding(order.number()) == 0);

        var settlement = settlements.settle(order.id()).orElseThrow();

        assertThat(settlement.refunded()).isEqualTo(Money.yuan(1_000));
        assertThat(settlement.fee()).isEqualTo(Money.fen(900_100 / 40)); // 22,502.5 rounded down
        assertThat(settlement.net()).isEqualTo(Money.fen(900_100 - 22_502));
        assertThat(ledger.balance(LedgerAccount.payableTo(merchant))).isEqualTo(Money.fen(-(900_100 - 22_502)));
        assertThat(ledger.reconcile().balanced()).isTrue();
    }

    @Test
    void anOrderRefundedInFullSettlesNothing() {
        var order = OrderFixtures.settlementDue(jdbc, purchases.pay(place(15_000)));
        refunds.refund(order.number(), order.total());
        await(() -> refunds.outstanding(order.number()) == 0);

        assertThat(settlements.settle(order.id())).isEmpty();

        assertThat(settlementJournals(order)).isZero();
        assertThat(ledger.balance(LedgerAccount.payableTo(merchant))).isEqualTo(Money.zero());
        assertThat(ledger.reconcile().balanced()).isTrue();
    }

    @Test
    void anAfterSalesRefundAfterSettlementComesOutOfThePayableAccountAndTheLedgerReconciles() {
        var order = OrderFixtures.settlementDue(jdbc, purchases.pay(place(30_000)));
        var settlement = settlements.settle(order.id()).orElseThrow();
        var escrow = ledger.balance(LedgerAccount.ESCROW);

        var source = transactions.execute(status -> afterSales.refund(order.id(), Money.yuan(5_000), "争议退款"));
        await(() -> refunds.outstanding(order.number()) == 0);

        assertThat(source).isEqualTo(AfterSalesRefunds.Source.MERCHANT_PAYABLE);
        assertThat(ledger.balance(LedgerAccount.payableTo(merchant)))
                .isEqualTo(settlement.net().times(-1).plus(Money.yuan(5_000)));
        assertThat(ledger.balance(LedgerAccount.ESCROW))
                .as("escrow is untouched")
                .isEqualTo(escrow);
        assertThatIllegalArgumentException()
                .as("no more than the charge has left")
                .isThrownBy(
                        () -> transactions.execute(status -> afterSales.refund(order.id(), Money.yuan(25_001), "太多")));
        assertThat(ledger.reconcile().balanced()).isTrue();
    }

    @Test
    void anAfterSalesRefundBeforeSettlementComesOutOfEscrow() {
        var order = OrderFixtures.settlementDue(jdbc, purchases.pay(place(11_000)));
        var source = transactions.execute(status -> afterSales.refund(order.id(), Money.yuan(1_000), "退货退款"));
        await(() -> refunds.outstanding(order.number()) == 0);

        assertThat(source).isEqualTo(AfterSalesRefunds.Source.ESCROW);
        assertThat(settlements.settle(order.id()).orElseThrow().refunded()).isEqualTo(Money.yuan(1_000));
        assertThat(ledger.reconcile().balanced()).isTrue();
    }

    @Test
    void aPaidOrderSettlesNothingBeforeItIsDue() {
        var order = purchases.pay(place(9_500));
        assertThat(settlements.settle(order.id()))
                .as("not received, its return window not over")
                .isEmpty();
        assertThat(settlementJournals(order)).isZero();
        OrderFixtures.settlementDue(jdbc, order);
        assertThat(settlements.settle(order.id())).isPresent();
    }

    @Test
    void anUnpaidOrderOrNoOrderSettlesNothing() {
        var order = place(9_000);
        assertThat(settlements.settle(order.id())).isEmpty();
        assertThat(settlements.settle(new OrderId(Long.MAX_VALUE))).isEmpty();
        assertThat(settlementJournals(order)).isZero();
    }

    Order place(long yuan) {
        var customer = OrderFixtures.buyerWithAddress(addresses);
        var listing = aListing(catalog.referenceByNumber("126610LV").orElseThrow())
                .withSerial("STL" + System.nanoTime() % 10_000_000)
                .withPrice(yuan)
                .byMerchant(merchant)
                .listIn(catalog);
        return checkout.place(customer.buyer(), listing, customer.address());
    }

    void dueTwice(OrderId order) {
        for (int i = 0; i < 2; i++) {
            transactions.executeWithoutResult(status -> events.publishEvent(new OrderEvents.OrderSettlementDue(order)));
        }
    }

    long settlementJournals(Order order) {
        return jdbc.sql("""
                        select count(*) from payment.journal j join payment.charge c on c.id = j.charge_id
                        where c.order_number = :order and j.kind = 'SETTLEMENT'""")
                .param("order", order.number().value())
                .query(Long.class)
                .single();
    }

    boolean publicationsDone() {
        return jdbc.sql("""
                        select count(*) from platform.event_publication
                        where completion_date is null and event_type like '%OrderSettlementDue'""").query(Long.class).single() == 0;
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
