package io.escapement.shipping;

import io.escapement.shipping.spi.TrackingCode;
import java.util.Optional;

/**
 * Where a shipment stands (ADR 43). Booking claims the order's shipment before the carrier is
 * called, and the carrier's waybill number makes it booked; from then on tracking moves it along
 * the parcel's way, forward only: a repeat, an event older than the state the shipment reached, or
 * an exception is stored and shown but moves nothing. Steps may be skipped (a carrier may push
 * "delivered" without "out for delivery").
 */
public enum ShipmentState {
    BOOKING(0),
    BOOKED(0),
    PICKED_UP(1),
    IN_TRANSIT(2),
    OUT_FOR_DELIVERY(3),
    DELIVERED(4);

    private final int rank;

    ShipmentState(int rank) {
        this.rank = rank;
    }

    /** The state a tracking event moves a shipment in this state to; empty when it moves nothing. */
    public Optional<ShipmentState> after(TrackingCode code) {
        if (this == BOOKING) {
            return Optional.empty(); // no waybill yet: no carrier can name the parcel
        }
        return reachedBy(code).filter(next -> next.rank > rank);
    }

    /** The place on the way a tracking code stands for; none for an exception. */
    private static Optional<ShipmentState> reachedBy(TrackingCode code) {
        return switch (code) {
            case EXCEPTION -> Optional.empty();
            case PICKED_UP -> Optional.of(PICKED_UP);
            case IN_TRANSIT -> Optional.of(IN_TRANSIT);
            case OUT_FOR_DELIVERY -> Optional.of(OUT_FOR_DELIVERY);
            case DELIVERED -> Optional.of(DELIVERED);
        };
    }
}
