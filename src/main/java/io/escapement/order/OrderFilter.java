package io.escapement.order;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The buyer's views of their orders (U-2). */
public enum OrderFilter {
    ALL("true"),
    /** Placed and still reserved: the buyer can pay. */
    AWAITING_PAYMENT("checkout = 'PLACED' and reserved_until > now()"),
    /** Paid; the merchant has not shipped yet. */
    AWAITING_SHIPMENT("fulfilment = 'AWAITING_SHIPMENT'"),
    /** With the carrier, or delivered and not yet confirmed as received. */
    SHIPPED("fulfilment in ('SHIPPED', 'DELIVERED')"),
    /** Received: by the buyer, or automatically after delivery. */
    COMPLETED("fulfilment = 'RECEIVED'"),
    /** With an open return case or dispute (ADR 48): held from settlement until it is over. */
    AFTER_SALES("after_sales_since is not null"),
    /** Closed unpaid, or lapsed and about to be closed. */
    CLOSED("(checkout = 'CLOSED' or (checkout = 'PLACED' and reserved_until <= now()))");

    private final String condition;

    OrderFilter(String condition) {
        this.condition = condition;
    }

    /** The SQL condition on {@code orders.buyer_order}; a constant, never built from input. */
    String condition() {
        return condition;
    }

    /** {@code awaiting-payment} and the like, as the URL writes it. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<OrderFilter> ofSlug(String slug) {
        return Arrays.stream(values())
                .filter(filter -> filter.slug().equals(slug))
                .findFirst();
    }
}
