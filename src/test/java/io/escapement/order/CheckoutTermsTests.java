package io.escapement.order;

import static io.escapement.catalog.ListWatchBuilder.aListing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.address.AddressBook;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.ListingId;
import io.escapement.party.MerchantId;
import io.escapement.policy.AcceptanceChannel;
import io.escapement.policy.TermsOccasion;
import io.escapement.policy.TermsVersions;
import io.escapement.testing.Buyer;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Checkout asks for the terms of service in effect (ADR 42): a buyer who has not accepted that
 * version sees a box to tick, is refused with a worded 400 without it, and once accepted is not
 * asked again; a newer version in effect asks again. On a database of its own, because one test
 * puts a new version in effect.
 */
@SpringBootTest(properties = {"escapement.demo.listings=0", "escapement.test.context=checkout-terms"})
@AutoConfigureMockMvc
class CheckoutTermsTests {

    static final AtomicInteger SERIALS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    TermsVersions terms;

    @Autowired
    BuyerOrders orders;

    @Autowired
    Catalog catalog;

    @Autowired
    AddressBook addresses;

    @Autowired
    JdbcClient jdbc;

    @Test
    void refusesACheckoutWithoutTheTermsAndAsksNoMoreOnceAccepted() throws Exception {
        var customer = OrderFixtures.buyerWithAddress(addresses);
        var first = watch();
        int version = terms.effectiveVersion();

        mvc.perform(get("/account/checkout").param("listing", first.toString()).with(Buyer.as(customer.buyer())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"accept-terms\""),
                                containsString("现行的《用户协议》（第 " + version + " 版）"),
                                containsString("href=\"/terms\""))));
        mvc.perform(checkout(first, customer).with(Buyer.as(customer.buyer())))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(containsString("请先阅读并同意现行的《用户协议》"), containsString("id=\"accept-terms\""))));
        assertThat(orders.list(customer.buyer(), OrderFilter.ALL)).isEmpty();
        assertThat(terms.acceptances(customer.buyer().value())).isEmpty();

        mvc.perform(checkout(first, customer).param("acceptsTerms", "true").with(Buyer.as(customer.buyer())))
                .andExpect(redirectedUrlPattern("/account/orders/*"));
        assertThat(terms.acceptances(customer.buyer().value())).singleElement().satisfies(accepted -> {
            assertThat(accepted.version()).isEqualTo(version);
            assertThat(accepted.occasion()).isEqualTo(TermsOccasion.CHECKOUT);
            assertThat(accepted.channel()).isEqualTo(AcceptanceChannel.WEB);
        });

        var second = watch();
        mvc.perform(get("/account/checkout").param("listing", second.toString()).with(Buyer.as(customer.buyer())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"accept-terms\""))));
        mvc.perform(checkout(second, customer).with(Buyer.as(customer.buyer())))
                .andExpect(redirectedUrlPattern("/account/orders/*"));
        assertThat(orders.list(customer.buyer(), OrderFilter.ALL)).hasSize(2);
        assertThat(terms.acceptances(customer.buyer().value())).hasSize(1);
    }

    @Test
    void theApiAnswersAWordedProblemUntilTheBuyerAcceptsTheTerms() throws Exception {
        var customer = OrderFixtures.buyerWithAddress(addresses);
        var id = watch();
        var body = "{\"listingId\": " + id.value() + ", \"addressId\": \""
                + customer.address().value() + "\"";

        for (var refused :
                new String[] {body + "}", body + ", \"acceptTerms\": false}", body + ", \"acceptTerms\": null}"}) {
            mvc.perform(post("/api/v1/me/orders")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(refused)
                            .header("Accept-Language", "en")
                            .with(Buyer.as(customer.buyer()))
                            .with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail", containsString("accept the terms of service in effect")));
        }
        assertThat(orders.list(customer.buyer(), OrderFilter.ALL)).isEmpty();

        mvc.perform(post("/api/v1/me/orders")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body + ", \"acceptTerms\": true}")
                        .with(Buyer.as(customer.buyer()))
                        .with(csrf()))
                .andExpect(status().isCreated());
        assertThat(terms.acceptances(customer.buyer().value())).singleElement().satisfies(accepted -> {
            assertThat(accepted.version()).isEqualTo(terms.effectiveVersion());
            assertThat(accepted.occasion()).isEqualTo(TermsOccasion.CHECKOUT);
            assertThat(accepted.channel()).isEqualTo(AcceptanceChannel.APP);
        });
    }

    @Test
    void aNewVersionInEffectIsAskedForAgainAtTheNextCheckout() throws Exception {
        var customer = OrderFixtures.buyerWithAddress(addresses, terms);
        int accepted = terms.effectiveVersion();
        int next = publishInEffect();
        var id = watch();

        mvc.perform(get("/account/checkout").param("listing", id.toString()).with(Buyer.as(customer.buyer())))
                .andExpect(content().string(containsString("（第 " + next + " 版）")));
        mvc.perform(checkout(id, customer).with(Buyer.as(customer.buyer())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请先阅读并同意现行的《用户协议》（第 " + next + " 版）")));
        mvc.perform(checkout(id, customer).param("acceptsTerms", "true").with(Buyer.as(customer.buyer())))
                .andExpect(redirectedUrlPattern("/account/orders/*"));
        assertThat(terms.acceptances(customer.buyer().value()))
                .extracting(a -> a.version() + " " + a.occasion())
                .containsExactly(accepted + " SIGN_UP", next + " CHECKOUT");
        mvc.perform(get("/terms")).andExpect(content().string(containsString("第 " + next + " 版")));
    }

    /** A new version, published a moment ago and in effect since; its text is written here. */
    private int publishInEffect() {
        int next = terms.effectiveVersion() + 1;
        jdbc.sql("""
                        insert into policy.terms_version (number, published_at, effective_at, summary_zh, summary_en)
                        values (:n, now() - interval '2 seconds', now() - interval '1 second', '修订。', 'Revised.')""").param("n", next).update();
        for (var language : new String[] {"zh-CN", "en"}) {
            jdbc.sql("insert into policy.terms_text (version, language, body) values (:n, :language, :body)")
                    .param("n", next)
                    .param("language", language)
                    .param("body", "# Escapement 用户协议\n## 1. 修订\n第 " + next + " 版。\n")
                    .update();
        }
        return next;
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder checkout(
            ListingId id, OrderFixtures.BuyerWithAddress customer) {
        return post("/account/checkout")
                .param("listing", id.toString())
                .param("address", customer.address().value().toString())
                .with(csrf());
    }

    private ListingId watch() {
        return aListing(catalog.referenceByNumber("126710BLRO").orElseThrow())
                .withSerial("TERMS" + SERIALS.incrementAndGet())
                .withPrice(90_000)
                .byMerchant(new MerchantId(41))
                .listIn(catalog);
    }
}
