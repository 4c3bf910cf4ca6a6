package io.escapement.order.web;

import io.escapement.language.WordedRefusal;
import org.springframework.http.HttpStatus;

/** No order of that number among the buyer's own: another buyer's, or none (404 alike). */
final class OrderNotFound extends WordedRefusal {

    OrderNotFound() {
        super(HttpStatus.NOT_FOUND, "orders.notFound");
    }
}
