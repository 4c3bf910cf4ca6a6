package io.escapement.shipping;

import io.escapement.order.OrderId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A paid order's parcel with a carrier: no personal information, only ids, the waybill number and
 * where the parcel stands.
 *
 * @param state BOOKED, or the last tracking code that moved it (PICKED_UP … DELIVERED)
 */
public record Shipment(
        OrderId order,
        String carrier,
        String waybill,
        String state,
        @Nullable Instant stateAt) {}
