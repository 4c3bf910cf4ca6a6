package io.escapement.shipping;

import io.escapement.order.OrderId;
import io.escapement.order.spi.ParcelTracking;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Tells the order pages where a parcel is, from the shipments and their tracking events. */
@Component
class ShipmentTracking implements ParcelTracking {

    private final Shipments shipments;

    ShipmentTracking(Shipments shipments) {
        this.shipments = shipments;
    }

    @Override
    public Optional<String> waybill(OrderId order) {
        return shipments.of(order).map(Shipment::waybill);
    }

    @Override
    public List<Event> events(OrderId order) {
        return shipments.tracking(order).stream()
                .map(tracked -> new Event(tracked.code().name(), tracked.at()))
                .toList();
    }
}
