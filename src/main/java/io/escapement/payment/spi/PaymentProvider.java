package io.escapement.payment.spi;

/**
 * One payment provider's protocol. Implementations are Spring beans, enabled by configuration with
 * their keys; the sandbox is the only one on by default. An adapter keeps no state about payments:
 * the payment module stores charges and decides what a callback changes.
 */
public interface PaymentProvider {

    /**
     * The provider's id, the same as its recipient id in the policy's registry ({@code alipay},
     * {@code wechat-pay}, {@code unionpay}, {@code sandbox}); it is also the last path segment of
     * the provider's callback URL.
     */
    String id();

    /**
     * Asks the provider to take a payment and tells the buyer's browser where to go next. The
     * request holds only what the sharing gateway let through.
     *
     * @throws ProviderUnavailable when the provider cannot be reached or refuses the request
     */
    PaymentStart start(PaymentRequest request);

    /**
     * Verifies a callback's signature (and decrypts it where the protocol encrypts) and reads it.
     * Says nothing about whether the payment is new: replays are the payment module's business.
     *
     * @throws ForgedCallback when the signature does not verify, the signing key or certificate is
     *     not the provider's, or the message cannot be read
     */
    ProviderNotification verify(ProviderCallback callback);

    /** What the provider expects as the HTTP answer to a callback that was accepted. */
    CallbackAnswer accepted();

    /**
     * Gives {@code request.amount()} of a paid charge back to the buyer's original payment method.
     *
     * @throws ProviderUnavailable when the provider cannot be reached or refuses the refund
     */
    RefundReceipt refund(RefundRequest request);
}
