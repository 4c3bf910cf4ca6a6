package io.escapement.order.spi;

import io.escapement.order.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where an order's parcel is, for the buyer's and the merchant's order pages; the shipping module answers. */
public interface ParcelTracking {

    /** The carrier's waybill number of the order's parcel, once a pickup is booked. */
    Optional<String> waybill(OrderId order);

    /** The parcel's tracking events, oldest first: PICKED_UP, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED or EXCEPTION. */
    List<Event> events(OrderId order);

    /** One tracking event: its code (a message key's last part) and when it happened. */
    record Event(String code, Instant at) {}
}
