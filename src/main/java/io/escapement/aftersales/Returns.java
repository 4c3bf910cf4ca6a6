package io.escapement.aftersales;

import io.escapement.money.Money;
import io.escapement.order.BuyerOrders;
import io.escapement.order.Order;
import io.escapement.order.OrderAfterSales;
import io.escapement.order.OrderNumber;
import io.escapement.order.OrderSettlements;
import io.escapement.party.MerchantId;
import io.escapement.payment.AfterSalesRefunds;
import io.escapement.shipping.Shipments;
import io.escapement.shipping.ShippingEvents;
import io.escapement.vault.SubjectId;
import io.escapement.visual.PhotoSanitiser;
import io.escapement.visual.UnacceptablePhoto;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Returns and disputes (issue 14, ADR 48; keeps the after-sales part of issue 14): the buyer opens a
 * return of a delivered order within the return window ({@code escapement.order.return-window},
 * from delivery), the merchant accepts or refuses it, the buyer may escalate a refusal to customer
 * service, ships the watch back with a return waybill, the merchant or the platform's inspector
 * inspects it and the refund, in full or in part, goes to the original payment method. While a case
 * is open, or its dispute is, the order is held from settlement. Each call changes nothing when it
 * is refused: a case another reader may not see is 404, a move its state does not allow or a
 * decision submitted twice is 409, bad input is 400.
 */
@Service
public class Returns {

    /** The most photos a return has. */
    public static final int MAX_PHOTOS = 6;

    /** The most cases one list shows. */
    public static final int PAGE = 50;

    private static final Logger log = LoggerFactory.getLogger(Returns.class);

    private final ReturnCases cases;
    private final BuyerOrders buyerOrders;
    private final OrderSettlements settlements;
    private final OrderAfterSales orders;
    private final AfterSalesRefunds refunds;
    private final Shipments shipments;
    private final PhotoSanitiser sanitiser;
    private final Clock clock;
    private final Duration returnWindow;

    Returns(
            ReturnCases cases,
            BuyerOrders buyerOrders,
            OrderSettlements settlements,
            OrderAfterSales orders,
            AfterSalesRefunds refunds,
            Shipments shipments,
            PhotoSanitiser sanitiser,
            Clock clock,
            @Value("${escapement.order.return-window:P7D}") Duration returnWindow) {
        this.cases = cases;
        this.buyerOrders = buyerOrders;
        this.settlements = settlements;
        this.orders = orders;
        this.refunds = refunds;
        this.shipments = shipments;
        this.sanitiser = sanitiser;
        this.clock = clock;
        this.returnWindow = returnWindow;
    }

    /**
     * The buyer opens a return of their delivered order {@code number}; the order is held from
     * settlement until the case is over.
     *
     * @throws ReturnRefused 404 when the buyer has no such order; 409 when it is not delivered, its
     *     return window is over, it has a case already or is due for settlement; 400 for a blank or
     *     over-long reason, no declaration, too many photos; 400, 413, 415 or 422 for a photo we
     *     will not keep
     */
    @Transactional
    public ReturnCase open(SubjectId buyer, OrderNumber number, OpenReturn request) {
        var order = buyerOrders.find(buyer, number).orElseThrow(() -> ReturnRefused.notFound());
        var now = clock.instant();
        if (order.deliveredAt().or(order::receivedAt).isEmpty()) {
            throw ReturnRefused.conflict("aftersales.notDelivered");
        }
        if (!order.returnableAt(now, returnWindow)) {
            throw ReturnRefused.conflict("aftersales.windowOver", returnWindow.toDays());
        }
        var merchant = settlements
                .find(order.id())
                .orElseThrow(() -> ReturnRefused.notFound())
                .merchant();
        var opened = ReturnCase.open(
                order.id(), number, buyer, merchant, request.reason(), request.asSentWithBoxAndPapers(), now);
        if (request.photos().size() > MAX_PHOTOS) {
            throw ReturnRefused.invalid("aftersales.tooManyPhotos", MAX_PHOTOS);
        }
        if (cases.ofOrder(order.id()).isPresent()) {
            throw ReturnRefused.conflict("aftersales.caseExists");
        }
        var kept = new ArrayList<byte[]>();
        for (var photo : request.photos()) {
            try {
                kept.add(sanitiser.sanitise(photo));
            } catch (UnacceptablePhoto unacceptable) {
                throw new ReturnRefused(HttpStatus.valueOf(unacceptable.reason().status()), "aftersales.photoRefused");
            }
        }
        if (!orders.hold(order.id())) {
            throw ReturnRefused.conflict("aftersales.settled");
        }
        try {
            return cases.add(opened, kept, now);
        } catch (DuplicateKeyException openedMeanwhile) {
            throw ReturnRefused.conflict("aftersales.caseExists");
        }
    }

    /** The buyer's cases, newest first. */
    @Transactional(readOnly = true)
    public List<ReturnCase> ofBuyer(SubjectId buyer) {
        return cases.ofBuyer(buyer, PAGE);
    }

    /** The buyer's case; empty for another buyer's. */
    @Transactional(readOnly = true)
    public Optional<ReturnCase> ofBuyer(SubjectId buyer, ReturnCaseId id) {
        return cases.find(id).filter(found -> found.buyer().equals(buyer));
    }

    /** The cases of the merchant's orders, newest first. */
    @Transactional(readOnly = true)
    public List<ReturnCase> ofMerchant(MerchantId merchant) {
        return cases.ofMerchant(merchant, PAGE);
    }

    /** The merchant's case; empty for another merchant's. */
    @Transactional(readOnly = true)
    public Optional<ReturnCase> ofMerchant(MerchantId merchant, ReturnCaseId id) {
        return cases.find(id).filter(found -> found.merchant().equals(merchant));
    }

    /** Customer service's queue: escalated and disputed cases first, then the newest. */
    @Transactional(readOnly = true)
    public List<ReturnCase> queue() {
        return cases.queue(PAGE);
    }

    /** The cases whose watch arrived back and awaits inspection, oldest first: the inspectors' queue. */
    @Transactional(readOnly = true)
    public List<ReturnCase> awaitingInspection() {
        return cases.inState(ReturnState.ARRIVED, PAGE);
    }

    /** Any case, for customer service and the platform's inspectors. */
    @Transactional(readOnly = true)
    public Optional<ReturnCase> find(ReturnCaseId id) {
        return cases.find(id);
    }

    /** How many photos the case has. */
    @Transactional(readOnly = true)
    public int photos(ReturnCaseId id) {
        return cases.photos(id);
    }

    /** One of the case's photos, a JPEG without metadata. */
    @Transactional(readOnly = true)
    public Optional<byte[]> photo(ReturnCaseId id, int seq) {
        return cases.photo(id, seq);
    }

    /** The merchant accepts the return. */
    @Transactional
    public ReturnCase accept(MerchantId merchant, ReturnCaseId id) {
        return move(merchantsCase(merchant, id), c -> c.accept(clock.instant()));
    }

    /** The merchant refuses the return with {@code why}, which the buyer sees. */
    @Transactional
    public ReturnCase refuse(MerchantId merchant, ReturnCaseId id, String why) {
        return move(merchantsCase(merchant, id), c -> c.refuse(why, clock.instant()));
    }

    /** The buyer takes the merchant's refusal to customer service. */
    @Transactional
    public ReturnCase escalate(SubjectId buyer, ReturnCaseId id) {
        return move(buyersCase(buyer, id), c -> c.escalate(clock.instant()));
    }

    /** The buyer withdraws a requested or refused return. */
    @Transactional
    public ReturnCase withdraw(SubjectId buyer, ReturnCaseId id) {
        return move(buyersCase(buyer, id), c -> c.withdraw(clock.instant()));
    }

    /** Customer service decides an escalated case: accepts the return, or upholds the refusal. */
    @Transactional
    public ReturnCase decide(ReturnCaseId id, boolean accept, String note) {
        var now = clock.instant();
        return move(cases.find(id).orElseThrow(() -> ReturnRefused.notFound()), c -> {
            if (accept) {
                c.acceptOnEscalation(note, now);
            } else {
                c.upholdRefusal(note, now);
            }
        });
    }

    /**
     * The buyer books the carrier's pickup of the watch back to the merchant, through the same
     * carrier as the outbound parcel; the case is shipped back.
     *
     * @throws IllegalReturnTransition 409 when the return is not accepted (or shipped back already)
     */
    @Transactional
    public ReturnCase bookReturn(SubjectId buyer, ReturnCaseId id) {
        var c = buyersCase(buyer, id);
        if (c.state() != ReturnState.ACCEPTED) {
            throw new IllegalReturnTransition("aftersales.cannot.shipBack", id.reference());
        }
        var order = order(c);
        var waybill = shipments.bookReturn(order, c.merchant());
        return move(c, accepted -> accepted.shipBack(waybill, clock.instant()));
    }

    /** The return parcel reached the merchant: the case has arrived. Repeats change nothing. */
    @ApplicationModuleListener
    void on(ShippingEvents.ReturnDelivered delivered) {
        cases.ofOrder(delivered.order())
                .filter(c -> c.state() == ReturnState.SHIPPED_BACK)
                .ifPresentOrElse(
                        c -> move(c, shipped -> shipped.arrive(delivered.at())),
                        () -> log.info("A return of order {} was delivered, but no case awaits it", delivered.order()));
    }

    /**
     * The merchant (or, with {@code by} {@link Party#INSPECTOR}, the platform's inspector) records
     * the inspection of the returned watch.
     */
    @Transactional
    public ReturnCase inspect(
            @Nullable MerchantId merchant, ReturnCaseId id, Inspection result, @Nullable String note) {
        var c = merchant == null
                ? cases.find(id).orElseThrow(() -> ReturnRefused.notFound())
                : merchantsCase(merchant, id);
        var by = merchant == null ? Party.INSPECTOR : Party.MERCHANT;
        return move(c, arrived -> arrived.inspect(result, note, by, clock.instant()));
    }

    /**
     * {@code amount} goes back to the buyer's original payment method: decided by the merchant after
     * inspection, or by customer service ({@code merchant} null) on an open dispute. The order
     * records the refund (partly refunded or refunded) and the case is over.
     *
     * @throws ReturnRefused 400 when the amount is not positive or more than paid and not yet refunded
     */
    @Transactional
    public ReturnCase refund(@Nullable MerchantId merchant, ReturnCaseId id, Money amount) {
        var c = merchant == null
                ? cases.find(id).orElseThrow(() -> ReturnRefused.notFound())
                : merchantsCase(merchant, id);
        var by = merchant == null ? Party.CUSTOMER_SERVICE : Party.MERCHANT;
        var refundable = orders.refundable(c.order());
        var moved = move(c, inspected -> inspected.refund(amount, refundable, by, clock.instant()));
        orders.refund(moved.order(), amount);
        refunds.refund(moved.order(), amount, "退货退款 " + id.reference());
        return moved;
    }

    /** The merchant closes an inspected case without a refund (the watch goes back to the buyer). */
    @Transactional
    public ReturnCase close(MerchantId merchant, ReturnCaseId id) {
        return move(merchantsCase(merchant, id), c -> c.close(clock.instant()));
    }

    /** The buyer disputes their case, until the order is settled; the order is held again. */
    @Transactional
    public ReturnCase disputeAsBuyer(SubjectId buyer, ReturnCaseId id, String why) {
        return dispute(buyersCase(buyer, id), Party.BUYER, why);
    }

    /** The merchant disputes a case of its order, until the order is settled. */
    @Transactional
    public ReturnCase disputeAsMerchant(MerchantId merchant, ReturnCaseId id, String why) {
        return dispute(merchantsCase(merchant, id), Party.MERCHANT, why);
    }

    /** Customer service resolves an open dispute without a refund. */
    @Transactional
    public ReturnCase resolveDispute(ReturnCaseId id, String note) {
        return move(
                cases.find(id).orElseThrow(() -> ReturnRefused.notFound()),
                c -> c.resolveDispute(note, clock.instant()));
    }

    private ReturnCase dispute(ReturnCase c, Party by, String why) {
        var settled = orders.settlementDue(c.order());
        var moved = move(c, open -> open.openDispute(by, why, settled, clock.instant()));
        if (!orders.hold(moved.order())) {
            throw ReturnRefused.conflict("aftersales.settled");
        }
        return moved;
    }

    /** Moves the case, saves it and releases its order when the case no longer holds it. */
    private ReturnCase move(ReturnCase c, Consumer<ReturnCase> transition) {
        var heldBefore = c.holdsOrder();
        transition.accept(c);
        try {
            cases.save(c, heldBefore);
        } catch (OptimisticLockingFailureException decidedMeanwhile) {
            throw ReturnRefused.conflict("aftersales.movedMeanwhile");
        }
        if (!c.holdsOrder()) {
            orders.release(c.order());
        }
        return c;
    }

    private ReturnCase buyersCase(SubjectId buyer, ReturnCaseId id) {
        return ofBuyer(buyer, id).orElseThrow(() -> ReturnRefused.notFound());
    }

    private ReturnCase merchantsCase(MerchantId merchant, ReturnCaseId id) {
        return ofMerchant(merchant, id).orElseThrow(() -> ReturnRefused.notFound());
    }

    private Order order(ReturnCase c) {
        return buyerOrders.find(c.buyer(), c.number()).orElseThrow(() -> ReturnRefused.notFound());
    }
}
