package io.escapement.shipping;

import io.escapement.merchant.MerchantDirectory;
import io.escapement.order.FulfilmentState;
import io.escapement.order.Order;
import io.escapement.order.OrderFulfilment;
import io.escapement.order.OrderHandover;
import io.escapement.order.OrderId;
import io.escapement.order.OrderNumber;
import io.escapement.party.MerchantId;
import io.escapement.shipping.spi.Carrier;
import io.escapement.shipping.spi.CarrierUnavailable;
import io.escapement.shipping.spi.PickupRequest;
import io.escapement.shipping.spi.TrackingCode;
import io.escapement.shipping.waybill.WaybillLabel;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The merchant books a carrier's pickup of a paid order (发货, issue 14): the shipment is claimed
 * first (one per order, a unique key, so a double click books once), the carrier gets the
 * recipient's full name, phone and address only as the sharing gateway lets them through, and the
 * order is shipped, all in one transaction.
 */
@Service
public class Shipments {

    private static final Logger log = LoggerFactory.getLogger(Shipments.class);

    /** Labels are dated in China time, where they are printed. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Carriers carriers;
    private final OrderHandover handover;
    private final OrderFulfilment fulfilment;
    private final MerchantDirectory merchants;
    private final JdbcClient jdbc;
    private final Clock clock;

    Shipments(
            Carriers carriers,
            OrderHandover handover,
            OrderFulfilment fulfilment,
            MerchantDirectory merchants,
            JdbcClient jdbc,
            Clock clock) {
        this.carriers = carriers;
        this.handover = handover;
        this.fulfilment = fulfilment;
        this.merchants = merchants;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Books the pickup of the merchant's paid order awaiting shipment.
     *
     * @throws ShippingRefused 404 when the merchant has no such paid order, 409 when it is booked
     *     already (or not awaiting shipment), 503 when no carrier is enabled
     */
    @Transactional
    public Shipment book(MerchantId merchant, OrderNumber number) {
        var carrier = preferredCarrier();
        var order = handover.paidOrder(merchant, number)
                .orElseThrow(() -> new ShippingRefused(HttpStatus.NOT_FOUND, "merchant.noOrder"));
        if (order.fulfilment() != FulfilmentState.AWAITING_SHIPMENT) {
            throw new ShippingRefused(HttpStatus.CONFLICT, "shipping.bookedAlready");
        }
        var now = clock.instant();
        var waybill = claimAndBook(
                carrier, order, merchant, ShipmentDirection.OUTBOUND, number.value(), "shipping.bookedAlready");
        fulfilment.ship(order.id(), now);
        return new Shipment(order.id(), carrier.id(), waybill, ShipmentState.BOOKED, null);
    }

    /**
     * Books the carrier's pickup of a delivered order's watch from the buyer, back to {@code
     * merchant} (a return, ADR 48): the carrier gets the pickup's name, phone and address through
     * the sharing gateway, as for the outbound parcel. Its delivery event publishes {@link
     * ShippingEvents.ReturnDelivered} and never delivers the order again.
     *
     * @return the return parcel's waybill number
     * @throws ShippingRefused 409 when a return of the order is booked already or it was not
     *     delivered, 503 when no carrier is enabled
     */
    @Transactional
    public String bookReturn(Order order, MerchantId merchant) {
        var carrier = preferredCarrier();
        if (order.fulfilment() != FulfilmentState.DELIVERED && order.fulfilment() != FulfilmentState.RECEIVED) {
            throw new ShippingRefused(HttpStatus.CONFLICT, "shipping.returnBookedAlready");
        }
        return claimAndBook(
                carrier,
                order,
                merchant,
                ShipmentDirection.RETURN,
                order.number().value() + "-R",
                "shipping.returnBookedAlready");
    }

    private Carrier preferredCarrier() {
        return carriers.preferred()
                .orElseThrow(() -> new ShippingRefused(HttpStatus.SERVICE_UNAVAILABLE, "shipping.noCarrier"));
    }

    /**
     * Claims the order's shipment in {@code direction} (a unique key: the second claim is refused
     * with {@code bookedAlready}), then books it with the carrier, which gets the recipient as the
     * sharing gateway lets it through; returns the waybill number.
     */
    private String claimAndBook(
            Carrier carrier,
            Order order,
            MerchantId merchant,
            ShipmentDirection direction,
            String reference,
            String bookedAlready) {
        var claimed = jdbc.sql("""
                        insert into shipping.shipment (order_id, merchant_id, carrier, state, booked_at, direction)
                        values (:order, :merchant, :carrier, :state, :now, :direction)
                        on conflict (order_id, direction) do nothing returning id""")
                .param("order", order.id().value())
                .param("merchant", merchant.value())
                .param("carrier", carrier.id())
                .param("state", ShipmentState.BOOKING.name())
                .param("now", Timestamp.from(clock.instant()))
                .param("direction", direction.name())
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new ShippingRefused(HttpStatus.CONFLICT, bookedAlready));
        var shared = handover.toCarrier(order, carrier.recipient());
        if (!shared.has("recipientName") || !shared.has("phone") || !shared.has("address")) {
            // the order's copy of the address was shredded: nobody to ship to (the claim rolls back)
            throw new ShippingRefused(HttpStatus.CONFLICT, "shipping.recipientGone");
        }
        String waybill;
        try {
            waybill = carrier.book(new PickupRequest(
                    reference, shared.get("recipientName"), shared.get("phone"), shared.get("address")));
        } catch (CarrierUnavailable unavailable) {
            log.warn(
                    "{} did not take the booking of order {}: {}",
                    carrier.id(),
                    order.id().value(),
                    unavailable.getMessage());
            throw new ShippingRefused(HttpStatus.SERVICE_UNAVAILABLE, "shipping.carrierUnavailable");
        }
        jdbc.sql("update shipping.shipment set waybill = :waybill, state = :state where id = :id")
                .param("waybill", waybill)
                .param("state", ShipmentState.BOOKED.name())
                .param("id", claimed)
                .update();
        return waybill;
    }

    /** The shipment of an order, when it was booked. */
    @Transactional(readOnly = true)
    public Optional<Shipment> of(OrderId order) {
        return jdbc.sql("select order_id, carrier, waybill, state, state_at from shipping.shipment"
                        + " where order_id = :order and direction = :direction and waybill is not null")
                .param("order", order.value())
                .param("direction", ShipmentDirection.OUTBOUND.name())
                .query((rs, row) -> new Shipment(
                        new OrderId(rs.getLong("order_id")),
                        rs.getString("carrier"),
                        rs.getString("waybill"),
                        ShipmentState.valueOf(rs.getString("state")),
                        rs.getTimestamp("state_at") == null
                                ? null
                                : rs.getTimestamp("state_at").toInstant()))
                .optional();
    }

    /**
     * The label data of the merchant's booked shipment: the waybill number, the recipient masked as
     * the gateway lets it through to the merchant, and the merchant's business name and city. Empty
     * when the merchant has no such paid order, or it is not booked.
     */
    @Transactional
    public Optional<WaybillLabel> label(MerchantId merchant, OrderNumber number) {
        var order = handover.paidOrder(merchant, number);
        var shipment = order.flatMap(found -> of(found.id())).filter(booked -> booked.waybill() != null);
        var sender = merchants.find(merchant);
        if (shipment.isEmpty() || sender.isEmpty()) {
            return Optional.empty();
        }
        var waybill = shipment.get().waybill();
        var carrier = carriers.find(shipment.get().carrier())
                .map(Carrier::name)
                .orElse(shipment.get().carrier());
        return handover.label(merchant, number)
                .map(recipient -> new WaybillLabel(
                        waybill,
                        carrier,
                        recipient.recipientMasked(),
                        recipient.phoneMasked(),
                        recipient.province(),
                        recipient.city(),
                        recipient.district(),
                        recipient.detailMasked(),
                        sender.get().nameZh(),
                        sender.get().city(),
                        number.value(),
                        LocalDate.ofInstant(clock.instant(), CHINA),
                        waybill));
    }

    /** The tracking events of an order's parcel, oldest first, as stored (also those that came late). */
    @Transactional(readOnly = true)
    public List<Tracked> tracking(OrderId order) {
        return jdbc.sql("""
                        select e.code, e.at from shipping.tracking_event e
                        join shipping.shipment s on s.id = e.shipment_id
                        where s.order_id = :order and s.direction = :direction order by e.at, e.received_at""")
                .param("order", order.value())
                .param("direction", ShipmentDirection.OUTBOUND.name())
                .query((rs, row) -> new Tracked(
                        TrackingCode.valueOf(rs.getString("code")),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    /** One tracking event as the order's timeline shows it. */
    public record Tracked(TrackingCode code, Instant at) {}
}
