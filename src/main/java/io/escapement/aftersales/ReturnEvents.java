package io.escapement.aftersales;

import io.escapement.order.OrderId;

/** What happens to return cases, for other modules to follow (notifications, reviews). Ids only. */
public final class ReturnEvents {

    private ReturnEvents() {}

    /** Any of the events below. */
    public sealed interface ReturnEvent {
        ReturnCaseId returnCase();

        OrderId order();
    }

    /** The buyer asked to return the watch of the order. */
    public record ReturnRequested(ReturnCaseId returnCase, OrderId order) implements ReturnEvent {}

    /** The merchant, or customer service on an escalation, accepted the return. */
    public record ReturnAccepted(ReturnCaseId returnCase, OrderId order) implements ReturnEvent {}

    /** The merchant refused the return; the buyer may escalate. */
    public record ReturnRefusedByMerchant(ReturnCaseId returnCase, OrderId order) implements ReturnEvent {}

    /** The buyer or the merchant opened a dispute for customer service. */
    public record DisputeOpened(ReturnCaseId returnCase, OrderId order) implements ReturnEvent {}

    /** Money of the order went back to the buyer through the case. */
    public record ReturnRefunded(ReturnCaseId returnCase, OrderId order) implements ReturnEvent {}

    /** The case no longer holds its order: it is finished and no dispute is open. */
    public record ReturnCaseFinished(ReturnCaseId returnCase, OrderId order) implements ReturnEvent {}
}
