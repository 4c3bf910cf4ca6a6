package io.escapement.shipping;

import io.escapement.order.OrderFulfilment;
import io.escapement.order.OrderId;
import io.escapement.shipping.spi.ForgedTrackingEvent;
import io.escapement.shipping.spi.TrackingEvent;
import io.escapement.shipping.spi.UnreadableTrackingEvent;
import io.escapement.shipping.spi.VerifiedPush;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes carriers' tracking webhooks (ADR 43). The carrier's adapter verifies each call; a forgery
 * is refused (400, a security log line) and changes nothing. Each verified event locks its
 * shipment's row, then costs one insert that does nothing for a repeat (unique carrier and event
 * id); the shipment's state decides whether the event moves it ({@link ShipmentState#after}):
 * forward only, so an older event arriving after a newer one is stored (and shown) but never moves
 * the state back. A delivery that moves an outbound shipment delivers the order, in the same
 * transaction; a return parcel's delivery publishes {@link ShippingEvents.ReturnDelivered} instead
 * (ADR 48).
 */
@Service
public class Tracking {

    private static final Logger log = LoggerFactory.getLogger(Tracking.class);
    private static final Logger security = LoggerFactory.getLogger("io.escapement.security.shipping");
    private static final Duration REPLAY_MEMORY = Duration.ofHours(1);

    private final Carriers carriers;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final OrderFulfilment fulfilment;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Tracking(
            Carriers carriers,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            OrderFulfilment fulfilment,
            ApplicationEventPublisher events,
            Clock clock) {
        this.events = events;
        this.carriers = carriers;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.fulfilment = fulfilment;
        this.clock = clock;
    }

    /** What one webhook call did: events newly stored, repeats, and events of waybills nobody booked here. */
    public record Taken(int stored, int repeated, int unknownWaybill) {}

    /**
     * Verifies and stores one webhook call of {@code carrierId}.
     *
     * @param headers the request's headers, names in lower case
     * @throws ShippingRefused 404 for a carrier that is not enabled, 400 for a forged or unreadable call
     */
    public Taken receive(String carrierId, Map<String, String> headers, byte[] body) {
        var carrier = carriers.find(carrierId)
                .orElseThrow(() -> new ShippingRefused(HttpStatus.NOT_FOUND, "shipping.unknownCarrier"));
        VerifiedPush push;
        try {
            push = carrier.verify(headers, body);
        } catch (ForgedTrackingEvent forged) {
            security.warn("Refused a {} tracking push: {}", carrierId, forged.getMessage());
            throw new ShippingRefused(HttpStatus.BAD_REQUEST, "shipping.eventRefused");
        } catch (UnreadableTrackingEvent unreadable) {
            log.info("Refused a {} tracking push: {}", carrierId, unreadable.getMessage());
            throw new ShippingRefused(HttpStatus.BAD_REQUEST, "shipping.eventUnreadable");
        }
        if (seen(carrierId, push.replayKey())) {
            throw replayed(carrierId);
        }
        int stored = 0;
        int repeated = 0;
        int unknown = 0;
        for (var event : push.events()) {
            Outcome outcome;
            try {
                outcome = Objects.requireNonNull(transactions.execute(status -> take(carrierId, event)));
            } catch (ConcurrencyFailureException | TransactionException lostTheRace) {
                throw new ShippingRefused(HttpStatus.SERVICE_UNAVAILABLE, "shipping.tryAgain");
            }
            switch (outcome) {
                case STORED -> stored++;
                case REPEATED -> repeated++;
                case UNKNOWN_WAYBILL -> unknown++;
            }
        }
        if (unknown > 0) {
            log.info("A {} tracking push named {} waybill(s) not booked here", carrierId, unknown);
        }
        // remembered once taken: a push that failed half-way may come again, and is taken again
        if (!remember(carrierId, push.replayKey())) {
            throw replayed(carrierId); // the same call, taken at the same time by another request
        }
        return new Taken(stored, repeated, unknown);
    }

    /** Forgets replay keys once no adapter accepts a call signed that long ago. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void forgetOldReplayKeys() {
        jdbc.sql("delete from shipping.push_seen where seen_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(REPLAY_MEMORY)))
                .update();
    }

    private boolean seen(String carrier, String replayKey) {
        return jdbc.sql(
                        "select exists (select 1 from shipping.push_seen where carrier = :carrier and replay_key = :key)")
                .param("carrier", carrier)
                .param("key", replayKey)
                .query(Boolean.class)
                .single();
    }

    private boolean remember(String carrier, String replayKey) {
        return jdbc.sql("""
                        insert into shipping.push_seen (carrier, replay_key, seen_at) values (:carrier, :key, :now)
                        on conflict do nothing""")
                        .param("carrier", carrier)
                        .param("key", replayKey)
                        .param("now", Timestamp.from(clock.instant()))
                        .update()
                == 1;
    }

    private static ShippingRefused replayed(String carrier) {
        security.warn("Refused a replayed {} tracking push", carrier);
        return new ShippingRefused(HttpStatus.CONFLICT, "shipping.eventReplayed");
    }

    private enum Outcome {
        STORED,
        REPEATED,
        UNKNOWN_WAYBILL
    }

    private record Parcel(long id, OrderId order, ShipmentState state, ShipmentDirection direction) {}

    private Outcome take(String carrier, TrackingEvent event) {
        // the row lock comes first, so two events of one parcel wait for each other here (taking it
        // after the event's insert, whose key share lock the other holds, would deadlock them)
        var found = jdbc.sql("""
                        select id, order_id, state, direction from shipping.shipment
                        where carrier = :carrier and waybill = :waybill for update""")
                .param("carrier", carrier)
                .param("waybill", event.waybill())
                .query((rs, row) -> new Parcel(
                        rs.getLong("id"),
                        new OrderId(rs.getLong("order_id")),
                        ShipmentState.valueOf(rs.getString("state")),
                        ShipmentDirection.valueOf(rs.getString("direction"))))
                .optional();
        if (found.isEmpty()) {
            return Outcome.UNKNOWN_WAYBILL;
        }
        var parcel = found.get();
        int stored = jdbc.sql("""
                        insert into shipping.tracking_event (carrier, event_id, shipment_id, code, at, received_at)
                        values (:carrier, :eventId, :shipment, :code, :at, :now)
                        on conflict (carrier, event_id) do nothing""")
                .param("carrier", carrier)
                .param("eventId", event.eventId())
                .param("shipment", parcel.id())
                .param("code", event.code().name())
                .param("at", Timestamp.from(event.at()))
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (stored == 0) {
            return Outcome.REPEATED;
        }
        var next = parcel.state().after(event.code());
        if (next.isEmpty()) {
            return Outcome.STORED; // stored and shown, but older than where the parcel is, or an exception
        }
        jdbc.sql("update shipping.shipment set state = :state, state_at = :at where id = :id")
                .param("state", next.get().name())
                .param("at", Timestamp.from(event.at()))
                .param("id", parcel.id())
                .update();
        if (next.get() == ShipmentState.DELIVERED) {
            switch (parcel.direction()) {
                case OUTBOUND -> fulfilment.deliver(parcel.order(), event.at());
                case RETURN -> events.publishEvent(new ShippingEvents.ReturnDelivered(parcel.order(), event.at()));
            }
        }
        return Outcome.STORED;
    }
}
