package io.escapement.payment.sandbox;

import io.escapement.money.Money;
import io.escapement.payment.spi.CallbackAnswer;
import io.escapement.payment.spi.ForgedCallback;
import io.escapement.payment.spi.PaymentProvider;
import io.escapement.payment.spi.PaymentRequest;
import io.escapement.payment.spi.PaymentStart;
import io.escapement.payment.spi.ProviderCallback;
import io.escapement.payment.spi.ProviderNotification;
import io.escapement.payment.spi.RefundReceipt;
import io.escapement.payment.spi.RefundRequest;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The adapter for the sandbox provider. Its protocol is a small version of the real ones: the
 * buyer pays on the sandbox's own page, and the callback is JSON signed with Ed25519 over {@code
 * timestamp\nnonce\nbody} in the {@code Sandbox-*} headers, refused when the signature fails or
 * the timestamp is more than five minutes off.
 */
class SandboxProvider implements PaymentProvider {

    static final String ID = "sandbox";
    static final String TIMESTAMP = "Sandbox-Timestamp";
    static final String NONCE = "Sandbox-Nonce";
    static final String SIGNATURE = "Sandbox-Signature";
    private static final Duration SKEW = Duration.ofMinutes(5);

    private final SandboxBank bank;
    private final SandboxKeys keys;
    private final JsonMapper json;
    private final Clock clock;

    SandboxProvider(SandboxBank bank, SandboxKeys keys, JsonMapper json, Clock clock) {
        this.bank = bank;
        this.keys = keys;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public PaymentStart start(PaymentRequest request) {
        var token = bank.token(new SandboxOrder(
                request.reference(),
                request.amount().minor(),
                request.subject(),
                request.notifyUrl(),
                request.returnUrl(),
                request.expiresAt()));
        return PaymentStart.redirect(request.returnUrl().resolve("/sandbox/pay?order=" + token));
    }

    @Override
    public ProviderNotification verify(ProviderCallback callback) {
        var timestamp = callback.header(TIMESTAMP);
        var nonce = callback.header(NONCE);
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(callback.header(SIGNATURE));
        } catch (IllegalArgumentException notBase64) {
            throw new ForgedCallback("the signature is not Base64");
        }
        if (timestamp.isEmpty() || nonce.isEmpty() || signature.length == 0) {
            throw new ForgedCallback("the callback is not signed");
        }
        if (!keys.verifies(signature, bank.signatureBase(timestamp, nonce, callback.body()))) {
            throw new ForgedCallback("the signature does not verify");
        }
        try {
            var signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
            if (Duration.between(signedAt, clock.instant()).abs().compareTo(SKEW) > 0) {
                throw new ForgedCallback("the callback was signed more than five minutes ago");
            }
            JsonNode body = json.readTree(callback.body());
            if (!"CNY".equals(body.path("currency").asString())) {
                throw new ForgedCallback("the callback is not in CNY");
            }
            return new ProviderNotification(
                    body.required("reference").asString(),
                    body.required("transaction").asString(),
                    Money.fen(body.required("amount").asLong()),
                    ProviderNotification.Status.valueOf(body.required("status").asString()),
                    Instant.parse(body.required("at").asString()));
        } catch (JacksonException | IllegalArgumentException | DateTimeException unreadable) {
            throw new ForgedCallback("the callback cannot be read", unreadable);
        }
    }

    @Override
    public CallbackAnswer accepted() {
        return CallbackAnswer.json("{\"code\":\"SUCCESS\"}");
    }

    @Override
    public RefundReceipt refund(RefundRequest request) {
        return new RefundReceipt(request.refund(), bank.refund(request.refund()), request.amount());
    }
}
