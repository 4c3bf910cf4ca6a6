package io.escapement.order;

/** Where the money stands: awaited, paid (and held in escrow), or given back in part or in full. */
public enum PaymentState {
    AWAITING,
    PAID,
    PARTLY_REFUNDED,
    REFUNDED
}
