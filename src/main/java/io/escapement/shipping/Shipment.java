package io.escapement.shipping;

import io.escapement.order.OrderId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A paid order's parcel with a carrier: no personal information, only ids, the waybill number and
 * where the parcel stands.
 *
 */
public record Shipment(
        OrderId order,
        String carrier,
        String waybill,
        ShipmentState state,
        @Nullable Instant stateAt) {}
