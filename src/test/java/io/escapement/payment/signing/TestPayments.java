package io.escapement.payment.signing;

import io.escapement.money.Money;
import io.escapement.payment.spi.PaymentRequest;
import io.escapement.payment.spi.RefundRequest;
import java.net.URI;
import java.time.Instant;

/** The payment and the refund every adapter test sends: ¥128,000 for a watch, ¥500 of it back. */
public final class TestPayments {

    public static final String REFERENCE = "ESC20260301000001";

    public static final String REFUND = "RFD20260301000001";

    private TestPayments() {}

    /** ¥128,000, reserved until 10:15 Beijing time on 1 March 2026, called back at the provider's own URL. */
    public static PaymentRequest aPayment(String provider) {
        return new PaymentRequest(
                REFERENCE,
                Money.yuan(128_000),
                "腕表订单",
                URI.create("https://shop.example/payment/callbacks/" + provider),
                URI.create("https://shop.example/account/orders"),
                Instant.parse("2026-03-01T02:15:00Z"));
    }

    /** ¥500 back of the payment the provider knows as {@code transaction}. */
    public static RefundRequest aRefund(String transaction) {
        return new RefundRequest(REFERENCE, transaction, REFUND, Money.yuan(128_000), Money.yuan(500), "退货退款");
    }
}
