package io.escapement.aftersales;

/** A case's dispute, beside its return state: none, opened by the buyer or merchant, resolved by customer service. */
public enum DisputeState {
    NONE,
    OPEN,
    RESOLVED
}
