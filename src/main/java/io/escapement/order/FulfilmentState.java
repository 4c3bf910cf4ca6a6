package io.escapement.order;

/**
 * Where the watch stands: nothing to ship until the order is paid, then awaiting shipment, shipped,
 * delivered by the carrier and received by the buyer (ADR 44).
 */
public enum FulfilmentState {
    NOT_READY,
    AWAITING_SHIPMENT,
    SHIPPED,
    DELIVERED,
    RECEIVED
}
