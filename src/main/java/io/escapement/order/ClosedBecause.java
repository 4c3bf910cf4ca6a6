package io.escapement.order;

/** Why an order was closed before it was paid. */
public enum ClosedBecause {
    /** Nobody paid within the reservation's time. */
    RESERVATION_LAPSED,
    /** The buyer cancelled before paying. */
    CANCELLED_BY_BUYER
}
