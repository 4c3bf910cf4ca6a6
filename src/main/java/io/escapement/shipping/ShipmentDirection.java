package io.escapement.shipping;

/** Which way a parcel goes: to the buyer, or back from them on a return (ADR 48); one of each per order. */
public enum ShipmentDirection {
    OUTBOUND,
    RETURN
}
