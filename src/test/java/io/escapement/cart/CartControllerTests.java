package io.escapement.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.catalog.Catalog;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Keeps K-1 and K-2 for the cart: a first-party cookie, and nothing breaks without it. */
@SpringBootTest
@AutoConfigureMockMvc
class CartControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Test
    void keepsAGuestCartInASecureFirstPartyCookie() throws Exception {
        var listing = catalog.newArrivals(1).get(0);
        var added = mvc.perform(post("/cart/items")
                        .param("listing", String.valueOf(listing.id()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(cookie().value("escapement_cart", String.valueOf(listing.id())))
                .andExpect(cookie().secure("escapement_cart", true))
                .andExpect(cookie().httpOnly("escapement_cart", true))
                .andExpect(cookie().sameSite("escapement_cart", "Lax"))
                .andReturn()
                .getResponse()
                .getCookie("escapement_cart");
        mvc.perform(get("/cart").cookie(added))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(listing.reference().referenceNumber())));
        mvc.perform(post("/cart/items/{id}/remove", listing.id()).cookie(added).with(csrf()))
                .andExpect(cookie().maxAge("escapement_cart", 0));
    }

    @Test
    void worksWithClearedOrTamperedCookies() throws Exception {
        mvc.perform(get("/cart")).andExpect(status().isOk()).andExpect(content().string(containsString("购物车是空的")));
        mvc.perform(get("/cart").cookie(new Cookie("escapement_cart", "garbage!")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("购物车是空的")));
        mvc.perform(get("/cart").cookie(new Cookie("escapement_cart", "999999999")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("cart-items"))));
    }

    @Test
    void explainsWhenAWatchCannotBeAdded() throws Exception {
        mvc.perform(post("/cart/items").param("listing", "999999999").with(csrf()))
                .andExpect(flash().attribute("problem", "cart.unavailable"));
        mvc.perform(post("/cart/items").param("listing", "abc").with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(post("/cart/items").with(csrf())).andExpect(flash().attribute("problem", "cart.unavailable"));
        mvc.perform(post("/cart/items").param("listing", "1")).andExpect(status().isForbidden());
    }

    @Test
    void marksAWatchAnotherBuyerHoldsAndLeavesItOutOfTheTotal() throws Exception {
        var held = catalog.newArrivals(3).get(1);
        var free = catalog.newArrivals(3).get(2);
        var cart = new Cookie("escapement_cart", held.id() + "." + free.id());
        var buyer = UUID.randomUUID();
        assertThat(catalog.hold(held.id(), buyer, Duration.ofMinutes(15))).isPresent();
        try {
            mvc.perform(get("/cart").cookie(cart))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("已被其他买家预订")))
                    .andExpect(content()
                            .string(containsString(
                                    "id=\"cart-total\">" + free.price().formatted() + "<")));
            mvc.perform(post("/cart/items")
                            .param("listing", held.id().toString())
                            .with(csrf()))
                    .andExpect(flash().attribute("problem", "cart.unavailable"));
        } finally {
            catalog.release(held.id(), buyer);
        }
    }
}
