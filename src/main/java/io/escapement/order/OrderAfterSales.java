package io.escapement.order;

import io.escapement.money.Money;
import java.time.Clock;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the after-sales module tells orders (ADR 48): an order with an open return case or dispute
 * is held from settlement ({@link #hold}) until the case is over ({@link #release}), and a refund
 * after-sales decided is recorded on the order ({@link #refund}), as any refund is: its payment
 * state becomes partly refunded or refunded and {@link OrderEvents.OrderRefunded} is published.
 * Orders do not know after-sales: the hold is a column that {@code markSettlementDue} respects.
 */
@Service
public class OrderAfterSales {

    private final Orders orders;
    private final Clock clock;

    OrderAfterSales(Orders orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    /**
     * Holds the paid order from settlement, in the caller's transaction; false, holding nothing,
     * when it is due for settlement already (its return window is over and it was received).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean hold(OrderId order) {
        return orders.holdForAfterSales(order, clock.instant());
    }

    /** Ends the hold; the order settles once received and its return window is over. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(OrderId order) {
        orders.releaseFromAfterSales(order);
    }

    /** Whether the order was marked due for settlement (so its escrow may be the merchant's). */
    @Transactional(readOnly = true)
    public boolean settlementDue(OrderId order) {
        return orders.settlementDue(order);
    }

    /**
     * Records that {@code amount} of the order goes back to the buyer, in the caller's transaction.
     *
     * @throws IllegalOrderTransition when the order is not paid, or the amount is more than what is
     *     left to refund
     * @throws OptimisticLockingFailureException when the order was moved meanwhile
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Order refund(OrderId id, Money amount) {
        var order = orders.find(id).orElseThrow(() -> new IllegalArgumentException("No order " + id));
        order.refund(amount, clock.instant());
        orders.save(order);
        return order;
    }

    /** What is left to refund of the order: its total less what went back already. */
    @Transactional(readOnly = true)
    public Money refundable(OrderId id) {
        var order = orders.find(id).orElseThrow(() -> new IllegalArgumentException("No order " + id));
        return order.total().minus(order.refunded());
    }
}
