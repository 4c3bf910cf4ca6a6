package io.escapement.cart.web;

import io.escapement.cart.GuestCart;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.Listing;
import io.escapement.catalog.ListingId;
import io.escapement.money.Money;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The guest cart pages; the cart is read from and written to its cookie on every request. */
@Controller
class CartController {

    static final String COOKIE = GuestCart.COOKIE;

    private static final Duration LIFETIME = Duration.ofDays(30);

    private final Catalog catalog;

    CartController(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/cart")
    String cart(@CookieValue(name = COOKIE, required = false) Optional<String> cookie, Model model) {
        var items = GuestCart.fromCookie(cookie.orElse(null)).listingIds().stream()
                .map(catalog::listing)
                .flatMap(Optional::stream)
                .toList();
        model.addAttribute("items", items);
        model.addAttribute(
                "total",
                items.stream().filter(Listing::buyable).map(Listing::price).reduce(Money.zero(), Money::plus));
        return "cart";
    }

    @PostMapping("/cart/items")
    String add(
            @CookieValue(name = COOKIE, required = false) Optional<String> cookie,
            @RequestParam(required = false) Long listing,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var found = listing == null ? Optional.<Listing>empty() : catalog.listing(new ListingId(listing));
        if (found.isEmpty() || !found.get().buyable()) {
            redirect.addFlashAttribute("problem", "cart.unavailable");
            return "redirect:/cart";
        }
        try {
            write(
                    response,
                    GuestCart.fromCookie(cookie.orElse(null)).with(found.get().id()));
        } catch (GuestCart.CartFull full) {
            redirect.addFlashAttribute("problem", "cart.full");
        }
        return "redirect:/cart";
    }

    @PostMapping("/cart/items/{listing:\\d{1,18}}/remove")
    String remove(
            @CookieValue(name = COOKIE, required = false) Optional<String> cookie,
            @PathVariable long listing,
            HttpServletResponse response) {
        write(response, GuestCart.fromCookie(cookie.orElse(null)).without(new ListingId(listing)));
        return "redirect:/cart";
    }

    private static void write(HttpServletResponse response, GuestCart cart) {
        var value = cart.toCookie();
        response.addHeader(
                "Set-Cookie",
                ResponseCookie.from(COOKIE, value)
                        .path("/")
                        .maxAge(value.isEmpty() ? Duration.ZERO : LIFETIME)
                        .secure(true)
                        .httpOnly(true)
                        .sameSite("Lax")
                        .build()
                        .toString());
    }
}
