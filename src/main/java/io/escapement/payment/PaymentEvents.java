package io.escapement.payment;

import io.escapement.order.OrderNumber;

/** What happens to charges, for other modules to follow. Ids only. */
public final class PaymentEvents {

    private PaymentEvents() {}

    public sealed interface PaymentEvent {
        ChargeId charge();
    }

    /** A provider confirmed a charge; its money is in escrow. */
    public record ChargePaid(ChargeId charge, OrderNumber order) implements PaymentEvent {}

    /** A provider said a charge failed or closed unpaid. */
    public record ChargeFailed(ChargeId charge, OrderNumber order) implements PaymentEvent {}

    /** Money of a charge went back to the buyer's original payment method. */
    public record ChargeRefunded(ChargeId charge, OrderNumber order) implements PaymentEvent {}
}
