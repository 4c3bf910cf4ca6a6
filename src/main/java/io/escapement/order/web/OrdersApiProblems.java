package io.escapement.order.web;

import io.escapement.language.WordedRefusal;
import io.escapement.order.BuyerOrders;
import io.escapement.order.CheckoutRefused;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The orders API's refusals as problem+json in the client's language: a watch reserved by another
 * buyer is 409, an unknown watch or order 404; the platform's 400 covers the rest.
 */
@RestControllerAdvice(assignableTypes = OrdersApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrdersApiProblems {

    /** No order of that number among the buyer's own: another buyer's, or none. */
    static final class OrderNotFound extends WordedRefusal {
        OrderNotFound() {
            super("orders.notFound");
        }
    }

    private final MessageSource messages;

    OrdersApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(CheckoutRefused.class)
    ProblemDetail checkoutRefused(CheckoutRefused refused, Locale locale) {
        return refused.asProblem(refused.conflict() ? HttpStatus.CONFLICT : HttpStatus.NOT_FOUND, messages, locale);
    }

    @ExceptionHandler(OrderNotFound.class)
    ProblemDetail notFound(OrderNotFound refused, Locale locale) {
        return refused.asProblem(HttpStatus.NOT_FOUND, messages, locale);
    }

    @ExceptionHandler(BuyerOrders.OrderNotDeletable.class)
    ProblemDetail notDeletable(BuyerOrders.OrderNotDeletable refused, Locale locale) {
        return refused.asProblem(refused.conflict() ? HttpStatus.CONFLICT : HttpStatus.NOT_FOUND, messages, locale);
    }
}
