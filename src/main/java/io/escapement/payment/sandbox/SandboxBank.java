package io.escapement.payment.sandbox;

import com.google.crypto.tink.PublicKeySign;
import io.escapement.platform.tls.ServerTrust;
import io.escapement.sharing.OutboundAdapter;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sandbox's "bank": the provider's side of the sandbox, inside the application for development
 * and demos. Its pay page signs what it was asked to take; when the buyer pays (or fails), it sends
 * the signed asynchronous callback to the notify address over HTTPS, on time, late, twice or, from
 * the test switch, signed by a key nobody trusts, and retries it while the answer is not
 * accepted, as providers do. It sends the reference, the amount and the outcome: nothing else.
 */
@OutboundAdapter("sandbox")
class SandboxBank {

    private static final Logger log = LoggerFactory.getLogger(SandboxBank.class);
    private static final int TRIES = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** How the callback travels. */
    enum Delivery {
        ON_TIME,
        LATE,
        TWICE,
        FORGED
    }

    /** What the buyer chose on the pay page. */
    enum Outcome {
        PAID,
        FAILED
    }

    private final SandboxKeys keys;
    private final SandboxProperties properties;
    private final JsonMapper json;
    private final HttpClient http;
    private final Clock clock;
    private final ScheduledExecutorService deliveries = Executors.newScheduledThreadPool(2, runnable -> {
        var thread = new Thread(runnable, "payment-sandbox");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, String> refunds = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> delivered = new ConcurrentHashMap<>();

    SandboxBank(SandboxKeys keys, SandboxProperties properties, JsonMapper json, ServerTrust trust, Clock clock) {
        this.keys = keys;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .sslContext(trust.sslContext())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** The pay page's signed token for {@code order}. */
    String token(SandboxOrder order) {
        var payload = json.writeValueAsBytes(order);
        var encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString(payload) + "." + encoder.encodeToString(keys.sign(payload));
    }

    /** The order a token stands for, when the sandbox signed it. */
    Optional<SandboxOrder> open(String token) {
        var dot = token.indexOf('.');
        if (dot < 1 || token.length() > 4096) {
            return Optional.empty();
        }
        try {
            var decoder = Base64.getUrlDecoder();
            var payload = decoder.decode(token.substring(0, dot));
            if (!keys.verifies(decoder.decode(token.substring(dot + 1)), payload)) {
                return Optional.empty();
            }
            return Optional.of(json.readValue(payload, SandboxOrder.class));
        } catch (IllegalArgumentException | JacksonException unreadable) {
            return Optional.empty();
        }
    }

    /** Settles a payment as the buyer chose and sends its callback the way {@code delivery} says. */
    void settle(SandboxOrder order, Outcome outcome, Delivery delivery) {
        var callback = callback(order, outcome);
        switch (delivery) {
            case ON_TIME -> deliveries.execute(() -> deliver(order, callback, keys::sign, 1));
            case LATE ->
                deliveries.schedule(
                        () -> deliver(order, callback, keys::sign, 1),
                        properties.lateBy().toMillis(),
                        TimeUnit.MILLISECONDS);
            case TWICE -> {
                deliveries.execute(() -> deliver(order, callback, keys::sign, 1));
                deliveries.execute(() -> deliver(order, callback, keys::sign, 1));
            }
            case FORGED -> {
                var stranger = SandboxKeys.stranger();
                deliveries.execute(() -> deliver(order, callback, data -> sign(stranger, data), TRIES));
            }
        }
    }

    /** Sends one callback now and returns the HTTP status it got (tests use it to replay one). */
    int send(SandboxOrder order, byte[] callback) {
        return post(order, callback, keys::sign);
    }

    byte[] callback(SandboxOrder order, Outcome outcome) {
        return json.writeValueAsBytes(Map.of(
                "reference", order.reference(),
                "transaction", "SBX" + HexFormat.of().withUpperCase().formatHex(randomBytes(8)),
                "amount", order.amountFen(),
                "currency", "CNY",
                "status", outcome.name(),
                "at", clock.instant().toString()));
    }

    /** Takes a refund, once per refund reference, and returns the sandbox's id for it. */
    String refund(String refundReference) {
        return refunds.computeIfAbsent(
                refundReference,
                ignored -> "SBR" + HexFormat.of().withUpperCase().formatHex(randomBytes(8)));
    }

    /** How many callbacks for the payment {@code reference} were answered as taken. */
    long delivered(String reference) {
        var count = delivered.get(reference);
        return count == null ? 0 : count.get();
    }

    byte[] signatureBase(String timestamp, String nonce, byte[] body) {
        var head = (timestamp + "\n" + nonce + "\n").getBytes(StandardCharsets.UTF_8);
        var base = new byte[head.length + body.length];
        System.arraycopy(head, 0, base, 0, head.length);
        System.arraycopy(body, 0, base, head.length, body.length);
        return base;
    }

    private void deliver(SandboxOrder order, byte[] callback, Signer signer, int attempt) {
        int status = post(order, callback, signer);
        if (status == 200) {
            delivered
                    .computeIfAbsent(order.reference(), ignored -> new AtomicLong())
                    .incrementAndGet();
        } else if ((status >= 500 || status < 0) && attempt < TRIES) {
            deliveries.schedule(() -> deliver(order, callback, signer, attempt + 1), 1L << attempt, TimeUnit.SECONDS);
        } else {
            log.info("The sandbox gives up a callback for {}: answered {}", order.reference(), status);
        }
    }

    private int post(SandboxOrder order, byte[] callback, Signer signer) {
        var timestamp = Long.toString(clock.instant().getEpochSecond());
        var nonce = HexFormat.of().formatHex(randomBytes(16));
        var signature = Base64.getEncoder().encodeToString(signer.sign(signatureBase(timestamp, nonce, callback)));
        var request = HttpRequest.newBuilder(order.notifyUrl())
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header(SandboxProvider.TIMESTAMP, timestamp)
                .header(SandboxProvider.NONCE, nonce)
                .header(SandboxProvider.SIGNATURE, signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(callback))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException unreachable) {
            log.info("The sandbox could not reach {}: {}", order.notifyUrl(), unreachable.getMessage());
            return -1;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static byte[] sign(PublicKeySign signer, byte[] data) {
        try {
            return signer.sign(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomBytes(int n) {
        var bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    @PreDestroy
    void stop() {
        deliveries.shutdownNow();
    }

    @FunctionalInterface
    interface Signer {
        byte[] sign(byte[] data);
    }
}
