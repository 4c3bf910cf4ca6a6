package io.escapement.payment.web;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.escapement.address.AddressBook;
import io.escapement.catalog.Catalog;
import io.escapement.order.Checkout;
import io.escapement.order.Order;
import io.escapement.order.OrderFixtures;
import io.escapement.party.MerchantId;
import io.escapement.testing.Buyer;
import io.escapement.vault.SubjectId;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The "pay" step on the web and in the API, and the sandbox's pay page: a buyer pays only their own
 * order, and every bad value gets a worded 4xx, never a server error.
 */
@SpringBootTest(properties = "escapement.demo.listings=0")
@AutoConfigureMockMvc
class PaymentPagesTests {

    static final AtomicInteger SERIALS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    Checkout checkout;

    @Autowired
    Catalog catalog;

    @Autowired
    AddressBook addresses;

    @Test
    void aBuyerChoosesTheSandboxAndIsSentToItsPayPage() throws Exception {
        var placed = placed();
        var pay = "/account/orders/" + placed.order().number().value() + "/pay";

        mvc.perform(get(pay).with(Buyer.as(placed.buyer())).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("沙箱"), containsString("¥76,000"))));
        var redirect = mvc.perform(post(pay)
                        .param("provider", "sandbox")
                        .with(Buyer.as(placed.buyer()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/sandbox/pay?order=")))
                .andReturn()
                .getResponse()
                .getHeader("Location");

        mvc.perform(get(redirect.substring(redirect.indexOf("/sandbox/"))).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("腕表订单"), containsString("¥76,000"))))
                .andExpect(content().string(not(containsString("FORGED"))));
    }

    @Test
    void anotherBuyersOrderAndBadProvidersAreRefusedInWords() throws Exception {
        var placed = placed();
        var pay = "/account/orders/" + placed.order().number().value() + "/pay";
        var stranger = SubjectId.random();

        mvc.perform(get(pay).with(Buyer.as(stranger))).andExpect(status().isNotFound());
        mvc.perform(post(pay)
                        .param("provider", "sandbox")
                        .with(Buyer.as(stranger))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/account/orders/not-a-number/pay").with(Buyer.as(placed.buyer())))
                .andExpect(status().isNotFound());
        for (var provider : new String[] {"", "paypal", "x".repeat(5_000)}) {
            mvc.perform(post(pay)
                            .param("provider", provider)
                            .with(Buyer.as(placed.buyer()))
                            .with(csrf())
                            .param("lang", "en"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("That payment method is not offered.")));
        }
        mvc.perform(post(pay).param("provider", "sandbox").with(Buyer.as(placed.buyer())))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiStartsAPaymentAndAnswersBadRequestsWithProblems() throws Exception {
        var placed = placed();
        var url = "/api/v1/me/orders/" + placed.order().number().value() + "/payments";

        var body = mvc.perform(post(url)
                        .with(csrf())
                        .with(Buyer.as(placed.buyer()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"provider\":\"sandbox\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.method").value("GET"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(post(url)
                        .with(csrf())
                        .with(Buyer.as(placed.buyer()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"provider\":\"sandbox\"}"))
                .andExpect(jsonPath("$.target").value(JsonPath.<String>read(body, "$.target")));
        mvc.perform(post(url)
                        .with(csrf())
                        .with(Buyer.as(placed.buyer()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"provider\":\"bitcoin\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post(url)
                        .with(csrf())
                        .with(Buyer.as(SubjectId.random()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"provider\":\"sandbox\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/payment-providers")).andExpect(jsonPath("$[0]").value("sandbox"));
    }

    @Test
    void callbacksThatDoNotVerifyAreProblemsAndUnknownProvidersAreNotFound() throws Exception {
        mvc.perform(post("/api/v1/payments/sandbox/notify")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reference\":\"P0000000000000000001\",\"amount\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/payments/sandbox/notify")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("sign=%zz&a=%"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/payments/paypal/notify").content("x"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theSandboxPageTrustsOnlyWhatTheSandboxSigned() throws Exception {
        mvc.perform(get("/sandbox/pay")
                        .param("order", "eyJyZWZlcmVuY2UiOiJQMSJ9.AAAA")
                        .param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("This payment link is not valid.")));
        mvc.perform(get("/sandbox/pay")).andExpect(status().isBadRequest());
        mvc.perform(post("/sandbox/pay")
                        .param("order", "x".repeat(10_000))
                        .param("outcome", "PAID")
                        .with(csrf()))
                .andExpect(status().isBadRequest());

        var placed = placed();
        var location = mvc.perform(
                        post("/account/orders/" + placed.order().number().value() + "/pay")
                                .param("provider", "sandbox")
                                .with(Buyer.as(placed.buyer()))
                                .with(csrf()))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        var token = location.substring(location.indexOf("order=") + 6);
        mvc.perform(post("/sandbox/pay")
                        .param("order", URLDecoder.decode(token, StandardCharsets.UTF_8))
                        .param("outcome", "PAID")
                        .param("delivery", "FORGED")
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/sandbox/pay")
                        .param("order", URLDecoder.decode(token, StandardCharsets.UTF_8))
                        .param("outcome", "MAYBE")
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/sandbox/pay")
                        .param("order", URLDecoder.decode(token, StandardCharsets.UTF_8))
                        .param("outcome", "FAILED")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", startsWith("http")));
    }

    record Placed(SubjectId buyer, Order order) {}

    Placed placed() {
        var customer = OrderFixtures.buyerWithAddress(addresses);
        var listing = aListing(catalog.referenceByNumber("126610LV").orElseThrow())
                .withSerial("PAYWEB" + SERIALS.incrementAndGet() + "X" + System.nanoTime() % 100_000)
                .withPrice(76_000)
                .byMerchant(new MerchantId(82))
                .listIn(catalog);
        return new Placed(customer.buyer(), checkout.place(customer.buyer(), listing, customer.address()));
    }
}
