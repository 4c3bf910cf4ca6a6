package io.escapement.order;

import io.escapement.catalog.Catalog;
import io.escapement.language.WordedRefusal;
import io.escapement.vault.PersonalDataVault;
import io.escapement.vault.SubjectId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A buyer's own orders (U-2): nobody else's order is ever found, not even to say it exists. */
@Service
public class BuyerOrders {

    /** The most orders one list shows. */
    public static final int PAGE = 50;

    private final Orders orders;
    private final Catalog catalog;
    private final PersonalDataVault vault;
    private final Clock clock;

    BuyerOrders(Orders orders, Catalog catalog, PersonalDataVault vault, Clock clock) {
        this.orders = orders;
        this.catalog = catalog;
        this.vault = vault;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Order> list(SubjectId buyer, OrderFilter filter) {
        return orders.ofBuyer(buyer, filter, PAGE);
    }

    /** The numbers of every order the buyer placed, also those deleted from their list. */
    @Transactional(readOnly = true)
    public List<OrderNumber> numbers(SubjectId buyer) {
        return orders.numbersOf(buyer);
    }

    @Transactional(readOnly = true)
    public Optional<Order> find(SubjectId buyer, OrderNumber number) {
        return orders.find(buyer, number);
    }

    /**
     * Deletes one of the buyer's finished orders from their list (U-8): the order is hidden from them
     * for good and its copy of the address is shredded; the bookkeeping row stays, without
     * personal information. Finished is closed unpaid, refunded in full, or completed: received
     * and its return window over ({@code settlement_due_at} set), with no after-sales case open,
     * so that a return can still reach the buyer's address while one is possible.
     *
     * @throws OrderNotDeletable when the buyer has no such order, or it is not finished
     */
    @Transactional
    public void delete(SubjectId buyer, OrderNumber number) {
        var order = orders.find(buyer, number)
                .orElseThrow(() -> new OrderNotDeletable(HttpStatus.NOT_FOUND, "orders.notFound"));
        if (!orders.hide(order.id(), clock.instant())) {
            throw new OrderNotDeletable(HttpStatus.CONFLICT, "orders.cannotDelete");
        }
        vault.shred(order.shipTo().sealed());
    }

    /**
     * The buyer cancels one of their orders before paying it: the order closes and its watch is on
     * sale again at once. Money that still arrives for it goes back (the payment module refunds a
     * payment for a closed order).
     *
     * @throws OrderNotCancellable 404 when the buyer has no such order, 409 when it is paid or closed
     *     already, or was paid while it was being cancelled
     */
    @Transactional
    public Order cancel(SubjectId buyer, OrderNumber number) {
        var order = orders.find(buyer, number)
                .orElseThrow(() -> new OrderNotCancellable(HttpStatus.NOT_FOUND, "orders.notFound"));
        if (order.checkout() != CheckoutState.PLACED || order.payment() != PaymentState.AWAITING) {
            throw new OrderNotCancellable(HttpStatus.CONFLICT, "orders.cannotCancel");
        }
        order.close(ClosedBecause.CANCELLED_BY_BUYER, clock.instant());
        try {
            orders.save(order);
        } catch (OptimisticLockingFailureException paidMeanwhile) {
            throw new OrderNotCancellable(HttpStatus.CONFLICT, "orders.cannotCancel");
        }
        catalog.release(order.listing(), order.reservation());
        return order;
    }

    /**
     * The buyer confirms they received the watch of a shipped or delivered order: it is completed,
     * and the return window still counts from delivery.
     *
     * @throws OrderNotReceivable 404 when the buyer has no such order, 409 when it is not shipped
     *     yet, received already (also when it was received meanwhile, by another click or
     *     automatically) or refunded in full
     */
    @Transactional
    public Order confirmReceipt(SubjectId buyer, OrderNumber number) {
        var order = orders.find(buyer, number)
                .orElseThrow(() -> new OrderNotReceivable(HttpStatus.NOT_FOUND, "orders.notFound"));
        if (!order.receivable()) {
            throw new OrderNotReceivable(HttpStatus.CONFLICT, "orders.cannotReceive");
        }
        order.confirmReceipt(clock.instant(), ReceivedBy.BUYER);
        try {
            orders.save(order);
        } catch (OptimisticLockingFailureException receivedMeanwhile) {
            throw new OrderNotReceivable(HttpStatus.CONFLICT, "orders.cannotReceive");
        }
        return order;
    }

    /** An order whose receipt the buyer cannot confirm: not theirs, not shipped, or received already. */
    public static final class OrderNotReceivable extends WordedRefusal {
        OrderNotReceivable(HttpStatus status, String code) {
            super(status, code);
        }
    }

    /** An order the buyer cannot cancel: not theirs, or paid or closed already. */
    public static final class OrderNotCancellable extends WordedRefusal {
        OrderNotCancellable(HttpStatus status, String code) {
            super(status, code);
        }
    }

    /** An order the buyer cannot delete: not theirs, or not closed. */
    public static final class OrderNotDeletable extends WordedRefusal {
        OrderNotDeletable(HttpStatus status, String code) {
            super(status, code);
        }

        /** Whether the buyer has the order but it is not closed (409) rather than no such order (404). */
        public boolean conflict() {
            return status() == HttpStatus.CONFLICT;
        }
    }
}
