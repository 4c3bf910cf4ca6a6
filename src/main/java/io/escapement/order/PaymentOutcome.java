package io.escapement.order;

/** What a provider's confirmation of a payment did to its order. */
public enum PaymentOutcome {
    /** The order is paid now, and its watch sold to it. */
    PAID,
    /** The order was paid already: a repeated confirmation changes nothing. */
    ALREADY_PAID,
    /** The order was closed, or its watch went to another buyer: the money must go back. */
    TOO_LATE,
    /** The amount is not the order's total: nothing changes, and the callback is suspect. */
    WRONG_AMOUNT,
    /** No order has that number: nothing changes, and the callback is suspect. */
    UNKNOWN_ORDER
}
