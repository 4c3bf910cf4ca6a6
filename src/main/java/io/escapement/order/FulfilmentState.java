package io.escapement.order;

/** Where the watch stands: nothing to ship until the order is paid, then awaiting shipment. */
public enum FulfilmentState {
    NOT_READY,
    AWAITING_SHIPMENT
}
