package io.escapement.aftersales;

/**
 * Where a return stands (ADR 48). Open states hold the order from settlement; {@link #REFUSAL_UPHELD},
 * {@link #REFUNDED} and {@link #CLOSED} are final.
 *
 * <pre>
 * REQUESTED     → ACCEPTED | REFUSED (merchant), CLOSED (buyer withdraws)
 * REFUSED       → ESCALATED (buyer), CLOSED (buyer withdraws)
 * ESCALATED     → ACCEPTED | REFUSAL_UPHELD (customer service)
 * ACCEPTED      → SHIPPED_BACK (return waybill booked)
 * SHIPPED_BACK  → ARRIVED (the carrier delivered it back)
 * ARRIVED       → INSPECTED (passed, or failed with a note)
 * INSPECTED     → REFUNDED (full or partial) | CLOSED (no refund)
 * </pre>
 */
public enum ReturnState {
    REQUESTED,
    ACCEPTED,
    REFUSED,
    ESCALATED,
    REFUSAL_UPHELD,
    SHIPPED_BACK,
    ARRIVED,
    INSPECTED,
    REFUNDED,
    CLOSED;

    /** Whether nothing more happens to the case (a dispute aside). */
    public boolean isFinal() {
        return this == REFUSAL_UPHELD || this == REFUNDED || this == CLOSED;
    }
}
