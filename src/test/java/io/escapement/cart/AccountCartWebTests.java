package io.escapement.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.account.Codes;
import io.escapement.account.DevelopmentSmsOutbox;
import io.escapement.account.signin.OneTimeCodes;
import io.escapement.account.signin.PhoneSignIn;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.ListWatch;
import io.escapement.catalog.ListingId;
import io.escapement.catalog.SerialNumber;
import io.escapement.money.Money;
import io.escapement.party.MerchantId;
import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.SubjectErased;
import io.escapement.testing.Buyer;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps K-1 for a signed-in buyer: the cart kept with the account, merged with the guest cart at
 * sign-in, showing price changes and availability on the page and in {@code /api/v1/me/cart}, and
 * refusing bad input with a worded 4xx.
 */
@SpringBootTest(properties = {"escapement.demo.listings=0", "escapement.account.code-spacing=PT0S"})
@AutoConfigureMockMvc
class AccountCartWebTests {

    private static final MerchantId MERCHANT = new MerchantId(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    Carts carts;

    @Autowired
    OneTimeCodes codes;

    @Autowired
    PhoneSignIn phoneSignIn;

    @Autowired
    DevelopmentSmsOutbox outbox;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void mergesTheGuestCartIntoTheAccountsAtSignInAndClearsTheCookie() throws Exception {
        var watches = listed(2);
        var phone = randomPhone();
        var buyer = Codes.registered(codes, phoneSignIn, outbox, PhoneNumber.parse(phone));
        carts.add(buyer, watches.get(0));

        mvc.perform(post("/signin/code").param("phone", phone).with(csrf()));
        var signedIn = mvc.perform(post("/signin")
                        .cookie(new Cookie(GuestCart.COOKIE, watches.get(1) + "." + watches.get(0)))
                        .param("phone", phone)
                        .param("code", Codes.lastSentTo(outbox, phone))
                        .param("acceptsPolicy", "true")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(cookie().maxAge(GuestCart.COOKIE, 0))
                .andReturn()
                .getResponse();

        assertThat(carts.of(buyer).lines())
                .extracting(CartLine::listingId)
                .containsExactly(watches.get(0), watches.get(1));
        mvc.perform(get("/api/v1/me/cart").cookie(signedIn.getCookie("ESCAPEMENT_SESSION")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(2))
                .andExpect(jsonPath("$.items[0].listingId").value(watches.get(0).value()))
                .andExpect(jsonPath("$.items[1].listingId").value(watches.get(1).value()));
    }

    @Test
    void mergesAGuestCookieLeftWithASignedInBuyerOnTheNextCartPage() throws Exception {
        var buyer = SubjectId.random();
        var watch = listed(1).get(0);
        mvc.perform(get("/cart").with(Buyer.as(buyer)).cookie(new Cookie(GuestCart.COOKIE, watch.toString())))
                .andExpect(status().isOk())
                .andExpect(cookie().maxAge(GuestCart.COOKIE, 0))
                .andExpect(content().string(containsString("data-listing=\"" + watch + "\"")));
        assertThat(carts.count(buyer)).isEqualTo(1);
    }

    @Test
    void forgetsTheCartOfAnErasedBuyer() throws Exception {
        var buyer = SubjectId.random();
        add(buyer, listed(1).get(0)).andExpect(status().isCreated());
        transactions.executeWithoutResult(status -> events.publishEvent(new SubjectErased(buyer.value())));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(carts.count(buyer)).isZero());
    }

    @Test
    void marksAPriceThatChangedSinceTheWatchWasAdded() throws Exception {
        var buyer = SubjectId.random();
        var watch = listed(1).get(0);
        add(buyer, watch).andExpect(status().isCreated());
        assertThat(catalog.reprice(MERCHANT, watch, Money.yuan(88_000))).isTrue();

        mvc.perform(get("/api/v1/me/cart").with(Buyer.as(buyer)))
                .andExpect(jsonPath("$.items[0].priceFen").value(8_800_000))
                .andExpect(jsonPath("$.items[0].priceWhenAddedFen").value(10_000_000))
                .andExpect(jsonPath("$.items[0].priceChanged").value(true))
                .andExpect(jsonPath("$.totalFen").value(8_800_000));
        mvc.perform(get("/cart").with(Buyer.as(buyer)))
                .andExpect(content().string(containsString("加入后价格有变")))
                .andExpect(content()
                        .string(containsString("<del>" + Money.yuan(100_000).formatted() + "</del>")));
    }

    @Test
    void marksAWatchAnotherBuyerHoldsAsNotCheckoutable() throws Exception {
        var buyer = SubjectId.random();
        var watches = listed(2);
        add(buyer, watches.get(0)).andExpect(status().isCreated());
        add(buyer, watches.get(1)).andExpect(status().isCreated());
        var other = UUID.randomUUID();
        assertThat(catalog.hold(watches.get(0), other, Duration.ofMinutes(15))).isPresent();
        try {
            mvc.perform(get("/api/v1/me/cart").with(Buyer.as(buyer)))
                    .andExpect(jsonPath("$.items[0].availability").value("HELD"))
                    .andExpect(jsonPath("$.items[0].checkoutable").value(false))
                    .andExpect(jsonPath("$.items[1].checkoutable").value(true))
                    .andExpect(jsonPath("$.totalFen").value(10_000_000));
            mvc.perform(get("/cart").with(Buyer.as(buyer))).andExpect(content().string(containsString("已被其他买家预订")));
            var third = listed(1).get(0);
            assertThat(catalog.hold(third, other, Duration.ofMinutes(15))).isPresent();
            add(buyer, third)
                    .andExpect(status().isConflict())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(containsString("已被其他买家预订")));
        } finally {
            catalog.release(watches.get(0), other);
        }
    }

    @Test
    void showsAWithdrawnWatchAsGone() throws Exception {
        var buyer = SubjectId.random();
        var watch = listed(1).get(0);
        add(buyer, watch).andExpect(status().isCreated());
        assertThat(catalog.withdraw(MERCHANT, watch)).isTrue();

        mvc.perform(get("/api/v1/me/cart").with(Buyer.as(buyer)))
                .andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.items[0].availability").value("GONE"))
                .andExpect(jsonPath("$.items[0].checkoutable").value(false))
                .andExpect(jsonPath("$.totalFen").value(0));
        mvc.perform(get("/cart").with(Buyer.as(buyer))).andExpect(content().string(containsString("已下架的腕表")));
        add(buyer, watch)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("已将其下架")));
    }

    @Test
    void addsAWatchOnceAndSaysSoWhenItIsInTheCartAlready() throws Exception {
        var buyer = SubjectId.random();
        var watch = listed(1).get(0);
        add(buyer, watch)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("ADDED"))
                .andExpect(jsonPath("$.cart.count").value(1));
        add(buyer, watch)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("ALREADY_IN_CART"))
                .andExpect(jsonPath("$.message").value(containsString("已在购物车中")))
                .andExpect(jsonPath("$.cart.count").value(1));
        mvc.perform(post("/cart/items")
                        .param("listing", watch.toString())
                        .with(Buyer.as(buyer))
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "cart.alreadyInCart"));
        assertThat(carts.count(buyer)).isEqualTo(1);

        mvc.perform(delete("/api/v1/me/cart/items/{id}", watch.value())
                        .with(Buyer.as(buyer))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(0));
        mvc.perform(delete("/api/v1/me/cart/items/{id}", watch.value())
                        .with(Buyer.as(buyer))
                        .with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("不在您的购物车中")));
    }

    @Test
    void refusesBadListingIdsWithAWordedClientError() throws Exception {
        var buyer = SubjectId.random();
        for (var body : List.of(
                "{}",
                "{\"listingId\":null}",
                "{\"listingId\":\"\"}",
                "{\"listingId\":\"abc\"}",
                "{\"listingId\":-1}",
                "{\"listingId\":0}",
                "{\"listingId\":99999999999999999999999}",
                "{\"listingId\":1.5}",
                "{\"listingId\":[1]}",
                "{",
                "")) {
            mvc.perform(post("/api/v1/me/cart/items")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body)
                            .with(Buyer.as(buyer))
                            .with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").isNotEmpty());
        }
        mvc.perform(post("/api/v1/me/cart/items")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"listingId\":-1}")
                        .header("Accept-Language", "en")
                        .with(Buyer.as(buyer))
                        .with(csrf()))
                .andExpect(jsonPath("$.detail").value(containsString("is not a listing id")));
        add(buyer, new ListingId(999_999_999_999L))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("999999999999")));
        for (var id : List.of("abc", "-1", "0", "99999999999999999999999", "%20")) {
            mvc.perform(delete("/api/v1/me/cart/items/" + id)
                            .with(Buyer.as(buyer))
                            .with(csrf()))
                    .andExpect(status().isBadRequest());
        }
        for (var value : List.of("", "-1", "0", "999999999999")) {
            mvc.perform(post("/cart/items")
                            .param("listing", value)
                            .with(Buyer.as(buyer))
                            .with(csrf()))
                    .andExpect(flash().attribute("problem", "cart.unavailable"));
        }
        for (var value : List.of("abc", "99999999999999999999999")) {
            mvc.perform(post("/cart/items")
                            .param("listing", value)
                            .with(Buyer.as(buyer))
                            .with(csrf()))
                    .andExpect(status().isBadRequest());
        }
        assertThat(carts.count(buyer)).isZero();
        mvc.perform(get("/v3/api-docs"))
                .andExpect(content().string(containsString("\"/api/v1/me/cart/items/{listingId}\"")))
                .andExpect(content().string(containsString("\"/api/v1/me/cart/items\"")));
        mvc.perform(get("/api/v1/me/cart")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/me/cart/items")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"listingId\":1}")
                        .with(Buyer.as(buyer)))
                .andExpect(status().isForbidden());
    }

    @Test
    void refusesATwentyFirstWatch() throws Exception {
        var buyer = SubjectId.random();
        var watches = listed(GuestCart.MAX_ITEMS + 1);
        for (var watch : watches.subList(0, GuestCart.MAX_ITEMS)) {
            add(buyer, watch).andExpect(status().isCreated());
        }
        add(buyer, watches.get(GuestCart.MAX_ITEMS))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("20")));
        mvc.perform(post("/cart/items")
                        .param("listing", watches.get(GuestCart.MAX_ITEMS).toString())
                        .with(Buyer.as(buyer))
                        .with(csrf()))
                .andExpect(flash().attribute("problem", "cart.full"));
        assertThat(carts.count(buyer)).isEqualTo(GuestCart.MAX_ITEMS);
    }

    @Test
    void showsTheCountInTheHeaderBadgeForGuestsAndBuyers() throws Exception {
        var watches = listed(2);
        mvc.perform(get("/cart").cookie(new Cookie(GuestCart.COOKIE, watches.get(0) + "." + watches.get(1))))
                .andExpect(content().string(containsString("id=\"cart-count\"")))
                .andExpect(content().string(containsString(">2</span>")));
        mvc.perform(get("/cart")).andExpect(content().string(not(containsString("id=\"cart-count\""))));
        var buyer = SubjectId.random();
        add(buyer, watches.get(0)).andExpect(status().isCreated());
        mvc.perform(get("/brands").with(Buyer.as(buyer))).andExpect(content().string(containsString("购物车中有 1 只腕表")));
    }

    private org.springframework.test.web.servlet.ResultActions add(SubjectId buyer, ListingId watch) throws Exception {
        return mvc.perform(json(post("/api/v1/me/cart/items"), "{\"listingId\":" + watch.value() + "}")
                .with(Buyer.as(buyer))
                .with(csrf()));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** Lists {@code count} watches at ¥100,000 each and returns their ids, oldest first. */
    private List<ListingId> listed(int count) {
        var reference = catalog.referenceByNumber("126610LN").orElseThrow();
        var watches = new ArrayList<ListWatch>();
        for (int i = 0; i < count; i++) {
            watches.add(new ListWatch(
                    reference.id(),
                    MERCHANT,
                    new SerialNumber("CART" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999)),
                    2021,
                    io.escapement.catalog.Condition.EXCELLENT,
                    io.escapement.catalog.BoxAndPapers.FULL_SET,
                    Money.yuan(100_000),
                    "上海",
                    io.escapement.catalog.ListingStatus.ON_SALE,
                    1,
                    42L,
                    "描述",
                    "Description",
                    false));
        }
        catalog.list(watches);
        var last = catalog.latestListingId().orElseThrow().value();
        var ids = new ArrayList<ListingId>();
        for (long id = last - count + 1; id <= last; id++) {
            ids.add(new ListingId(id));
        }
        return ids;
    }

    private static String randomPhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
