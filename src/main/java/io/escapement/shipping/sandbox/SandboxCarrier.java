package io.escapement.shipping.sandbox;

import io.escapement.platform.tls.ServerTrust;
import io.escapement.sharing.OutboundAdapter;
import io.escapement.shipping.spi.Carrier;
import io.escapement.shipping.spi.CarrierUnavailable;
import io.escapement.shipping.spi.ForgedTrackingEvent;
import io.escapement.shipping.spi.PickupRequest;
import io.escapement.shipping.spi.TrackingCode;
import io.escapement.shipping.spi.TrackingEvent;
import io.escapement.shipping.spi.UnreadableTrackingEvent;
import io.escapement.shipping.spi.VerifiedPush;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sandbox carrier, modelled on SF Express's open platform. Booking (下单, {@code
 * EXP_RECE_CREATE_ORDER}) gives a waybill number {@code SF} + 13 digits; then, every {@code step},
 * the parcel moves on and the sandbox pushes the route event (opCode 50 picked up, 30 in transit, 44
 * out for delivery, 80 delivered) to the tracking webhook as SF's route push does, {@code
 * {"Body":{"WaybillRoute":[{"id","mailno","opCode","acceptTime","remark"}]}}} with {@code
 * acceptTime} in Beijing time, signed with Ed25519 over {@code timestamp\nnonce\nbody} in the
 * {@code Sandbox-*} headers. Verification refuses a bad signature or a timestamp more than five
 * minutes off. The recipient's name, phone and address reach it only in the {@link PickupRequest}
 * the sharing gateway let through; it keeps none of them.
 */
@OutboundAdapter("sf-express")
public class SandboxCarrier implements Carrier {

    public static final String ID = "sandbox";
    static final String TIMESTAMP = "sandbox-timestamp";
    static final String NONCE = "sandbox-nonce";
    static final String SIGNATURE = "sandbox-signature";
    static final String SERVICE_CODE = "EXP_RECE_CREATE_ORDER";
    private static final Duration SKEW = Duration.ofMinutes(5);
    private static final int MAX_NONCE = 64;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter ACCEPT_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final List<TrackingCode> ROUTE = List.of(
            TrackingCode.PICKED_UP, TrackingCode.IN_TRANSIT, TrackingCode.OUT_FOR_DELIVERY, TrackingCode.DELIVERED);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger log = LoggerFactory.getLogger(SandboxCarrier.class);

    private final SandboxCarrierKeys keys;
    private final SandboxCarrierProperties properties;
    private final Supplier<URI> webhook;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http;
    private final ScheduledExecutorService route = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "shipping-sandbox");
        thread.setDaemon(true);
        return thread;
    });

    SandboxCarrier(
            SandboxCarrierKeys keys,
            SandboxCarrierProperties properties,
            Supplier<URI> webhook,
            JsonMapper json,
            ServerTrust trust,
            Clock clock) {
        this.keys = keys;
        this.properties = properties;
        this.webhook = webhook;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .sslContext(trust.sslContext())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    @Override
    public String id() {
        return ID;
    }

    /** SF Express's name, marked as the sandbox's, so that no one takes a test label for a real one. */
    @Override
    public String name() {
        return "顺丰速运（沙箱）";
    }

    /** SF Express's: the sandbox stands in for it and gets what the gateway lets through to it. */
    @Override
    public String recipient() {
        return "sf-express";
    }

    @Override
    public String book(PickupRequest request) {
        if (request.recipientName().isBlank()
                || request.phone().isBlank()
                || request.address().isBlank()) {
            throw new CarrierUnavailable("SF needs the recipient's name, phone and address (" + SERVICE_CODE + ")");
        }
        var waybill = "SF" + String.format(Locale.ROOT, "%013d", Math.floorMod(RANDOM.nextLong(), 10_000_000_000_000L));
        if (!properties.step().isZero() && !properties.step().isNegative()) {
            for (int i = 0; i < ROUTE.size(); i++) {
                var code = ROUTE.get(i);
                route.schedule(
                        () -> push(waybill, code), properties.step().toMillis() * (i + 1), TimeUnit.MILLISECONDS);
            }
        }
        return waybill;
    }

    @Override
    public VerifiedPush verify(Map<String, String> headers, byte[] body) {
        var timestamp = headers.getOrDefault(TIMESTAMP, "");
        var nonce = headers.getOrDefault(NONCE, "");
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(headers.getOrDefault(SIGNATURE, ""));
        } catch (IllegalArgumentException notBase64) {
            throw new ForgedTrackingEvent("the signature is not Base64");
        }
        if (timestamp.isEmpty() || nonce.isEmpty() || signature.length == 0) {
            throw new ForgedTrackingEvent("the push is not signed");
        }
        if (nonce.length() > MAX_NONCE) {
            throw new ForgedTrackingEvent("the nonce is longer than the sandbox ever makes one");
        }
        if (!keys.verifies(signature, signatureBase(timestamp, nonce, body))) {
            throw new ForgedTrackingEvent("the signature does not verify");
        }
        try {
            var signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
            if (Duration.between(signedAt, clock.instant()).abs().compareTo(SKEW) > 0) {
                throw new ForgedTrackingEvent("the push was signed more than five minutes off");
            }
        } catch (NumberFormatException | DateTimeException notATime) {
            throw new ForgedTrackingEvent("the timestamp is not a time");
        }
        try {
            var events = new ArrayList<TrackingEvent>();
            for (var routeEvent : json.readTree(body).required("Body").required("WaybillRoute")) {
                var code = TrackingCode.ofOpCode(routeEvent.required("opCode").asString());
                if (code.isEmpty()) {
                    continue; // SF has many more opCodes; those that say nothing of the parcel's way are left out
                }
                events.add(new TrackingEvent(
                        text(routeEvent.required("id").asString(), 64),
                        text(routeEvent.required("mailno").asString(), 32),
                        code.get(),
                        LocalDateTime.parse(routeEvent.required("acceptTime").asString(), ACCEPT_TIME)
                                .atZone(BEIJING)
                                .toInstant()));
            }
            return new VerifiedPush(nonce, events);
        } catch (JacksonException | IllegalArgumentException | DateTimeException unreadable) {
            throw new UnreadableTrackingEvent("the push is not an SF route push", unreadable);
        }
    }

    /** A route push of one event as the sandbox sends it: its body. */
    public byte[] routePush(String eventId, String waybill, TrackingCode code, Instant at) {
        return routePush(List.of(new TrackingEvent(eventId, waybill, code, at)));
    }

    /** A route push of several events in one call, as SF batches them: its body. */
    public byte[] routePush(List<TrackingEvent> events) {
        return json.writeValueAsBytes(Map.of(
                "Body",
                Map.of(
                        "WaybillRoute",
                        events.stream()
                                .map(event -> Map.of(
                                        "id",
                                        event.eventId(),
                                        "mailno",
                                        event.waybill(),
                                        "opCode",
                                        event.code().opCode(),
                                        "acceptTime",
                                        ACCEPT_TIME.format(event.at().atZone(BEIJING)),
                                        "acceptAddress",
                                        "深圳市",
                                        "remark",
                                        event.code().name()))
                                .toList())));
    }

    /** The headers that sign {@code body} with the sandbox's key, as it sends them. */
    public Map<String, String> signed(byte[] body) {
        return signedWith(keys, body);
    }

    /** The headers that sign {@code body} with the sandbox's key as of {@code at}, as a late or early call would carry. */
    public Map<String, String> signedAt(byte[] body, Instant at) {
        return signedWith(keys, body, Clock.fixed(at, BEIJING));
    }

    /** The headers of a forgery: {@code body} signed with a key nobody trusts. */
    public static Map<String, String> forged(byte[] body, Clock clock) {
        return signedWith(SandboxCarrierKeys.stranger(), body, clock);
    }

    private Map<String, String> signedWith(SandboxCarrierKeys by, byte[] body) {
        return signedWith(by, body, clock);
    }

    private static Map<String, String> signedWith(SandboxCarrierKeys by, byte[] body, Clock clock) {
        var timestamp = Long.toString(clock.instant().getEpochSecond());
        var nonce = HexFormat.of().formatHex(randomBytes(16));
        return Map.of(
                TIMESTAMP,
                timestamp,
                NONCE,
                nonce,
                SIGNATURE,
                Base64.getEncoder().encodeToString(by.sign(signatureBase(timestamp, nonce, body))));
    }

    private void push(String waybill, TrackingCode code) {
        var body = routePush(waybill + "-" + code.opCode(), waybill, code, clock.instant());
        var request = HttpRequest.newBuilder(webhook.get())
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json");
        signed(body).forEach(request::header);
        try {
            int status = http.send(
                            request.POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            if (status != 200) {
                log.info("The shipping sandbox's push {} {} was answered {}", waybill, code, status);
            }
        } catch (IOException unreachable) {
            log.info("The shipping sandbox could not reach {}: {}", webhook.get(), unreachable.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static String text(String value, int max) {
        if (value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException("a field is empty or too long");
        }
        return value;
    }

    private static byte[] signatureBase(String timestamp, String nonce, byte[] body) {
        var head = (timestamp + "\n" + nonce + "\n").getBytes(StandardCharsets.UTF_8);
        var base = new byte[head.length + body.length];
        System.arraycopy(head, 0, base, 0, head.length);
        System.arraycopy(body, 0, base, head.length, body.length);
        return base;
    }

    private static byte[] randomBytes(int n) {
        var bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    @PreDestroy
    void stop() {
        route.shutdownNow();
    }
}
