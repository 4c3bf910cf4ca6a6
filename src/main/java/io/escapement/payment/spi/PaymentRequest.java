package io.escapement.payment.spi;

import io.escapement.money.Money;
import java.net.URI;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * What a provider is told about a payment, and nothing more (S-5).
 *
 * @param reference the merchant-side order reference the provider echoes back ({@code
 *     out_trade_no}, {@code orderId}): 16 to 32 upper-case letters and digits, unique per charge
 * @param amount the amount to take, exact, in CNY
 * @param subject the line the buyer sees at the provider, e.g. 腕表订单
 * @param notifyUrl where the provider sends its asynchronous callback
 * @param returnUrl where the buyer's browser goes back after paying
 * @param expiresAt when the provider must stop accepting the payment (the order's reservation)
 */
public record PaymentRequest(
        String reference, Money amount, String subject, URI notifyUrl, URI returnUrl, Instant expiresAt) {

    private static final Pattern REFERENCE = Pattern.compile("[0-9A-Z]{16,32}");

    public PaymentRequest {
        if (!REFERENCE.matcher(reference).matches()) {
            throw new IllegalArgumentException("A payment reference is 16 to 32 letters and digits: " + reference);
        }
        if (!amount.isPositive() || !amount.currency().equals(Money.CNY)) {
            throw new IllegalArgumentException("A payment takes a positive amount in CNY: " + amount);
        }
    }
}
