package io.escapement.aftersales;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.address.AddressBook;
import io.escapement.catalog.Catalog;
import io.escapement.merchant.MerchantDirectory;
import io.escapement.merchant.MerchantFixtures;
import io.escapement.money.Money;
import io.escapement.order.BuyerOrders;
import io.escapement.order.Checkout;
import io.escapement.order.Order;
import io.escapement.order.OrderFixtures;
import io.escapement.order.PaymentState;
import io.escapement.party.MerchantId;
import io.escapement.payment.Ledger;
import io.escapement.payment.LedgerAccount;
import io.escapement.payment.PaymentFixtures;
import io.escapement.payment.sandbox.SandboxPurchases;
import io.escapement.policy.TermsVersions;
import io.escapement.shipping.Shipments;
import io.escapement.shipping.Tracking;
import io.escapement.shipping.sandbox.SandboxCarrier;
import io.escapement.shipping.spi.TrackingCode;
import io.escapement.testing.Buyer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Returns end to end (issue 14, ADR 48): a delivered order is returned within the window, the
 * merchant accepts, the buyer books the return pickup, the carrier's signed "delivered" push of the
 * return parcel marks the case arrived without delivering the order again, the inspection passes
 * and part of the money goes back through the sandbox provider; the ledger reconciles, and the
 * order settles only once the case is over. A refusal is escalated and upheld by customer service.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "escapement.demo.listings=0",
            "escapement.shipping.sandbox.step=PT0S",
            "escapement.payment.platform-fee=2.5"
        })
@AutoConfigureMockMvc
class ReturnsTests {

    static final String RETURNS = "/api/v1/me/returns";
    static final AtomicInteger PHONES = new AtomicInteger((int) (System.nanoTime() % 9000));

    @Autowired
    MockMvc mvc;

    @Autowired
    Returns returns;

    @Autowired
    Shipments shipments;

    @Autowired
    Tracking tracking;

    @Autowired
    SandboxCarrier sandbox;

    @Autowired
    MerchantDirectory merchants;

    @Autowired
    Catalog catalog;

    @Autowired
    AddressBook addresses;

    @Autowired
    TermsVersions terms;

    @Autowired
    Checkout checkout;

    @Autowired
    BuyerOrders buyerOrders;

    @Autowired
    Ledger ledger;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    SandboxPurchases purchases;
    PaymentFixtures refunds;
    MerchantId merchant;
    Instant now;

    @BeforeEach
    void aMerchantOfItsOwn() {
        purchases = new SandboxPurchases(context);
        refunds = new PaymentFixtures(context);
        merchant = merchants
                .register(List.of(MerchantFixtures.merchant(
                        "退货表行" + PHONES.incrementAndGet(), "1380001" + String.format("%04d", PHONES.get()))))
                .get(0);
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void aReturnRunsFromRequestToPartialRefundAndTheOrderSettlesOnlyAfterIt() throws Exception {
        var customer = OrderFixtures.buyerWithAddress(addresses, terms);
        var order = deliveredOrder(customer, Duration.ofDays(6));
        var escrowBefore = ledger.balance(LedgerAccount.ESCROW);

        var opened = open(customer, order, "表盘颜色与图片不符", true, List.of(photo(), photo()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("REQUESTED"))
                .andReturn();
        var id = new ReturnCaseId(
                ((Number) com.jayway.jsonpath.JsonPath.read(opened.getResponse().getContentAsString(), "$.id"))
                        .longValue());
        assertThat(returns.photos(id)).isEqualTo(2);
        assertThat(inAfterSales(customer))
                .as("the order list's after-sales filter shows it")
                .isEqualTo(1);

        buyerOrders.confirmReceipt(customer.buyer(), order.number());
        assertThat(OrderFixtures.markSettlementDue(context, now.plus(Duration.ofDays(2))))
                .as("an open case holds the order from settlement")
                .doesNotContain(order.id());

        returns.accept(merchant, id);
        assertThatThrownBy(() -> returns.accept(merchant, id))
                .as("a decision submitted twice")
                .isInstanceOf(IllegalReturnTransition.class);
        mvc.perform(post(RETURNS + "/{id}/pickup", id.value())
                        .with(Buyer.as(customer.buyer()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SHIPPED_BACK"));
        var waybill = jdbc.sql("select waybill from shipping.shipment where order_id = :order and direction = 'RETURN'")
                .param("order", order.id().value())
                .query(String.class)
                .single();
        assertThat(shipments.of(order.id()).orElseThrow().waybill())
                .as("the outbound shipment is still the order's shipment")
                .isNotEqualTo(waybill);

        push(sandbox.routePush(waybill + "-80", waybill, TrackingCode.DELIVERED, now));
        await(() -> returns.find(id).orElseThrow().state() == ReturnState.ARRIVED);
        assertThat(buyerOrders
                        .find(customer.buyer(), order.number())
                        .orElseThrow()
                        .timeline())
                .as("the return's delivery does not deliver the order again")
                .filteredOn(step -> step.kind() == io.escapement.order.Step.Kind.DELIVERED)
                .hasSize(1);

        returns.inspect(merchant, id, Inspection.PASSED, "表况与寄出时一致");
        assertThatThrownBy(() -> returns.refund(merchant, id, order.total().plus(Money.fen(1))))
                .as("more than was paid")
                .isInstanceOf(ReturnRefused.class);
        var refunded = returns.refund(merchant, id, Money.yuan(50_000));
        assertThat(refunded.state()).isEqualTo(ReturnState.REFUNDED);
        await(() -> refunds.outstanding(order.number()) == 0);

        var after = buyerOrders.find(customer.buyer(), order.number()).orElseThrow();
        assertThat(after.payment()).isEqualTo(PaymentState.PARTLY_REFUNDED);
        assertThat(after.refunded()).isEqualTo(Money.yuan(50_000));
        assertThat(ledger.balance(LedgerAccount.ESCROW))
                .as("the refund comes out of escrow before settlement")
                .isEqualTo(escrowBefore.plus(Money.yuan(50_000)));
        assertThat(inAfterSales(customer)).isZero();

        assertThat(OrderFixtures.markSettlementDue(context, now.plus(Duration.ofDays(2))))
                .as("once the case is over the order settles")
                .contains(order.id());
        await(() -> settled(order) == 1);
        assertThat(ledger.balance(LedgerAccount.payableTo(merchant)))
                .isEqualTo(Money.fen(-(order.total().minus(Money.yuan(50_000)).minor() * 975 / 1000)));
        assertThat(ledger.reconcile().balanced()).isTrue();
    }

    @Test
    void thePlatformsInspectorFailsAReturnAndTheMerchantClosesItWithoutARefund() throws Exception {
        var customer = OrderFixtures.buyerWithAddress(addresses, terms);
        var order = deliveredOrder(customer, Duration.ofDays(3));
        var id = returns.open(customer.buyer(), order.number(), new OpenReturn("不想要了", true, List.of()))
                .id();
        assertThat(context.getBeansOfType(io.escapement.account.spi.CancellationBlocker.class).values().stream()
                        .flatMap(blocker -> blocker.blockers(customer.buyer()).stream()))
                .as("an open case blocks cancelling the account")
                .contains("cancel.blocker.openReturn");
        returns.accept(merchant, id);
        var waybill = returns.bookReturn(customer.buyer(), id).timeline().get(2).note();
        push(sandbox.routePush(waybill + "-80", waybill, TrackingCode.DELIVERED, now));
        await(() -> returns.find(id).orElseThrow().state() == ReturnState.ARRIVED);

        mvc.perform(get("/console/inspections")
                        .with(io.escapement.testing.Staff.as(io.escapement.privacy.StaffRole.INSPECTOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(id.reference())));
        mvc.perform(post("/console/inspections/{id}", id.value())
                        .param("result", "FAILED")
                        .param("note", " ")
                        .with(io.escapement.testing.Staff.as(io.escapement.privacy.StaffRole.INSPECTOR))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/console/inspections/{id}", id.value())
                        .param("result", "FAILED")
                        .param("note", "表镜有新裂纹")
                        .with(io.escapement.testing.Staff.as(io.escapement.privacy.StaffRole.INSPECTOR))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        var inspected = returns.find(id).orElseThrow();
        assertThat(inspected.inspection()).isEqualTo(Inspection.FAILED);
        assertThat(inspected.timeline().get(inspected.timeline().size() - 1).by())
                .isEqualTo(Party.INSPECTOR);

        returns.close(merchant, id);
        assertThat(returns.find(id).orElseThrow().state()).isEqualTo(ReturnState.CLOSED);
        assertThat(inAfterSales(customer)).isZero();
        assertThat(refunds.outstanding(order.number())).isZero();
        assertThat(buyerOrders
                        .find(customer.buyer(), order.number())
                        .orElseThrow()
                        .payment())
                .isEqualTo(PaymentState.PAID);
    }

    @Test
    void aRefusalIsEscalatedAndUpheldByCustomerService() throws Exception {
        var customer = OrderFixtures.buyerWithAddress(addresses, terms);
        var order = deliveredOrder(customer, Duration.ofDays(1));
        var id = returns.open(customer.buyer(), order.number(), new OpenReturn("不想要了", true, List.of()))
                .id();

        assertThatThrownBy(() -> returns.refuse(merchant, id, " ")).isInstanceOf(ReturnRefused.class);
        returns.refuse(merchant, id, "表背有新的划痕");
        mvc.perform(get(RETURNS + "/{id}", id.reference()).with(Buyer.as(customer.buyer())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("REFUSED"))
                .andExpect(jsonPath("$.refusal").value("表背有新的划痕"));
        mvc.perform(post(RETURNS + "/{id}/escalate", id.value())
                        .with(Buyer.as(customer.buyer()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ESCALATED"));
        mvc.perform(post(RETURNS + "/{id}/escalate", id.value())
                        .with(Buyer.as(customer.buyer()))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        var upheld = returns.decide(id, false, "照片证实划痕为买家造成");
        assertThat(upheld.state()).isEqualTo(ReturnState.REFUSAL_UPHELD);
        assertThat(upheld.timeline())
                .extracting(ReturnStep::kind)
                .containsExactly(
                        ReturnStep.Kind.REQUESTED,
                        ReturnStep.Kind.REFUSED,
                        ReturnStep.Kind.ESCALATED,
                        ReturnStep.Kind.REFUSAL_UPHELD);
        assertThat(inAfterSales(customer)).as("the hold ends with the case").isZero();
        assertThatThrownBy(() -> returns.decide(id, true, "再改"))
                .as("decided once")
                .isInstanceOf(IllegalReturnTransition.class);
    }

    @Test
    void badReturnsAreRefusedClearlyAndChangeNothing() throws Exception {
        var customer = OrderFixtures.buyerWithAddress(addresses, terms);
        var stranger = OrderFixtures.buyerWithAddress(addresses, terms);
        var late = deliveredOrder(customer, Duration.ofDays(8));
        var order = deliveredOrder(customer, Duration.ofDays(2));

        open(customer, late, "不想要了", true, List.of())
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("7")));
        open(stranger, order, "不想要了", true, List.of())
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        open(customer, order, "x".repeat(ReturnCase.MAX_TEXT + 1), true, List.of())
                .andExpect(status().isBadRequest());
        open(customer, order, "不想要了", false, List.of()).andExpect(status().isBadRequest());
        open(customer, order, "不想要了", true, List.of("bm90IGEgcGhvdG8="))
                .andExpect(status().is4xxClientError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        var seven = new String[7];
        java.util.Arrays.fill(seven, photo());
        open(customer, order, "不想要了", true, List.of(seven)).andExpect(status().isBadRequest());
        assertThat(cases(order)).as("nothing was opened").isZero();
        assertThat(inAfterSales(customer)).isZero();

        open(customer, order, "不想要了", true, List.of()).andExpect(status().isCreated());
        open(customer, order, "再退一次", true, List.of())
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(cases(order)).isEqualTo(1);

        var id = returns.ofBuyer(customer.buyer()).get(0).id();
        mvc.perform(get(RETURNS + "/{id}", id.value()).with(Buyer.as(stranger.buyer())))
                .andExpect(status().isNotFound());
        mvc.perform(post(RETURNS + "/{id}/pickup", id.value())
                        .with(Buyer.as(customer.buyer()))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post(RETURNS + "/{id}/escalate", id.value())
                        .with(Buyer.as(stranger.buyer()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        var otherMerchant = merchants
                .register(List.of(MerchantFixtures.merchant(
                        "旁观表行" + PHONES.incrementAndGet(), "1380002" + String.format("%04d", PHONES.get()))))
                .get(0);
        assertThatThrownBy(() -> returns.accept(otherMerchant, id))
                .as("a forged decision of another merchant")
                .isInstanceOfSatisfying(
                        ReturnRefused.class,
                        refused -> assertThat(refused.status().value()).isEqualTo(404));
        assertThatThrownBy(() -> returns.refund(merchant, id, Money.yuan(1)))
                .as("no refund before inspection")
                .isInstanceOf(IllegalReturnTransition.class);
        assertThat(returns.find(id).orElseThrow().state()).isEqualTo(ReturnState.REQUESTED);
        assertThat(refunds.outstanding(order.number())).isZero();
    }

    @Test
    void twoDecisionsSubmittedAtOnceMoveTheCaseOnce() throws Exception {
        var customer = OrderFixtures.buyerWithAddress(addresses, terms);
        var order = deliveredOrder(customer, Duration.ofDays(1));
        var id = returns.open(customer.buyer(), order.number(), new OpenReturn("不想要了", true, List.of()))
                .id();
        var barrier = new java.util.concurrent.CyclicBarrier(2);
        var outcomes = new java.util.ArrayList<java.util.concurrent.CompletableFuture<String>>();
        for (int node = 0; node < 2; node++) {
            var refuse = node == 1;
            outcomes.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    barrier.await();
                    if (refuse) {
                        returns.refuse(merchant, id, "有划痕");
                    } else {
                        returns.accept(merchant, id);
                    }
                    return "moved";
                } catch (io.escapement.language.WordedRefusal refused) {
                    return refused.status().value() + "";
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        assertThat(outcomes.stream().map(java.util.concurrent.CompletableFuture::join))
                .containsExactlyInAnyOrder("moved", "409");
        assertThat(returns.find(id).orElseThrow().timeline()).hasSize(2);
    }

    ResultActions open(
            OrderFixtures.BuyerWithAddress customer, Order order, String reason, boolean declared, List<String> photos)
            throws Exception {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("orderNumber", order.number().value());
        body.put("reason", reason);
        body.put("asSentWithBoxAndPapers", declared);
        body.put("photos", photos);
        return mvc.perform(post(RETURNS)
                .with(Buyer.as(customer.buyer()))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                        tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body)));
    }

    /** A paid order of the merchant's watch, shipped and delivered {@code ago}. */
    Order deliveredOrder(OrderFixtures.BuyerWithAddress customer, Duration ago) {
        var listing = aListing(catalog.referenceByNumber("126610LN").orElseThrow())
                .withSerial("RET" + Long.toString(System.nanoTime(), 36).toUpperCase())
                .withPrice(100_000)
                .byMerchant(merchant)
                .listIn(catalog);
        var order = purchases.pay(checkout.place(customer.buyer(), listing, customer.address()));
        var waybill = shipments.book(merchant, order.number()).waybill();
        push(sandbox.routePush(waybill + "-80", waybill, TrackingCode.DELIVERED, now.minus(ago)));
        return buyerOrders.find(customer.buyer(), order.number()).orElseThrow();
    }

    void push(byte[] body) {
        var headers = new java.util.HashMap<String, String>();
        sandbox.signed(body).forEach((name, value) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), value));
        var taken = tracking.receive("sandbox", headers, body);
        assertThat(taken.stored()).isEqualTo(1);
    }

    long inAfterSales(OrderFixtures.BuyerWithAddress customer) {
        return buyerOrders
                .list(customer.buyer(), io.escapement.order.OrderFilter.AFTER_SALES)
                .size();
    }

    long cases(Order order) {
        return jdbc.sql("select count(*) from aftersales.return_case where order_id = :order")
                .param("order", order.id().value())
                .query(Long.class)
                .single();
    }

    long settled(Order order) {
        return jdbc.sql("select count(*) from payment.settlement where order_id = :order")
                .param("order", order.id().value())
                .query(Long.class)
                .single();
    }

    static String photo() {
        var image = new BufferedImage(1200, 1200, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.DARK_GRAY);
        g.fillOval(200, 200, 800, 800);
        g.dispose();
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
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
