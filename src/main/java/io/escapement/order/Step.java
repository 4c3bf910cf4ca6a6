package io.escapement.order;

import io.escapement.money.Money;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One move of an order, as its timeline shows it to the buyer.
 *
 * @param amount the money the move concerns (a payment, a refund); null for the others
 */
public record Step(Kind kind, Instant at, @Nullable Money amount) {

    public enum Kind {
        PLACED,
        PAID,
        RESERVATION_LAPSED,
        CANCELLED_BY_BUYER,
        REFUNDED,
        SHIPPED,
        DELIVERED,
        RECEIVED,
        RECEIVED_AUTOMATICALLY
    }
}
