package io.escapement.cart.web;

import io.escapement.cart.Carts;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

/**
 * The header badge on every page ({@code cartCount}): the number of watches in the signed-in
 * buyer's cart, or in the guest's cookie.
 */
@ControllerAdvice(annotations = Controller.class)
class CartBadge {

    private final Carts carts;

    CartBadge(Carts carts) {
        this.carts = carts;
    }

    /**
     * Counted only when a page's layout shows the badge: the advice reaches the API's answers too
     * ({@code @RestController} is a {@code @Controller}), which have no header to show it in.
     */
    @ModelAttribute("cartCount")
    LazyContextVariable<Integer> cartCount(HttpServletRequest request) {
        var buyer = SubjectId.buyer(SecurityContextHolder.getContext().getAuthentication());
        var guestCart = buyer.isPresent()
                ? 0
                : GuestCartCookie.read(request).listingIds().size();
        return new LazyContextVariable<>() {
            @Override
            protected Integer loadValue() {
                return buyer.isPresent() ? carts.count(buyer.get()) : guestCart;
            }
        };
    }
}
