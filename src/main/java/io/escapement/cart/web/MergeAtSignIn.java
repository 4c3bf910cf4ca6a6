package io.escapement.cart.web;

import io.escapement.account.spi.SignInStep;
import io.escapement.cart.Carts;
import io.escapement.cart.GuestCart;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * At sign-in, moves the browser's guest cart into the buyer's cart ({@link Carts#merge}) and clears
 * the guest cookie, so the cart follows the buyer and the device keeps nothing (K-1, ADR 32).
 */
@Component
class MergeAtSignIn implements SignInStep {

    private static final Logger log = LoggerFactory.getLogger(MergeAtSignIn.class);

    private final Carts carts;

    MergeAtSignIn(Carts carts) {
        this.carts = carts;
    }

    @Override
    public void signedIn(SubjectId buyer, HttpServletRequest request, HttpServletResponse response) {
        try {
            mergeGuestCart(buyer, request, response);
        } catch (RuntimeException e) {
            // the sign-in goes on; the cookie stays, and the next cart request merges it
            log.warn("Could not merge a guest cart at sign-in: {}", e.getClass().getSimpleName());
        }
    }

    /** Merges the request's guest cart, if it has one, into the buyer's and clears its cookie. */
    void mergeGuestCart(SubjectId buyer, HttpServletRequest request, HttpServletResponse response) {
        if (GuestCartCookie.present(request)) {
            carts.merge(buyer, GuestCartCookie.read(request));
            GuestCartCookie.write(response, GuestCart.EMPTY);
        }
    }
}
