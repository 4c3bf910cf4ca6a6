package io.escapement.order;

import io.escapement.catalog.Availability;
import io.escapement.catalog.Catalog;
import io.escapement.catalog.ListingId;
import io.escapement.money.Money;
import io.escapement.privacy.China;
import io.escapement.vault.SubjectId;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places a buyer's order for a watch. The watch is one of one: the catalog's hold, a conditional
 * update in the database, reserves it for one buyer for {@code escapement.order.reservation-ttl},
 * and the orders table admits one open order per watch, so of any number of buyers on any number of
 * nodes exactly one gets it; the others are told it is reserved by another buyer.
 */
@Service
public class Checkout {

    private final Catalog catalog;
    private final Orders orders;
    private final ReservationLapses lapses;
    private final Clock clock;
    private final Duration reservation;
    private final Money shippingFee;

    Checkout(
            Catalog catalog,
            Orders orders,
            ReservationLapses lapses,
            Clock clock,
            @Value("${escapement.order.reservation-ttl:PT15M}") Duration reservation,
            @Value("${escapement.order.shipping-fee-fen:0}") long shippingFeeFen) {
        this.catalog = catalog;
        this.orders = orders;
        this.lapses = lapses;
        this.clock = clock;
        this.reservation = reservation;
        this.shippingFee = Money.fen(shippingFeeFen);
    }

    /**
     * The buyer's new order for the watch, reserved for them until its {@link Order#reservedUntil}.
     *
     * @throws CheckoutRefused when another buyer holds the watch, or it is not on sale
     */
    @Transactional
    public Order place(SubjectId buyer, ListingId id) {
        var listing = catalog.listing(id).orElseThrow(() -> CheckoutRefused.notOnSale(id.toString()));
        var now = clock.instant();
        var availability = listing.availabilityAt(now);
        if (availability == Availability.HELD) {
            throw CheckoutRefused.reservedByAnother();
        }
        if (availability != Availability.ON_SALE) {
            throw CheckoutRefused.notOnSale(id.toString());
        }
        var holder = UUID.randomUUID();
        var hold = catalog.hold(id, holder, reservation).orElseThrow(CheckoutRefused::reservedByAnother);
        lapses.closeLapsed(id, now);
        var placed = Order.place(
                OrderNumber.next(LocalDate.ofInstant(now, China.TIME_ZONE)),
                buyer,
                id,
                holder,
                listing.price(),
                shippingFee,
                now,
                hold.until());
        try {
            return orders.add(placed);
        } catch (DuplicateKeyException open) {
            throw CheckoutRefused.reservedByAnother();
        }
    }
}
