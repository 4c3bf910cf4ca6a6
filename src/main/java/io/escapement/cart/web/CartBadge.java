package io.escapement.cart.web;

import io.escapement.cart.Carts;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

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

    @ModelAttribute("cartCount")
    int cartCount(HttpServletRequest request) {
        var buyer = SubjectId.buyer(SecurityContextHolder.getContext().getAuthentication());
        return buyer.isPresent()
                ? carts.count(buyer.get())
                : GuestCartCookie.read(request).listingIds().size();
    }
}
