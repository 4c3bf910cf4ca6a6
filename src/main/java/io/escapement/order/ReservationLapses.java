package io.escapement.order;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes the orders nobody paid within their reservation, so that the watch is on sale again: the
 * catalog's hold has lapsed by then, and the closing publishes {@link OrderEvents.OrderClosed}.
 * Safe on any number of nodes: each order is closed in its own transaction, and a save that finds
 * the order moved by another node (paid, or closed already) changes nothing.
 */
@Component
class ReservationLapses {

    private static final Logger log = LoggerFactory.getLogger(ReservationLapses.class);

    private final Orders orders;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReservationLapses(Orders orders, TransactionTemplate transactions, Clock clock) {
        this.orders = orders;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${escapement.order.lapse-interval:PT20S}",
            initialDelayString = "${escapement.order.lapse-interval:PT20S}")
    void closeLapsedNow() {
        closeLapsed(clock.instant());
    }

    /** Closes every placed order whose reservation ended by {@code at}; returns how many it closed. */
    int closeLapsed(Instant at) {
        int closed = 0;
        for (var id : orders.lapsedBefore(at)) {
            try {
                closed += Boolean.TRUE.equals(transactions.execute(status -> close(id, at))) ? 1 : 0;
            } catch (OptimisticLockingFailureException movedMeanwhile) {
                log.debug("Order {} moved while its reservation lapsed", id);
            }
        }
        return closed;
    }

    /** Closes the lapsed orders of one watch in the caller's transaction, before another buyer's order. */
    void closeLapsed(List<Order> ofOneWatch, Instant at) {
        ofOneWatch.stream().filter(order -> order.lapsedAt(at)).forEach(order -> close(order, at));
    }

    private boolean close(OrderId id, Instant at) {
        return orders.find(id)
                .filter(order -> order.lapsedAt(at))
                .map(order -> close(order, at))
                .orElse(false);
    }

    private boolean close(Order order, Instant at) {
        order.close(ClosedBecause.RESERVATION_LAPSED, at);
        orders.save(order);
        return true;
    }
}
