package io.escapement.shipping;

import io.escapement.order.OrderId;
import java.time.Instant;

/** What happens to parcels, for other modules to follow. Ids only. */
public final class ShippingEvents {

    private ShippingEvents() {}

    /** The carrier delivered a return parcel of the order back to its merchant at {@code at} (ADR 48). */
    public record ReturnDelivered(OrderId order, Instant at) {}
}
