package io.escapement.cart.web;

import io.escapement.cart.CartRefusal;
import io.escapement.cart.GuestCart;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The cart API's refusals as problem+json, worded in the client's language: a watch not offered or
 * not in the cart is 404, one that cannot be bought now and a full cart are 409. Other refusals get
 * the platform's 400.
 */
@RestControllerAdvice(assignableTypes = CartApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CartApiProblems {

    private final MessageSource messages;

    CartApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({CartRefusal.NotOffered.class, CartRefusal.NotInCart.class})
    ProblemDetail notFound(CartRefusal refusal, Locale locale) {
        return refusal.asProblem(HttpStatus.NOT_FOUND, messages, locale);
    }

    @ExceptionHandler({CartRefusal.NotForSale.class, GuestCart.CartFull.class})
    ProblemDetail conflict(CartRefusal refusal, Locale locale) {
        return refusal.asProblem(HttpStatus.CONFLICT, messages, locale);
    }
}
