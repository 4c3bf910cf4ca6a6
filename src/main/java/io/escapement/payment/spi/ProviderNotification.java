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
        FAILED
    }
}
