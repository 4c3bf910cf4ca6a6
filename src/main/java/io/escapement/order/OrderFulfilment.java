package io.escapement.order;

import java.time.Instant;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the shipping module tells orders: the merchant handed an order's watch to the carrier, and
 * the carrier delivered it. Each move is made once: a repeat, or one that comes after the order
 * moved on (a late delivery event after the buyer confirmed receipt), changes nothing and says so.
 */
@Service
public class OrderFulfilment {

    private final Orders orders;
    private final TransactionTemplate transactions;

    OrderFulfilment(Orders orders, TransactionTemplate transactions) {
        this.orders = orders;
        this.transactions = transactions;
    }

    /**
     * Marks the order awaiting shipment as shipped at {@code at}, in the caller's transaction.
     *
     * @throws IllegalOrderTransition when it is not awaiting shipment
     */
    public void ship(OrderId id, Instant at) {
        var order = orders.find(id).orElseThrow(() -> new IllegalArgumentException("No order " + id));
        order.ship(at);
        orders.save(order);
    }

    /**
     * Marks the shipped order as delivered at {@code at}; false, changing nothing, when it is not
     * (or no longer) shipped: delivered or received already, or unknown.
     */
    public boolean deliver(OrderId id, Instant at) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> orders.find(id)
                    .filter(order -> order.fulfilment() == FulfilmentState.SHIPPED)
                    .map(order -> {
                        order.deliver(at);
                        orders.save(order);
                        return true;
                    })
                    .orElse(false)));
        } catch (OptimisticLockingFailureException movedMeanwhile) {
            return false;
        }
    }
}
