package io.escapement.order;

import io.escapement.catalog.ListingId;
import io.escapement.money.Money;
import io.escapement.vault.SubjectId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A buyer's order for one watch, with three states that move in parallel, as in Sylius: the
 * checkout, the payment and the fulfilment. Each move checks all three, changes them, adds a
 * {@link Step} to the timeline and registers an {@link OrderEvents} event; a move the states do not
 * allow throws {@link IllegalOrderTransition}. The order holds no personal information: the buyer
 * is a vault subject, and the address its own sealed copy in the vault ({@link ShipTo}).
 *
 * <pre>
 * place:   —                                  → PLACED,    AWAITING,        NOT_READY
 * pay:     PLACED,    AWAITING,  NOT_READY    → CONFIRMED, PAID,            AWAITING_SHIPMENT
 * close:   PLACED,    AWAITING,  NOT_READY    → CLOSED,    AWAITING,        NOT_READY
 * refund:  CONFIRMED, PAID or PARTLY_REFUNDED → CONFIRMED, PARTLY_REFUNDED or REFUNDED (in full)
 * ship:    fulfilment AWAITING_SHIPMENT         → SHIPPED
 * deliver: fulfilment SHIPPED                   → DELIVERED (the delivered time is kept on the timeline)
 * receive: fulfilment SHIPPED or DELIVERED      → RECEIVED (by the buyer, or automatically)
 * </pre>
 */
public final class Order {

    private final @Nullable OrderId id;
    private final OrderNumber number;
    private final SubjectId buyer;
    private final ListingId listing;
    private final UUID reservation;
    private final ShipTo shipTo;
    private final Money price;
    private final Money shippingFee;
    private final Instant reservedUntil;
    private CheckoutState checkout;
    private PaymentState payment;
    private FulfilmentState fulfilment;
    private Money refunded;
    private final List<Step> timeline;
    private final int version;
    private final List<OrderEvents.OrderEvent> events = new ArrayList<>();

    Order(
            @Nullable OrderId id,
            OrderNumber number,
            SubjectId buyer,
            ListingId listing,
            UUID reservation,
            ShipTo shipTo,
            Money price,
            Money shippingFee,
            Instant reservedUntil,
            CheckoutState checkout,
            PaymentState payment,
            FulfilmentState fulfilment,
            Money refunded,
            List<Step> timeline,
            int version) {
        this.id = id;
        this.number = Objects.requireNonNull(number);
        this.buyer = Objects.requireNonNull(buyer);
        this.listing = Objects.requireNonNull(listing);
        this.reservation = Objects.requireNonNull(reservation);
        this.shipTo = Objects.requireNonNull(shipTo);
        this.price = Objects.requireNonNull(price);
        this.shippingFee = Objects.requireNonNull(shippingFee);
        this.reservedUntil = Objects.requireNonNull(reservedUntil);
        this.checkout = Objects.requireNonNull(checkout);
        this.payment = Objects.requireNonNull(payment);
        this.fulfilment = Objects.requireNonNull(fulfilment);
        this.refunded = Objects.requireNonNull(refunded);
        this.timeline = new ArrayList<>(timeline);
        this.version = version;
    }

    /**
     * A new order of {@code buyer} for the watch {@code listing}, reserved for them by the catalog's
     * hold {@code reservation} until {@code reservedUntil}. Not yet saved: it has no id.
     */
    static Order place(
            OrderNumber number,
            SubjectId buyer,
            ListingId listing,
            UUID reservation,
            ShipTo shipTo,
            Money price,
            Money shippingFee,
            Instant now,
            Instant reservedUntil) {
        if (!price.isPositive() || shippingFee.isNegative()) {
            throw new IllegalArgumentException("An order costs something: " + price + " + " + shippingFee);
        }
        return new Order(
                null,
                number,
                buyer,
                listing,
                reservation,
                shipTo,
                price,
                shippingFee,
                reservedUntil,
                CheckoutState.PLACED,
                PaymentState.AWAITING,
                FulfilmentState.NOT_READY,
                Money.zero(),
                List.of(new Step(Step.Kind.PLACED, now, null)),
                0);
    }

    /** The provider confirmed payment of {@code amount}: the order is confirmed and the watch awaits shipment. */
    public void pay(Money amount, Instant now) {
        requireAwaitingPayment("pay");
        if (!amount.equals(total())) {
            throw new IllegalOrderTransition("order.wrongAmount", amount.formatted(), total().formatted());
        }
        checkout = CheckoutState.CONFIRMED;
        payment = PaymentState.PAID;
        fulfilment = FulfilmentState.AWAITING_SHIPMENT;
        timeline.add(new Step(Step.Kind.PAID, now, amount));
        events.add(new OrderEvents.OrderPaid(requireId(), listing));
    }

    /** Nobody paid in time, or the buyer cancelled: the order is closed and its watch goes back on sale. */
    public void close(ClosedBecause because, Instant now) {
        requireAwaitingPayment("close");
        checkout = CheckoutState.CLOSED;
        timeline.add(new Step(
                because == ClosedBecause.RESERVATION_LAPSED
                        ? Step.Kind.RESERVATION_LAPSED
                        : Step.Kind.CANCELLED_BY_BUYER,
                now,
                null));
        events.add(new OrderEvents.OrderClosed(requireId(), listing, because));
    }

    /** Gives {@code amount} of a paid order back to the buyer; the order is refunded once all of it is back. */
    public void refund(Money amount, Instant now) {
        if (payment != PaymentState.PAID && payment != PaymentState.PARTLY_REFUNDED) {
            throw refused("refund");
        }
        var after = refunded.plus(amount);
        if (!amount.isPositive() || after.compareTo(total()) > 0) {
            throw new IllegalOrderTransition(
                    "order.refundTooLarge",
                    amount.formatted(),
                    total().minus(refunded).formatted());
        }
        refunded = after;
        payment = after.equals(total()) ? PaymentState.REFUNDED : PaymentState.PARTLY_REFUNDED;
        timeline.add(new Step(Step.Kind.REFUNDED, now, amount));
        events.add(new OrderEvents.OrderRefunded(requireId()));
    }

    /** The merchant handed the watch to the carrier. */
    public void ship(Instant at) {
        requireFulfilment("ship", FulfilmentState.AWAITING_SHIPMENT);
        fulfilment = FulfilmentState.SHIPPED;
        timeline.add(new Step(Step.Kind.SHIPPED, at, null));
        events.add(new OrderEvents.OrderShipped(requireId()));
    }

    /** The carrier delivered the watch at {@code at}; the return window and auto-confirm count from then. */
    public void deliver(Instant at) {
        requireFulfilment("deliver", FulfilmentState.SHIPPED);
        fulfilment = FulfilmentState.DELIVERED;
        timeline.add(new Step(Step.Kind.DELIVERED, at, null));
        events.add(new OrderEvents.OrderDelivered(requireId()));
    }

    /** The buyer confirmed receipt, or it was confirmed automatically after delivery. */
    public void confirmReceipt(Instant at, ReceivedBy by) {
        if (!receivable()) {
            throw refused("receive");
        }
        fulfilment = FulfilmentState.RECEIVED;
        timeline.add(
                new Step(by == ReceivedBy.BUYER ? Step.Kind.RECEIVED : Step.Kind.RECEIVED_AUTOMATICALLY, at, null));
        events.add(new OrderEvents.OrderReceived(requireId()));
    }

    /**
     * Whether receipt may be confirmed, by the buyer or automatically: the watch is shipped or
     * delivered, and its price did not go back in full (a watch returned and refunded is not received).
     */
    public boolean receivable() {
        return checkout == CheckoutState.CONFIRMED
                && (fulfilment == FulfilmentState.SHIPPED || fulfilment == FulfilmentState.DELIVERED)
                && payment != PaymentState.REFUNDED;
    }

    /**
     * Whether a 7-day no-reason return may still be opened at {@code now}: the watch was delivered
     * (or received without a delivery event) no longer than {@code window} ago.
     */
    public boolean returnableAt(Instant now, Duration window) {
        return deliveredAt()
                .or(this::receivedAt)
                .filter(delivered -> !now.isAfter(delivered.plus(window)))
                .isPresent();
    }

    /** When the carrier delivered the watch; empty before delivery, or when receipt came without it. */
    public Optional<Instant> deliveredAt() {
        return timeline.stream()
                .filter(step -> step.kind() == Step.Kind.DELIVERED)
                .map(Step::at)
                .findFirst();
    }

    /** When receipt was confirmed, by the buyer or automatically; empty before. */
    public Optional<Instant> receivedAt() {
        return timeline.stream()
                .filter(step -> step.kind() == Step.Kind.RECEIVED || step.kind() == Step.Kind.RECEIVED_AUTOMATICALLY)
                .map(Step::at)
                .findFirst();
    }

    private void requireFulfilment(String move, FulfilmentState... allowed) {
        if (checkout != CheckoutState.CONFIRMED || !List.of(allowed).contains(fulfilment)) {
            throw refused(move);
        }
    }

    /** Whether the buyer may still pay: the order is placed, unpaid, and its reservation runs at {@code at}. */
    public boolean payableAt(Instant at) {
        return checkout == CheckoutState.PLACED && payment == PaymentState.AWAITING && reservedUntil.isAfter(at);
    }

    /** Whether the order was placed and nobody paid before its reservation ended by {@code at}. */
    public boolean lapsedAt(Instant at) {
        return checkout == CheckoutState.PLACED && payment == PaymentState.AWAITING && !reservedUntil.isAfter(at);
    }

    public Money total() {
        return price.plus(shippingFee);
    }

    private void requireAwaitingPayment(String move) {
        if (checkout != CheckoutState.PLACED || payment != PaymentState.AWAITING) {
            throw refused(move);
        }
    }

    private IllegalOrderTransition refused(String move) {
        return new IllegalOrderTransition("order.cannot." + move, number.value());
    }

    private OrderId requireId() {
        if (id == null) {
            throw new IllegalStateException("Save the order before moving it");
        }
        return id;
    }

    /** The events registered since the last save, for the repository to publish. */
    List<OrderEvents.OrderEvent> takeEvents() {
        var taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    /** The order's id; only a saved order has one. */
    public OrderId id() {
        return requireId();
    }

    public OrderNumber number() {
        return number;
    }

    public SubjectId buyer() {
        return buyer;
    }

    public ListingId listing() {
        return listing;
    }

    public UUID reservation() {
        return reservation;
    }

    public ShipTo shipTo() {
        return shipTo;
    }

    public Money price() {
        return price;
    }

    public Money shippingFee() {
        return shippingFee;
    }

    public Money refunded() {
        return refunded;
    }

    public Instant reservedUntil() {
        return reservedUntil;
    }

    public CheckoutState checkout() {
        return checkout;
    }

    public PaymentState payment() {
        return payment;
    }

    public FulfilmentState fulfilment() {
        return fulfilment;
    }

    /** The version of the row it was loaded from, which a save expects to find. */
    int version() {
        return version;
    }

    public List<Step> timeline() {
        return List.copyOf(timeline);
    }
}
