package io.escapement.payment;

import io.escapement.money.Money;
import io.escapement.order.OrderNumber;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One attempt to pay an order through one provider. It owns its moves ({@link ChargeState}): a move
 * the state does not allow throws {@link IllegalChargeTransition}, and each move registers a {@link
 * PaymentEvents} event that {@link Charges#save} publishes.
 */
public final class Charge {

    private final @Nullable ChargeId id;
    private final String reference;
    private final String provider;
    private final OrderNumber order;
    private final Money amount;
    private final Instant createdAt;
    private final Instant expiresAt;
    private ChargeState state;
    private Money refunded;
    private @Nullable String transaction;
    private @Nullable Instant settledAt;
    private final int version;
    private final List<PaymentEvents.PaymentEvent> events = new ArrayList<>();

    Charge(
            @Nullable ChargeId id,
            String reference,
            String provider,
            OrderNumber order,
            Money amount,
            Instant createdAt,
            Instant expiresAt,
            ChargeState state,
            Money refunded,
            @Nullable String transaction,
            @Nullable Instant settledAt,
            int version) {
        this.id = id;
        this.reference = reference;
        this.provider = provider;
        this.order = order;
        this.amount = amount;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.state = state;
        this.refunded = refunded;
        this.transaction = transaction;
        this.settledAt = settledAt;
        this.version = version;
    }

    /** A new charge for {@code amount} of {@code order}, open at the provider until {@code expiresAt}. */
    static Charge create(
            String reference, String provider, OrderNumber order, Money amount, Instant now, Instant expiresAt) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A charge takes a positive amount: " + amount);
        }
        return new Charge(
                null,
                reference,
                provider,
                order,
                amount,
                now,
                expiresAt,
                ChargeState.CREATED,
                Money.zero(),
                null,
                null,
                0);
    }

    /** The provider took the money: it is in escrow now. Publishes {@link PaymentEvents.ChargePaid}. */
    void paid(String providerTransaction, Instant at) {
        move(ChargeState.PAID);
        transaction = providerTransaction;
        settledAt = at;
        events.add(new PaymentEvents.ChargePaid(id(), order));
    }

    /** The provider says the payment failed or closed unpaid. */
    void failed(Instant at) {
        move(ChargeState.FAILED);
        settledAt = at;
        events.add(new PaymentEvents.ChargeFailed(id(), order));
    }

    /**
     * {@code amount} went back to the buyer. Publishes {@link PaymentEvents.ChargeRefunded}.
     *
     * @throws IllegalChargeTransition when the charge holds no money or less than {@code amount}
     */
    void refunded(Money amount) {
        var after = refunded.plus(amount);
        if (!amount.isPositive() || after.compareTo(this.amount) > 0) {
            throw new IllegalChargeTransition(state, "refund of " + amount);
        }
        move(after.equals(this.amount) ? ChargeState.REFUNDED : ChargeState.PARTLY_REFUNDED);
        refunded = after;
        events.add(new PaymentEvents.ChargeRefunded(id(), order));
    }

    private void move(ChargeState next) {
        if (!state.mayMoveTo(next)) {
            throw new IllegalChargeTransition(state, next.name());
        }
        state = next;
    }

    List<PaymentEvents.PaymentEvent> takeEvents() {
        var taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    public ChargeId id() {
        if (id == null) {
            throw new IllegalStateException("The charge is not stored yet.");
        }
        return id;
    }

    public String reference() {
        return reference;
    }

    public String provider() {
        return provider;
    }

    public OrderNumber order() {
        return order;
    }

    public Money amount() {
        return amount;
    }

    public Money refunded() {
        return refunded;
    }

    public ChargeState state() {
        return state;
    }

    public @Nullable String transaction() {
        return transaction;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public @Nullable Instant settledAt() {
        return settledAt;
    }

    int version() {
        return version;
    }
}
