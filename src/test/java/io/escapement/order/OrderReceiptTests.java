package io.escapement.order;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.address.AddressBook;
import io.escapement.catalog.Catalog;
import io.escapement.party.MerchantId;
import io.escapement.policy.TermsVersions;
import io.escapement.testing.Buyer;
import io.escapement.vault.SubjectId;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The buyer confirms receipt of a shipped or delivered order (issue 14), through the API and on the
 * order's page; the shipped and completed filters show it (U-2).
 */
@SpringBootTest(properties = "escapement.demo.listings=0")
@AutoConfigureMockMvc
class OrderReceiptTests {

    @Autowired
    TermsVersions terms;

    @Autowired
    MockMvc mvc;

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

    @Autowired
    Orders orders;

    @Test
    void theBuyerConfirmsReceiptOnceThroughTheApiAndTheFiltersFollow() throws Exception {
        var customer = OrderFixtures.buyerWithAddress(addresses, terms);
        var buyer = customer.buyer();
        var order = paidOrder(customer, "RECEIPT01", 41);
        var receipt = "/api/v1/me/orders/{n}/receipt";
        var number = order.number().value();

        mvc.perform(post(receipt, number).with(Buyer.as(buyer)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("无法确认收货")));

        fulfilment.ship(order.id(), Instant.now());
        mvc.perform(get("/api/v1/me/orders").param("state", "shipped").with(Buyer.as(buyer)))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].fulfilment").value("SHIPPED"));
        mvc.perform(get("/api/v1/me/orders").param("state", "awaiting-shipment").with(Buyer.as(buyer)))
                .andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/v1/me/orders").param("state", "completed").with(Buyer.as(buyer)))
                .andExpect(jsonPath("$", hasSize(0)));

        mvc.perform(post(receipt, number).with(Buyer.as(buyer))).andExpect(status().isForbidden());
        mvc.perform(post(receipt, number).with(Buyer.as(SubjectId.random())).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        for (var bad : new String[] {"x", "20261203-K7QM2XDI", "1".repeat(300)}) {
            mvc.perform(post(receipt, bad).with(Buyer.as(buyer)).with(csrf())).andExpect(status().isNotFound());
        }
        mvc.perform(post(receipt, number).with(Buyer.as(buyer)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fulfilment").value("RECEIVED"))
                .andExpect(jsonPath("$.timeline[-1].kind").value("RECEIVED"));
        mvc.perform(post(receipt, number)
                        .header("Accept-Language", "en")
                        .with(Buyer.as(buyer))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("received already")));

        assertThatOneStep(order, Step.Kind.RECEIVED);
        mvc.perform(get("/api/v1/me/orders").param("state", "completed").with(Buyer.as(buyer)))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].number").value(number));
        mvc.perform(get("/api/v1/me/orders").param("state", "shipped").with(Buyer.as(buyer)))
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void theBuyerConfirmsReceiptOfADeliveredOrderOnItsPage() throws Exception {
        var customer = OrderFixtures.buyerWithAddress(addresses, terms);
        var buyer = customer.buyer();
        var order = paidOrder(customer, "RECEIPT02", 42);
        var page = "/account/orders/" + order.number().value();

        mvc.perform(get(page).with(Buyer.as(buyer)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"order-receipt\""))));
        fulfilment.ship(order.id(), Instant.now());
        assertThat(fulfilment.deliver(order.id(), Instant.now())).isTrue();
        assertThat(fulfilment.deliver(order.id(), Instant.now()))
                .as("a repeated delivery changes nothing")
                .isFalse();
        mvc.perform(get("/account/orders").param("state", "shipped").with(Buyer.as(buyer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(order.number().value())));
        mvc.perform(get(page).with(Buyer.as(buyer)))
                .andExpect(content().string(containsString("id=\"order-receipt\"")))
                .andExpect(content().string(containsString("快递已签收")));

        mvc.perform(post(page + "/receipt").with(Buyer.as(buyer)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(page));
        mvc.perform(post(page + "/receipt").with(Buyer.as(buyer)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("此订单无法确认收货")));
        mvc.perform(post("/account/orders/nonsense/receipt")
                        .with(Buyer.as(buyer))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/account/orders").param("state", "completed").with(Buyer.as(buyer)))
                .andExpect(content().string(containsString(order.number().value())));
        assertThatOneStep(order, Step.Kind.RECEIVED);
        assertThat(orders.find(order.id()).orElseThrow().deliveredAt()).isPresent();
    }

    private void assertThatOneStep(Order order, Step.Kind kind) {
        assertThat(orders.find(order.id()).orElseThrow().timeline())
                .extracting(Step::kind)
                .containsOnlyOnce(kind);
    }

    private Order paidOrder(OrderFixtures.BuyerWithAddress customer, String serial, long merchant) {
        var id = aListing(catalog.referenceByNumber("126710BLRO").orElseThrow())
                .withSerial(serial)
                .withPrice(120_000)
                .byMerchant(new MerchantId(merchant))
                .listIn(catalog);
        var order = checkout.place(customer.buyer(), id, customer.address());
        assertThat(payments.paid(order.number(), order.total(), Instant.now())).isEqualTo(PaymentOutcome.PAID);
        return order;
    }
}
