package io.escapement.payment.spi;

import io.escapement.money.Money;
import java.time.Instant;

/**
 * A verified callback, read: the provider says that the payment {@code reference} ended in {@code
 * status}.
 *
 * @param reference the reference of the {@link PaymentRequest}
 * @param transaction the provider's own id of the payment (trade_no, transaction_id, queryId)
 * @param amount the amount the provider took
 * @param status whether the payment succeeded
 * @param at when the provider took the payment (or when it failed)
 */
public record ProviderNotification(String reference, String transaction, Money amount, Status status, Instant at) {

    public enum Status {
        /** The buyer paid. */
        PAID,
        /** The payment failed or was closed unpaid at the provider. */
        FAILED,
        /**
         * Signed by the provider, but it settles nothing: the buyer has not paid yet, or it reports
         * on something else (a refund's result). It is acknowledged and changes nothing.
         */
        UNSETTLED
    }

    /** A verified notification that settles nothing (see {@link Status#UNSETTLED}). */
    public static ProviderNotification unsettled(String reference, Instant at) {
        return new ProviderNotification(reference, "", Money.zero(), Status.UNSETTLED, at);
    }
}
