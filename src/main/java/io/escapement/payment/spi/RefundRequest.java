package io.escapement.payment.spi;

import io.escapement.money.Money;
import java.util.regex.Pattern;

/**
 * Money of a paid charge that goes back to the buyer.
 *
 * @param reference the charge's {@link PaymentRequest#reference()}
 * @param transaction the provider's id of the payment
 * @param refund this refund's own reference, unique, so that a retried refund is paid once
 *     ({@code out_request_no}, {@code out_refund_no})
 * @param paid the amount the charge took
 * @param amount the amount to give back, at most {@code paid}
 * @param reason a short reason the provider shows the buyer
 */
public record RefundRequest(
        String reference, String transaction, String refund, Money paid, Money amount, String reason) {

    private static final Pattern REFERENCE = Pattern.compile("[0-9A-Z]{16,32}");

    public RefundRequest {
        if (!REFERENCE.matcher(refund).matches()) {
            throw new IllegalArgumentException("A refund reference is 16 to 32 letters and digits: " + refund);
        }
        if (!amount.isPositive() || amount.compareTo(paid) > 0) {
            throw new IllegalArgumentException("A refund is positive and at most what was paid: " + amount);
        }
    }
}
