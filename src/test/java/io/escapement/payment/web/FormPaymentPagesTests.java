package io.escapement.payment.web;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.address.AddressBook;
import io.escapement.catalog.Catalog;
import io.escapement.order.Checkout;
import io.escapement.order.OrderFixtures;
import io.escapement.party.MerchantId;
import io.escapement.testing.Buyer;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A provider that takes a signed form (Alipay here, with keys made for the test): the page posts the
 * form to the provider's gateway, its policy lets the form go there and nowhere else, and no token
 * of ours travels with it.
 */
@SpringBootTest(properties = {"escapement.demo.listings=0", "escapement.payment.alipay.enabled=true"})
@AutoConfigureMockMvc
class FormPaymentPagesTests {

    @DynamicPropertySource
    static void alipayKeys(DynamicPropertyRegistry registry) throws NoSuchAlgorithmException {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var ours = generator.generateKeyPair();
        var alipays = generator.generateKeyPair();
        var base64 = Base64.getEncoder();
        registry.add("escapement.payment.alipay.app-id", () -> "2021000000000001");
        registry.add(
                "escapement.payment.alipay.private-key",
                () -> base64.encodeToString(ours.getPrivate().getEncoded()));
        registry.add(
                "escapement.payment.alipay.alipay-public-key",
                () -> base64.encodeToString(alipays.getPublic().getEncoded()));
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Checkout checkout;

    @Autowired
    Catalog catalog;

    @Autowired
    AddressBook addresses;

    @Test
    void theSignedFormGoesToTheProvidersGatewayAndNowhereElse() throws Exception {
        var customer = OrderFixtures.buyerWithAddress(addresses);
        var listing = aListing(catalog.referenceByNumber("126610LV").orElseThrow())
                .withSerial("FORMPAY01")
                .withPrice(52_000)
                .byMerchant(new MerchantId(85))
                .listIn(catalog);
        var order = checkout.place(customer.buyer(), listing, customer.address());

        mvc.perform(post("/account/orders/{n}/pay", order.number().value())
                        .param("provider", "alipay")
                        .with(Buyer.as(customer.buyer()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getHeaders("Content-Security-Policy"))
                        .hasSize(1))
                .andExpect(header().string(
                                "Content-Security-Policy",
                                allOf(
                                        containsString("form-action 'self' https://openapi.alipay.com"),
                                        containsString("frame-ancestors 'none'"))))
                .andExpect(content()
                        .string(allOf(
                                containsString("action=\"https://openapi.alipay.com/gateway.do?charset=utf-8\""),
                                containsString("name=\"sign\""),
                                containsString("腕表订单"),
                                not(containsString("_csrf")))));
    }
}
