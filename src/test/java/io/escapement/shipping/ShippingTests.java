package io.escapement.shipping;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.address.AddressBook;
import io.escapement.catalog.Catalog;
import io.escapement.merchant.MerchantDirectory;
import io.escapement.merchant.MerchantFixtures;
import io.escapement.order.BuyerOrders;
import io.escapement.order.Checkout;
import io.escapement.order.FulfilmentState;
import io.escapement.order.Order;
import io.escapement.order.OrderFixtures;
import io.escapement.order.OrderPayments;
import io.escapement.order.PaymentOutcome;
import io.escapement.party.MerchantId;
import io.escapement.policy.TermsVersions;
import io.escapement.sharing.SharingLedger;
import io.escapement.shipping.sandbox.SandboxCarrier;
import io.escapement.shipping.spi.TrackingCode;
import io.escapement.testing.Buyer;
import io.escapement.testing.Staff;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 14: the merchant books a pickup and the carrier gets the recipient's full name, phone and
 * address only through the sharing gateway (P-9), while the merchant's page shows them masked; the
 * carrier's signed tracking pushes move the shipment forward once and never back, and a delivery
 * delivers the order. The sandbox's own clock is stopped (step 0): the test pushes the events.
 */
@SpringBootTest(properties = {"escapement.demo.listings=0", "escapement.shipping.sandbox.step=PT0S"})
@AutoConfigureMockMvc
@Import(RecordingCarrier.Configuration.class)
@ExtendWith(OutputCaptureExtension.class)
class ShippingTests {

    private static final String EVENTS = "/api/v1/shipping/{carrier}/events";

    @Autowired
    MockMvc mvc;

    @Autowired
    RecordingCarrier carrier;

    @Autowired
    SandboxCarrier sandbox;

    @Autowired
    Shipments shipments;

    @Autowired
    Tracking tracking;

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
    OrderPayments payments;

    @Autowired
    BuyerOrders buyerOrders;

    @Autowired
    SharingLedger ledger;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCarrierGetsTheFullRecipientOnlyThroughTheGatewayAndTheMerchantSeesItMasked() throws Exception {
        var merchant = merchant("上海发货表行", "13800000041");
        var customer = OrderFixtures.buyerWithAddress(addresses, terms);
        var order = paidOrder(customer, merchant, "SHIP01");
        var page = "/merchant/orders/" + order.number().value();

        assertThat(mvc.perform(get(page).with(Staff.ofMerchant(merchant)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"order-book-pickup\"", "发货");
        mvc.perform(post(page + "/pickup").with(Staff.ofMerchant(merchant)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/pickup").with(Staff.ofMerchant(merchant)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        var booked = carrier.bookings.stream()
                .filter(request ->
                        request.orderReference().equals(order.number().value()))
                .toList();
        assertThat(booked).as("a double click books once").singleElement().satisfies(request -> {
            assertThat(request.recipientName()).isEqualTo(OrderFixtures.RECIPIENT);
            assertThat(request.phone()).isEqualTo(OrderFixtures.PHONE);
            assertThat(request.address()).contains("广东省", "深圳市", "南山区", OrderFixtures.DETAIL);
        });
        assertThat(ledger.of(customer.buyer()))
                .filteredOn(entry -> entry.recipient().equals("sf-express"))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.reference()).isEqualTo(order.number().value());
                    assertThat(entry.fields()).containsExactlyInAnyOrder("recipientName", "phone", "address");
                });
        var shipment = shipments.of(order.id()).orElseThrow();
        assertThat(shipment.waybill()).matches("SF\\d{13}");
        assertThat(count("select count(*) from shipping.shipment where order_id = "
                        + order.id().value()))
                .isEqualTo(1);
        assertThat(buyerOrders
                        .find(customer.buyer(), order.number())
                        .orElseThrow()
                        .fulfilment())
                .isEqualTo(FulfilmentState.SHIPPED);

        var shown = mvc.perform(get(page).with(Staff.ofMerchant(merchant)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(shown)
                .contains(shipment.waybill(), "139****5678")
                .doesNotContain(
                        OrderFixtures.PHONE, OrderFixtures.RECIPIENT, OrderFixtures.DETAIL, "order-book-pickup");

        var label = shipments.label(merchant, order.number()).orElseThrow();
        assertThat(label.waybillNumber()).isEqualTo(shipment.waybill());
        assertThat(label.recipientPhoneMasked()).isEqualTo("139****5678");
        assertThat(label.recipientNameMasked()).startsWith("欧").doesNotContain("阳娜娜");
        assertThat(List.of(label.province(), label.city(), label.district())).containsExactly("广东省", "深圳市", "南山区");
        assertThat(label.detailMasked()).doesNotContain(OrderFixtures.DETAIL);
        assertThat(label.senderBusinessName()).isEqualTo("上海发货表行");
        assertThat(shipments.label(merchant("北京旁观表行", "13800000042"), order.number()))
                .as("another merchant gets no label")
                .isEmpty();
    }

    @Test
    void theMerchantPrintsThePrivacyWaybillOfABookedOrderAndNobodyElseDoes() throws Exception {
        var merchant = merchant("杭州面单表行", "13800000046");
        var customer = OrderFixtures.buyerWithAddress(addresses, terms);
        var order = paidOrder(customer, merchant, "SHIP05");
        var page = "/merchant/orders/" + order.number().value();
        var waybill = page + "/waybill.pdf";

        mvc.perform(get(waybill).with(Staff.ofMerchant(merchant)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("problem", "shipping.noWaybill"));
        mvc.perform(post(page + "/pickup").with(Staff.ofMerchant(merchant)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get(page).with(Staff.ofMerchant(merchant)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"order-print-waybill\"");

        var response = mvc.perform(get(waybill).with(Staff.ofMerchant(merchant)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn()
                .getResponse();
        try (var pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains(shipments.of(order.id()).orElseThrow().waybill(), "139****5678", "南山区")
                    .doesNotContain(OrderFixtures.PHONE, OrderFixtures.RECIPIENT, OrderFixtures.DETAIL);
        }

        var stranger = merchant("南京旁观表行", "13800000047");
        mvc.perform(get(waybill).with(Staff.ofMerchant(stranger)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "shipping.noWaybill"));
        mvc.perform(get("/merchant/orders/not-a-number/waybill.pdf").with(Staff.ofMerchant(merchant)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/merchant/orders"));

        var number = shipments.of(order.id()).orElseThrow().waybill();
        push(sandbox.routePush(
                        number + "-80",
                        number,
                        TrackingCode.DELIVERED,
                        Instant.now().truncatedTo(ChronoUnit.SECONDS)))
                .andExpect(status().isOk());
        buyerOrders.confirmReceipt(customer.buyer(), order.number());
        assertThatThrownBy(() -> buyerOrders.delete(customer.buyer(), order.number()))
                .as("not while a return is still possible")
                .hasMessage("orders.cannotDelete");
        jdbc.sql("update orders.buyer_order set settlement_due_at = now() where id = :id") // the window is over
                .param("id", order.id().value())
                .update();
        buyerOrders.delete(customer.buyer(), order.number());
        // once the buyer deleted the completed order its address is shredded: no label, and no error
        mvc.perform(get(waybill).with(Staff.ofMerchant(merchant)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "shipping.noWaybill"));
    }

    @Test
    void twoBookingsAtOnceBookOnce() throws Exception {
        var merchant = merchant("上海并发表行", "13800000043");
        var order = paidOrder(OrderFixtures.buyerWithAddress(addresses, terms), merchant, "SHIP02");
        var first = CompletableFuture.supplyAsync(() -> tryBook(merchant, order));
        var second = CompletableFuture.supplyAsync(() -> tryBook(merchant, order));
        assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder("booked", "shipping.bookedAlready");
        assertThatThrownBy(() -> shipments.book(merchant, order.number()))
                .isInstanceOfSatisfying(
                        ShippingRefused.class,
                        refused -> assertThat(refused.status().value()).isEqualTo(409));
        assertThat(carrier.bookings)
                .filteredOn(request ->
                        request.orderReference().equals(order.number().value()))
                .hasSize(1);
    }

    @Test
    void trackingPushesAreTakenOnceMoveForwardOnlyAndDeliverTheOrder(CapturedOutput output) throws Exception {
        var merchant = merchant("上海物流表行", "13800000044");
        var customer = OrderFixtures.buyerWithAddress(addresses, terms);
        var order = paidOrder(customer, merchant, "SHIP03");
        var waybill = shipments.book(merchant, order.number()).waybill();
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        var pickedUp = sandbox.routePush(waybill + "-50", waybill, TrackingCode.PICKED_UP, now.minusSeconds(3600));
        push(pickedUp).andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(1));
        push(pickedUp)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.repeated").value(1));
        assertThat(events(order)).isEqualTo(1);
        assertThat(shipments.of(order.id()).orElseThrow().state()).isEqualTo(ShipmentState.PICKED_UP);

        push(sandbox.routePush(waybill + "-80", waybill, TrackingCode.DELIVERED, now.minusSeconds(60)))
                .andExpect(jsonPath("$.stored").value(1));
        var delivered = buyerOrders.find(customer.buyer(), order.number()).orElseThrow();
        assertThat(delivered.fulfilment()).isEqualTo(FulfilmentState.DELIVERED);
        assertThat(delivered.deliveredAt()).contains(now.minusSeconds(60));

        push(sandbox.routePush(waybill + "-44", waybill, TrackingCode.OUT_FOR_DELIVERY, now.minusSeconds(600)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stored").value(1));
        assertThat(shipments.of(order.id()).orElseThrow().state())
                .as("an older event that came late never moves the state back")
                .isEqualTo(ShipmentState.DELIVERED);
        assertThat(events(order)).isEqualTo(3);

        var forged = sandbox.routePush(waybill + "-30", waybill, TrackingCode.IN_TRANSIT, now);
        mvc.perform(post(EVENTS, "sandbox")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(forged)
                        .headers(headers(SandboxCarrier.forged(forged, Clock.systemUTC()))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post(EVENTS, "sandbox")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(forged))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(events(order)).as("a forgery changes nothing").isEqualTo(3);
        assertThat(output.getAll()).contains("Refused a sandbox tracking push");

        for (var malformed : List.of("{\"Body\":", "[]", "{\"Body\":{\"WaybillRoute\":[{\"id\":\"x\"}]}}")) {
            push(malformed.getBytes(StandardCharsets.UTF_8))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        var inTransit = sandbox.routePush(waybill + "-30b", waybill, TrackingCode.IN_TRANSIT, now.minusSeconds(900));
        var onceSigned = headers(sandbox.signed(inTransit));
        mvc.perform(post(EVENTS, "sandbox")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(inTransit)
                        .headers(onceSigned))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stored").value(1));
        mvc.perform(post(EVENTS, "sandbox")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(inTransit)
                        .headers(onceSigned))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(output.getAll()).contains("Refused a replayed sandbox tracking push");
        var stale = sandbox.routePush(waybill + "-30c", waybill, TrackingCode.IN_TRANSIT, now.minusSeconds(900));
        mvc.perform(post(EVENTS, "sandbox")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(stale)
                        .headers(headers(sandbox.signedAt(stale, Instant.now().minus(Duration.ofMinutes(6))))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(count("select count(*) from shipping.tracking_event where event_id = '" + waybill + "-30c'"))
                .as("a call signed six minutes ago changes nothing")
                .isZero();
        assertThat(events(order)).as("the replay stored nothing").isEqualTo(4);
        push(sandbox.routePush("NOBODY-80", "SF0000000000000", TrackingCode.DELIVERED, now))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unknownWaybill").value(1));
        assertThat(count("select count(*) from shipping.tracking_event where event_id = 'NOBODY-80'"))
                .isZero();
        mvc.perform(post(EVENTS, "pigeon-post")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(pickedUp))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(mvc.perform(get("/account/orders/" + order.number().value()).with(Buyer.as(customer.buyer())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(waybill, "快递员已揽收", "派送中", "已签收");
    }

    @Test
    void eventsOfOneParcelArrivingAtOnceAreEachTakenAndTheParcelEndsWhereTheLatestSays() throws Exception {
        var merchant = merchant("上海并行物流表行", "13800000048");
        var customer = OrderFixtures.buyerWithAddress(addresses, terms);
        var order = paidOrder(customer, merchant, "SHIP06");
        var waybill = shipments.book(merchant, order.number()).waybill();
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var codes = List.of(
                TrackingCode.PICKED_UP, TrackingCode.IN_TRANSIT, TrackingCode.OUT_FOR_DELIVERY, TrackingCode.DELIVERED);
        var start = new CountDownLatch(1);
        var pushes = new ArrayList<CompletableFuture<Tracking.Taken>>();
        for (int i = 0; i < 12; i++) {
            var code = codes.get(i % codes.size());
            var body =
                    sandbox.routePush(waybill + "-" + i, waybill, code, now.minusSeconds(600 - code.ordinal() * 60L));
            var signed = sandbox.signed(body);
            pushes.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return tracking.receive(SandboxCarrier.ID, signed, body);
            }));
        }
        start.countDown();
        for (var push : pushes) {
            assertThat(push.get().stored()).as("no push is refused or lost").isEqualTo(1);
        }
        assertThat(events(order)).isEqualTo(12);
        assertThat(shipments.of(order.id()).orElseThrow().state()).isEqualTo(ShipmentState.DELIVERED);
        assertThat(count("select count(*) from orders.step where order_id = "
                        + order.id().value() + " and kind = 'DELIVERED'"))
                .as("delivered once")
                .isEqualTo(1);
    }

    @Test
    void aBookingTheCarrierDoesNotTakeLeavesNothingAndCanBeTriedAgain() throws Exception {
        var merchant = merchant("苏州重试表行", "13800000049");
        var order = paidOrder(OrderFixtures.buyerWithAddress(addresses, terms), merchant, "SHIP07");
        var page = "/merchant/orders/" + order.number().value();
        carrier.failNextBooking.set(true);
        mvc.perform(post(page + "/pickup").with(Staff.ofMerchant(merchant)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problemText", "承运商暂时未能受理预约，请几分钟后重试。"));
        assertThat(shipments.of(order.id())).as("no shipment is left claimed").isEmpty();
        assertThat(count("select count(*) from shipping.shipment where order_id = "
                        + order.id().value()))
                .isZero();

        mvc.perform(post(page + "/pickup").with(Staff.ofMerchant(merchant)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(shipments.of(order.id())).isPresent();
    }

    private String tryBook(MerchantId merchant, Order order) {
        try {
            shipments.book(merchant, order.number());
            return "booked";
        } catch (ShippingRefused refused) {
            return refused.getMessage();
        }
    }

    private ResultActions push(byte[] body) throws Exception {
        return mvc.perform(post(EVENTS, "sandbox")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .headers(headers(sandbox.signed(body))));
    }

    private static org.springframework.http.HttpHeaders headers(Map<String, String> values) {
        var headers = new org.springframework.http.HttpHeaders();
        values.forEach(headers::add);
        return headers;
    }

    private long events(Order order) {
        return count("select count(*) from shipping.tracking_event e join shipping.shipment s on s.id = e.shipment_id"
                + " where s.order_id = " + order.id().value());
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private MerchantId merchant(String name, String phone) {
        return merchants
                .register(List.of(MerchantFixtures.merchant(name, phone)))
                .get(0);
    }

    private Order paidOrder(OrderFixtures.BuyerWithAddress customer, MerchantId merchant, String serial) {
        var id = aListing(catalog.referenceByNumber("126610LN").orElseThrow())
                .withSerial(serial + Long.toString(System.nanoTime(), 36).toUpperCase())
                .withPrice(120_000)
                .byMerchant(merchant)
                .listIn(catalog);
        var order = checkout.place(customer.buyer(), id, customer.address());
        assertThat(payments.paid(order.number(), order.total(), Instant.now())).isEqualTo(PaymentOutcome.PAID);
        return order;
    }
}
