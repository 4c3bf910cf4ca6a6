package io.escapement.payment;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where one attempt to pay stands. The table of moves is the whole state machine:
 *
 * <pre>
 * CREATED         → PAID, FAILED
 * PAID            → PARTLY_REFUNDED, REFUNDED
 * PARTLY_REFUNDED → PARTLY_REFUNDED, REFUNDED
 * FAILED, REFUNDED → (none)
 * </pre>
 */
public enum ChargeState {
    /** Sent to the provider; the buyer may be paying now. */
    CREATED,
    /** The provider confirmed the money; it is in escrow (or on its way back, see refunds). */
    PAID,
    /** The provider says the payment failed or closed unpaid. */
    FAILED,
    /** Part of the money went back to the buyer. */
    PARTLY_REFUNDED,
    /** All of the money went back to the buyer. */
    REFUNDED;

    private static final Map<ChargeState, Set<ChargeState>> MOVES = Map.of(
            CREATED, EnumSet.of(PAID, FAILED),
            PAID, EnumSet.of(PARTLY_REFUNDED, REFUNDED),
            PARTLY_REFUNDED, EnumSet.of(PARTLY_REFUNDED, REFUNDED),
            FAILED, EnumSet.noneOf(ChargeState.class),
            REFUNDED, EnumSet.noneOf(ChargeState.class));

    public boolean mayMoveTo(ChargeState next) {
        return MOVES.get(this).contains(next);
    }

    /** Whether money was taken by this charge (and not all of it given back). */
    public boolean holdsMoney() {
        return this == PAID || this == PARTLY_REFUNDED;
    }
}
