package io.escapement.order;

/** Where the buyer's checkout stands: placed (the watch is reserved), confirmed by payment, or closed unpaid. */
public enum CheckoutState {
    PLACED,
    CONFIRMED,
    CLOSED
}
