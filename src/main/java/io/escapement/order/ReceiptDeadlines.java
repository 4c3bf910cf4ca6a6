package io.escapement.order;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The two deadlines after delivery (ADR 44): receipt is confirmed automatically once
 * {@code escapement.order.auto-confirm-after} has passed since delivery without the buyer
 * confirming it, and {@link OrderEvents.OrderSettlementDue} is published once a received order's
 * return window ({@code escapement.order.return-window}, from delivery) is over. Safe on any number
 * of nodes: an automatic receipt is saved only if nobody moved the order since it was loaded (the
 * order's version), and settlement is marked by a conditional update on {@code settlement_due_at}
 * whose returned rows are the only ones this node publishes for.
 */
@Component
class ReceiptDeadlines {

    private static final Logger log = LoggerFactory.getLogger(ReceiptDeadlines.class);

    private final Orders orders;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration autoConfirmAfter;
    private final Duration returnWindow;

    ReceiptDeadlines(
            Orders orders,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${escapement.order.auto-confirm-after:P7D}") Duration autoConfirmAfter,
            @Value("${escapement.order.return-window:P7D}") Duration returnWindow) {
        this.orders = orders;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.autoConfirmAfter = autoConfirmAfter;
        this.returnWindow = returnWindow;
    }

    @Scheduled(
            fixedDelayString = "${escapement.order.deadline-interval:PT1M}",
            initialDelayString = "${escapement.order.deadline-interval:PT1M}")
    void runNow() {
        var now = clock.instant();
        confirmDelivered(now);
        publishSettlementDue(now);
    }

    /**
     * Confirms receipt of every order delivered more than the auto-confirm period before {@code now};
     * returns the orders this call confirmed.
     */
    List<OrderId> confirmDelivered(Instant now) {
        var confirmed = new ArrayList<OrderId>();
        for (var id : orders.deliveredBefore(now.minus(autoConfirmAfter))) {
            try {
                if (Boolean.TRUE.equals(transactions.execute(status -> confirm(id, now)))) {
                    confirmed.add(id);
                }
            } catch (OptimisticLockingFailureException movedMeanwhile) {
                log.debug("Order {} was received meanwhile", id);
            }
        }
        return confirmed;
    }

    /**
     * Publishes settlement for every received order whose return window ended by {@code now};
     * returns the orders this call published it for.
     */
    List<OrderId> publishSettlementDue(Instant now) {
        var due = transactions.execute(status -> {
            var marked = orders.markSettlementDue(now.minus(returnWindow), now);
            marked.forEach(id -> events.publishEvent(new OrderEvents.OrderSettlementDue(id)));
            return marked;
        });
        return due == null ? List.of() : due;
    }

    private boolean confirm(OrderId id, Instant now) {
        return orders.find(id)
                .filter(order -> order.fulfilment() == FulfilmentState.DELIVERED && order.receivable())
                .map(order -> {
                    order.confirmReceipt(now, ReceivedBy.AUTOMATICALLY);
                    orders.save(order);
                    return true;
                })
                .orElse(false);
    }
}
