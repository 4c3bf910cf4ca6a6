package io.escapement.payment.wechat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.wechat.pay.java.core.auth.Credential;
import com.wechat.pay.java.core.auth.Validator;
import com.wechat.pay.java.core.auth.WechatPay2Credential;
import com.wechat.pay.java.core.auth.WechatPay2Validator;
import com.wechat.pay.java.core.certificate.InMemoryCertificateProvider;
import com.wechat.pay.java.core.cipher.AeadAesCipher;
import com.wechat.pay.java.core.cipher.RSASigner;
import com.wechat.pay.java.core.cipher.RSAVerifier;
import com.wechat.pay.java.core.cipher.Verifier;
import com.wechat.pay.java.core.exception.ValidationException;
import com.wechat.pay.java.core.http.Constant;
import com.wechat.pay.java.core.http.HttpHeaders;
import com.wechat.pay.java.core.notification.NotificationParser;
import com.wechat.pay.java.core.notification.RequestParam;
import io.escapement.money.Money;
import io.escapement.payment.signing.KeyText;
import io.escapement.payment.spi.CallbackAnswer;
import io.escapement.payment.spi.ForgedCallback;
import io.escapement.payment.spi.PaymentProvider;
import io.escapement.payment.spi.PaymentRequest;
import io.escapement.payment.spi.PaymentStart;
import io.escapement.payment.spi.ProviderCallback;
import io.escapement.payment.spi.ProviderNotification;
import io.escapement.payment.spi.ProviderUnavailable;
import io.escapement.payment.spi.RefundReceipt;
import io.escapement.payment.spi.RefundRequest;
import io.escapement.sharing.OutboundAdapter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WeChat Pay API v3, Native payment. Requests carry {@code Authorization: WECHATPAY2-SHA256-RSA2048
 * mchid,nonce_str,signature,timestamp,serial_no} by the merchant key; answers and notifications
 * must carry WeChat Pay's signature over {@code timestamp\nnonce\nbody\n}; a notification's resource
 * is decrypted with the APIv3 key (AES-256-GCM). The SDK does the cryptography; this class the HTTP.
 */
@OutboundAdapter("wechat-pay")
final class WeChatPayProvider implements PaymentProvider {

    /** How far a notification's timestamp may be from the clock, either way. */
    static final Duration SKEW = Duration.ofMinutes(5);

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static final String SIGN_TYPE = "WECHATPAY2-SHA256-RSA2048";

    private final String appId;
    private final String merchantId;
    private final URI baseUrl;
    private final Duration timeout;
    private final Clock clock;
    private final Credential credential;
    private final Validator validator;
    private final NotificationParser notifications;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    WeChatPayProvider(WeChatPayProperties properties, Clock clock) {
        this.appId = required("app-id", properties.appId());
        this.merchantId = required("merchant-id", properties.merchantId());
        var apiV3Key = required("api-v3-key", properties.apiV3Key());
        if (apiV3Key.getBytes(StandardCharsets.UTF_8).length != 32) {
            throw new IllegalStateException("escapement.payment.wechat.api-v3-key is not 32 characters");
        }
        var signer = new RSASigner(
                required("merchant-serial-number", properties.merchantSerialNumber()),
                KeyText.rsaPrivateKey("escapement.payment.wechat.private-key", properties.privateKey()));
        var verifier = verifier(properties);
        this.credential = new WechatPay2Credential(merchantId, signer);
        this.validator = new WechatPay2Validator(verifier);
        this.notifications = new NotificationParser(
                Map.of(SIGN_TYPE, verifier),
                Map.of("AEAD_AES_256_GCM", new AeadAesCipher(apiV3Key.getBytes(StandardCharsets.UTF_8))));
        this.baseUrl = properties.baseUrl();
        this.timeout = properties.timeout();
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public String id() {
        return "wechat-pay";
    }

    /**
     * {@code POST /v3/pay/transactions/native}: the answer's {@code code_url} ({@code weixin://…}) is
     * the target, which the payment page shows as a QR code for the buyer to scan.
     */
    @Override
    public PaymentStart start(PaymentRequest request) {
        var body = new LinkedHashMap<String, Object>();
        body.put("appid", appId);
        body.put("mchid", merchantId);
        body.put("description", request.subject());
        body.put("out_trade_no", request.reference());
        body.put(
                "time_expire",
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(request.expiresAt()
                        .truncatedTo(ChronoUnit.SECONDS)
                        .atZone(BEIJING)
                        .toOffsetDateTime()));
        body.put("notify_url", request.notifyUrl().toString());
        body.put("amount", Map.of("total", request.amount().minor(), "currency", "CNY"));
        var answer = post("/v3/pay/transactions/native", json.writeValueAsString(body));
        var codeUrl = answer.path("code_url").asString();
        if (codeUrl.isEmpty()) {
            throw new ProviderUnavailable("WeChat Pay answered without a code_url");
        }
        return PaymentStart.redirect(URI.create(codeUrl));
    }

    /**
     * Checks that the timestamp is within {@link #SKEW} of the clock and that WeChat Pay signed the
     * notification with the certificate or key its serial names, decrypts the resource, checks that
     * it is for this merchant and application, and reads it: {@code SUCCESS} is paid; {@code
     * CLOSED}, {@code REVOKED} and {@code PAYERROR} failed.
     */
    @Override
    public ProviderNotification verify(ProviderCallback callback) {
        var timestamp = header(callback, Constant.WECHAT_PAY_TIMESTAMP);
        try {
            var sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
            if (Duration.between(sent, clock.instant()).abs().compareTo(SKEW) > 0) {
                throw new ForgedCallback("WeChat Pay notification with a timestamp more than 5 minutes off");
            }
        } catch (NumberFormatException | DateTimeException e) {
            throw new ForgedCallback("WeChat Pay notification with a timestamp that is not one");
        }
        var param = new RequestParam.Builder()
                .serialNumber(header(callback, Constant.WECHAT_PAY_SERIAL))
                .nonce(header(callback, Constant.WECHAT_PAY_NONCE))
                .signature(header(callback, Constant.WECHAT_PAY_SIGNATURE))
                .timestamp(timestamp)
                .signType(callback.header("Wechatpay-Signature-Type"))
                .body(callback.bodyText())
                .build();
        JsonObject transaction;
        try {
            transaction = notifications.parse(param, JsonObject.class);
        } catch (ValidationException e) {
            // The SDK's message holds the body: it stays out of ours.
            throw new ForgedCallback("WeChat Pay notification whose signature does not verify");
        } catch (RuntimeException e) {
            throw new ForgedCallback("WeChat Pay notification that cannot be decrypted or read");
        }
        if (transaction == null
                || !merchantId.equals(text(transaction, "mchid"))
                || !appId.equals(text(transaction, "appid"))) {
            throw new ForgedCallback("WeChat Pay notification for another merchant or application");
        }
        var status = switch (text(transaction, "trade_state")) {
            case "SUCCESS" -> ProviderNotification.Status.PAID;
            case "CLOSED", "REVOKED", "PAYERROR" -> ProviderNotification.Status.FAILED;
            case "NOTPAY", "USERPAYING" -> ProviderNotification.Status.UNSETTLED;
            default -> throw new ForgedCallback("WeChat Pay notification with an unknown state");
        };
        if (status == ProviderNotification.Status.UNSETTLED) {
            return ProviderNotification.unsettled(readable(text(transaction, "out_trade_no")), clock.instant());
        }
        return new ProviderNotification(
                readable(text(transaction, "out_trade_no")),
                readable(text(transaction, "transaction_id")),
                Money.fen(total(transaction)),
                status,
                status == ProviderNotification.Status.PAID ? time(text(transaction, "success_time")) : clock.instant());
    }

    /** WeChat Pay v3 takes any 2xx as accepted; the JSON code is what its documentation shows. */
    @Override
    public CallbackAnswer accepted() {
        return CallbackAnswer.json("{\"code\":\"SUCCESS\",\"message\":\"成功\"}");
    }

    /**
     * {@code POST /v3/refund/domestic/refunds}. WeChat Pay answers {@code PROCESSING} or {@code
     * SUCCESS} for a refund it took; {@code CLOSED} and {@code ABNORMAL} are refusals.
     */
    @Override
    public RefundReceipt refund(RefundRequest request) {
        var body = new LinkedHashMap<String, Object>();
        body.put("transaction_id", request.transaction());
        body.put("out_trade_no", request.reference());
        body.put("out_refund_no", request.refund());
        body.put("reason", request.reason());
        body.put(
                "amount",
                Map.of(
                        "refund",
                        request.amount().minor(),
                        "total",
                        request.paid().minor(),
                        "currency",
                        "CNY"));
        var answer = post("/v3/refund/domestic/refunds", json.writeValueAsString(body));
        var status = answer.path("status").asString();
        if (!status.equals("SUCCESS") && !status.equals("PROCESSING")) {
            throw new ProviderUnavailable("WeChat Pay did not take the refund: " + status);
        }
        if (!request.refund().equals(answer.path("out_refund_no").asString())) {
            throw new ProviderUnavailable("WeChat Pay's refund answer is for another refund");
        }
        return new RefundReceipt(
                request.refund(),
                answer.path("refund_id").asString(),
                Money.fen(answer.path("amount")
                        .path("refund")
                        .asLong(request.amount().minor())));
    }

    private JsonNode post(String path, String body) {
        var uri = baseUrl.resolve(path);
        var request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Authorization", credential.getAuthorization(uri, "POST", body))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("User-Agent", "escapement")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ProviderUnavailable("WeChat Pay cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailable("Interrupted while calling WeChat Pay", e);
        }
        var answer = read(response.body());
        if (response.statusCode() / 100 != 2) {
            throw new ProviderUnavailable("WeChat Pay refused the request: HTTP " + response.statusCode() + " "
                    + answer.path("code").asString());
        }
        var headers = new HttpHeaders();
        for (var name : new String[] {
            Constant.WECHAT_PAY_TIMESTAMP,
            Constant.WECHAT_PAY_NONCE,
            Constant.WECHAT_PAY_SIGNATURE,
            Constant.WECHAT_PAY_SERIAL,
            Constant.REQUEST_ID
        }) {
            response.headers().firstValue(name).ifPresent(value -> headers.addHeader(name, value));
        }
        boolean valid;
        try {
            valid = validator.validate(headers, response.body());
        } catch (RuntimeException e) {
            valid = false;
        }
        if (!valid) {
            throw new ProviderUnavailable("WeChat Pay's answer does not verify with its platform key");
        }
        return answer;
    }

    private JsonNode read(String body) {
        try {
            return body.isEmpty() ? json.createObjectNode() : json.readTree(body);
        } catch (JacksonException e) {
            throw new ProviderUnavailable("WeChat Pay's answer is not JSON");
        }
    }

    private static Verifier verifier(WeChatPayProperties properties) {
        var certificates = properties.platformCertificates() == null
                        || properties.platformCertificates().isBlank()
                ? null
                : new InMemoryCertificateProvider(KeyText.certificates(
                        "escapement.payment.wechat.platform-certificates", properties.platformCertificates()));
        if (properties.platformPublicKey() == null
                || properties.platformPublicKey().isBlank()) {
            if (certificates == null) {
                throw new IllegalStateException("Configure escapement.payment.wechat.platform-certificates or"
                        + " escapement.payment.wechat.platform-public-key");
            }
            return new RSAVerifier(certificates);
        }
        var key = KeyText.rsaPublicKey("escapement.payment.wechat.platform-public-key", properties.platformPublicKey());
        var keyId = required("platform-public-key-id", properties.platformPublicKeyId());
        return certificates == null ? new RSAVerifier(key, keyId) : new RSAVerifier(key, keyId, certificates);
    }

    private static String header(ProviderCallback callback, String name) {
        var value = callback.header(name);
        if (value.isBlank()) {
            throw new ForgedCallback("WeChat Pay notification without " + name);
        }
        return value;
    }

    private static String text(JsonObject object, String name) {
        var value = object.get(name);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : "";
    }

    private static String readable(String value) {
        if (value.isBlank()) {
            throw new ForgedCallback("WeChat Pay notification without its reference or transaction");
        }
        return value;
    }

    private static long total(JsonObject transaction) {
        @Nullable JsonElement amount = transaction.get("amount");
        var total = amount != null && amount.isJsonObject()
                ? amount.getAsJsonObject().get("total")
                : null;
        try {
            if (total == null || !total.isJsonPrimitive()) {
                throw new NumberFormatException();
            }
            var fen = Long.parseLong(total.getAsString());
            if (fen < 0) {
                throw new NumberFormatException();
            }
            return fen;
        } catch (NumberFormatException e) {
            throw new ForgedCallback("WeChat Pay notification without an amount in fen");
        }
    }

    private static Instant time(String rfc3339) {
        try {
            return OffsetDateTime.parse(rfc3339).toInstant();
        } catch (DateTimeParseException e) {
            throw new ForgedCallback("WeChat Pay notification without a readable success_time");
        }
    }

    private static String required(String property, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("escapement.payment.wechat." + property + " is not configured");
        }
        return value;
    }
}
