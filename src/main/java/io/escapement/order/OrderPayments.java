package io.escapement.order;

import io.escapement.catalog.Catalog;
import io.escapement.money.Money;
import java.time.Instant;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the payment module tells orders: a provider confirmed that an order's total was paid. The
 * first confirmation pays the order and sells its watch to it; any repeat, however many arrive at
 * once on however many nodes, changes nothing (the order's versioned save decides). A payment for an
 * order closed meanwhile, or whose watch another buyer holds now, is too late and must be refunded.
 */
@Service
public class OrderPayments {

    private final Orders orders;
    private final Catalog catalog;
    private final TransactionTemplate transactions;

    OrderPayments(Orders orders, Catalog catalog, TransactionTemplate transactions) {
        this.orders = orders;
        this.catalog = catalog;
        this.transactions = transactions;
    }

    /** Records that {@code amount} was paid for the order {@code number} at {@code at}. */
    public PaymentOutcome paid(OrderNumber number, Money amount, Instant at) {
        try {
            return transactions.execute(status -> {
                var found = orders.find(number);
                if (found.isEmpty()) {
                    return PaymentOutcome.UNKNOWN_ORDER;
                }
                var order = found.get();
                if (order.payment() != PaymentState.AWAITING) {
                    return PaymentOutcome.ALREADY_PAID;
                }
                if (!amount.equals(order.total())) {
                    return PaymentOutcome.WRONG_AMOUNT;
                }
                if (order.checkout() != CheckoutState.PLACED) {
                    return PaymentOutcome.TOO_LATE;
                }
                if (!catalog.sell(order.listing(), order.reservation())) {
                    // another confirmation may have sold it to this order while this one waited for the row
                    return orders.find(number)
                                    .filter(again -> again.payment() != PaymentState.AWAITING)
                                    .isPresent()
                            ? PaymentOutcome.ALREADY_PAID
                            : PaymentOutcome.TOO_LATE;
                }
                order.pay(amount, at);
                orders.save(order);
                return PaymentOutcome.PAID;
            });
        } catch (OptimisticLockingFailureException paidMeanwhile) {
            return PaymentOutcome.ALREADY_PAID;
        }
    }
}
