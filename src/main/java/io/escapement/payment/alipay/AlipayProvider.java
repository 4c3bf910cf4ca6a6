package io.escapement.payment.alipay;

import io.escapement.money.Money;
import io.escapement.payment.signing.KeyText;
import io.escapement.payment.signing.SignedText;
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
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Alipay's open API with RSA2 (SHA256withRSA) signatures, in public-key mode (ADR 36). A payment
 * starts as a signed form that the buyer's browser posts to the gateway ({@code
 * alipay.trade.page.pay}); the asynchronous notification is a signed form post; a refund is a
 * server call whose JSON answer Alipay signs.
 */
@OutboundAdapter("alipay")
final class AlipayProvider implements PaymentProvider {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static final Set<String> NOT_SIGNED = Set.of("sign", "sign_type");

    private static final Pattern AMOUNT = Pattern.compile("(0|[1-9][0-9]{0,15})(\\.[0-9]{1,2})?");

    private static final String REFUND_ANSWER = "alipay_trade_refund_response";

    private final String appId;
    private final PrivateKey privateKey;
    private final PublicKey alipayPublicKey;
    private final URI gateway;
    private final Duration timeout;
    private final Clock clock;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    AlipayProvider(AlipayProperties properties, Clock clock) {
        if (properties.appId() == null || properties.appId().isBlank()) {
            throw new IllegalStateException("escapement.payment.alipay.app-id is not configured");
        }
        this.appId = properties.appId();
        this.privateKey = KeyText.rsaPrivateKey("escapement.payment.alipay.private-key", properties.privateKey());
        this.alipayPublicKey =
                KeyText.rsaPublicKey("escapement.payment.alipay.alipay-public-key", properties.alipayPublicKey());
        var configured = properties.gateway().toString();
        this.gateway = URI.create(configured + (configured.contains("?") ? "&" : "?") + "charset=utf-8");
        this.timeout = properties.timeout();
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public String id() {
        return "alipay";
    }

    /** The signed {@code alipay.trade.page.pay} form; nothing is sent until the browser posts it. */
    @Override
    public PaymentStart start(PaymentRequest request) {
        var business = new LinkedHashMap<String, String>();
        business.put("out_trade_no", request.reference());
        business.put("total_amount", yuan(request.amount()));
        business.put("subject", request.subject());
        business.put("product_code", "FAST_INSTANT_TRADE_PAY");
        business.put("time_expire", TIME.format(request.expiresAt().atZone(BEIJING)));
        var fields = common("alipay.trade.page.pay", business);
        fields.put("notify_url", request.notifyUrl().toString());
        fields.put("return_url", request.returnUrl().toString());
        return PaymentStart.form(gateway, signed(fields));
    }

    /**
     * Verifies the notification's RSA2 signature over every field but {@code sign} and {@code
     * sign_type}, that it is for this application, and reads it: {@code TRADE_SUCCESS} and {@code
     * TRADE_FINISHED} are paid, {@code TRADE_CLOSED} failed; any other status is not a notification
     * this adapter accepts.
     */
    @Override
    public ProviderNotification verify(ProviderCallback callback) {
        var fields = callback.formFields();
        var signature = fields.get("sign");
        if (signature == null || signature.isBlank()) {
            throw new ForgedCallback("Alipay notification without a signature");
        }
        if (!fields.getOrDefault("sign_type", "RSA2").equals("RSA2")) {
            throw new ForgedCallback("Alipay notification not signed RSA2");
        }
        var content = SignedText.sortedPairs(fields, NOT_SIGNED, false);
        if (!SignedText.verifiesSha256WithRsa(alipayPublicKey, content, signature)) {
            throw new ForgedCallback("Alipay notification whose signature does not verify with Alipay's key");
        }
        if (!appId.equals(fields.get("app_id"))) {
            throw new ForgedCallback("Alipay notification for another application");
        }
        var tradeStatus = required(fields, "trade_status");
        if ("WAIT_BUYER_PAY".equals(tradeStatus)) {
            return ProviderNotification.unsettled(
                    required(fields, "out_trade_no"), time(fields.getOrDefault("notify_time", "")));
        }
        var status = switch (tradeStatus) {
            case "TRADE_SUCCESS", "TRADE_FINISHED" -> ProviderNotification.Status.PAID;
            case "TRADE_CLOSED" -> ProviderNotification.Status.FAILED;
            default -> throw new ForgedCallback("Alipay notification with an unknown status");
        };
        var at = fields.getOrDefault(
                "gmt_payment", fields.getOrDefault("gmt_close", fields.getOrDefault("notify_time", "")));
        return new ProviderNotification(
                required(fields, "out_trade_no"),
                required(fields, "trade_no"),
                amount(required(fields, "total_amount")),
                status,
                time(at));
    }

    /** Alipay expects the plain text {@code success}; anything else makes it send the notification again. */
    @Override
    public CallbackAnswer accepted() {
        return CallbackAnswer.text("success");
    }

    /** {@code alipay.trade.refund}, a server call; the answer must carry Alipay's valid signature and code 10000. */
    @Override
    public RefundReceipt refund(RefundRequest request) {
        var business = new LinkedHashMap<String, String>();
        business.put("out_trade_no", request.reference());
        business.put("trade_no", request.transaction());
        business.put("refund_amount", yuan(request.amount()));
        business.put("out_request_no", request.refund());
        business.put("refund_reason", request.reason());
        var body = SignedText.formBody(signed(common("alipay.trade.refund", business)));
        var answer = SignedAnswer.of(post(body), REFUND_ANSWER, json);
        if (!SignedText.verifiesSha256WithRsa(alipayPublicKey, answer.content(), answer.signature())) {
            throw new ProviderUnavailable("Alipay's refund answer does not verify with Alipay's key");
        }
        var response = answer.response();
        if (!"10000".equals(response.path("code").asString())) {
            throw new ProviderUnavailable(
                    "Alipay refused the refund: " + response.path("code").asString() + " "
                            + response.path("sub_code").asString());
        }
        if (!request.reference().equals(response.path("out_trade_no").asString())) {
            throw new ProviderUnavailable("Alipay's refund answer is for another payment");
        }
        return new RefundReceipt(request.refund(), response.path("trade_no").asString(), request.amount());
    }

    private String post(String body) {
        var request = HttpRequest.newBuilder(gateway)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new ProviderUnavailable("Alipay answered HTTP " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new ProviderUnavailable("Alipay cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailable("Interrupted while calling Alipay", e);
        }
    }

    private LinkedHashMap<String, String> common(String method, Map<String, String> business) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("app_id", appId);
        fields.put("method", method);
        fields.put("format", "JSON");
        fields.put("charset", "utf-8");
        fields.put("sign_type", "RSA2");
        fields.put("timestamp", TIME.format(clock.instant().atZone(BEIJING)));
        fields.put("version", "1.0");
        fields.put("biz_content", json.writeValueAsString(business));
        return fields;
    }

    /** The fields with {@code sign}: RSA2 over the sorted non-empty fields but {@code sign}. */
    private Map<String, String> signed(Map<String, String> fields) {
        var signed = new LinkedHashMap<>(fields);
        signed.put("sign", SignedText.sha256WithRsa(privateKey, SignedText.sortedPairs(fields, Set.of("sign"), true)));
        return signed;
    }

    /** Fen as Alipay's yuan with two decimals: 12800000 is {@code 128000.00}. */
    static String yuan(Money amount) {
        return BigDecimal.valueOf(amount.minor(), 2).toPlainString();
    }

    /** Alipay's yuan as fen, exactly: {@code 128000.00} is 12800000; anything else is not an amount. */
    static Money amount(String yuan) {
        if (!AMOUNT.matcher(yuan).matches()) {
            throw new ForgedCallback("Alipay notification with an amount that is not one");
        }
        return Money.fen(new BigDecimal(yuan).movePointRight(2).longValueExact());
    }

    private static Instant time(String beijing) {
        try {
            return LocalDateTime.parse(beijing, TIME).atZone(BEIJING).toInstant();
        } catch (DateTimeParseException e) {
            throw new ForgedCallback("Alipay notification without a readable time");
        }
    }

    private static String required(Map<String, String> fields, String name) {
        var value = fields.get(name);
        if (value == null || value.isBlank()) {
            throw new ForgedCallback("Alipay notification without " + name);
        }
        return value;
    }

    /**
     * An answer of Alipay's gateway: the signed object's exact text as it came (the signature is over
     * those bytes, not over a re-serialisation), the signature beside it, and the object read.
     */
    record SignedAnswer(String content, String signature, JsonNode response) {

        static SignedAnswer of(String body, String name, JsonMapper json) {
            try {
                var tree = json.readTree(body);
                var signature = tree.path("sign").asString();
                var response = tree.path(name);
                if (!response.isObject() || signature.isEmpty()) {
                    throw new ProviderUnavailable("Alipay answered without a signed " + name);
                }
                return new SignedAnswer(rawObject(body, name), signature, response);
            } catch (JacksonException e) {
                throw new ProviderUnavailable("Alipay's answer is not JSON");
            }
        }

        /** The text of the top-level member {@code name}'s object value, braces included. */
        static String rawObject(String body, String name) {
            var key = body.indexOf("\"" + name + "\"");
            var start = key < 0 ? -1 : body.indexOf('{', key + name.length() + 2);
            if (start < 0) {
                throw new ProviderUnavailable("Alipay answered without " + name);
            }
            var depth = 0;
            var inString = false;
            for (var i = start; i < body.length(); i++) {
                var c = body.charAt(i);
                if (inString) {
                    if (c == '\\') {
                        i++;
                    } else if (c == '"') {
                        inString = false;
                    }
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    return body.substring(start, i + 1);
                }
            }
            throw new ProviderUnavailable("Alipay's answer ends inside " + name);
        }
    }
}
