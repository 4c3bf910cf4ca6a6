package io.escapement.payment.unionpay;

import io.escapement.money.Money;
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
import io.escapement.payment.unionpay.UnionPaySignature.Check;
import io.escapement.sharing.OutboundAdapter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * UnionPay's online gateway, signature scheme 5.1.0. A payment starts as a signed form the buyer's
 * browser posts to {@code frontTransReq.do}; the back notification is a signed form post; a refund
 * is a signed server call to {@code backTransReq.do} whose signed answer says whether UnionPay took
 * it (the final result comes later to {@code refund-notify-url}).
 */
@OutboundAdapter("unionpay")
final class UnionPayProvider implements PaymentProvider {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private static final Pattern FEN = Pattern.compile("[0-9]{1,12}");

    private final String merchantId;
    private final UnionPaySignature signature;
    private final URI front;
    private final URI back;
    private final URI refundNotifyUrl;
    private final Duration timeout;
    private final Clock clock;
    private final HttpClient http;

    UnionPayProvider(UnionPayProperties properties, Clock clock) {
        if (properties.merchantId() == null || properties.merchantId().isBlank()) {
            throw new IllegalStateException("escapement.payment.unionpay.merchant-id is not configured");
        }
        if (properties.refundNotifyUrl() == null) {
            throw new IllegalStateException("escapement.payment.unionpay.refund-notify-url is not configured");
        }
        this.merchantId = properties.merchantId();
        this.signature = new UnionPaySignature(properties, clock);
        this.front = properties.baseUrl().resolve("/gateway/api/frontTransReq.do");
        this.back = properties.baseUrl().resolve("/gateway/api/backTransReq.do");
        this.refundNotifyUrl = properties.refundNotifyUrl();
        this.timeout = properties.timeout();
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public String id() {
        return "unionpay";
    }

    /** The signed consumption form (txnType 01, bizType 000201); nothing is sent until the browser posts it. */
    @Override
    public PaymentStart start(PaymentRequest request) {
        var fields = common("01", "01", request.reference(), request.amount());
        fields.put("frontUrl", request.returnUrl().toString());
        fields.put("backUrl", request.notifyUrl().toString());
        fields.put("payTimeout", TIME.format(request.expiresAt().atZone(BEIJING)));
        return PaymentStart.form(front, signed(fields));
    }

    /**
     * Verifies the notification's certificate and signature, that it is for this merchant and of a
     * payment (txnType 01), and reads it: respCode {@code 00} is paid, any other failed. The time is the order's {@code txnTime}, the
     * one time the notification carries in full.
     */
    @Override
    public ProviderNotification verify(ProviderCallback callback) {
        var fields = callback.formFields();
        var check = signature.check(fields);
        if (check != Check.VALID) {
            throw new ForgedCallback("UnionPay notification refused: " + check);
        }
        if (!merchantId.equals(fields.get("merId"))) {
            throw new ForgedCallback("UnionPay notification for another merchant");
        }
        if (!"01".equals(fields.get("txnType"))) {
            // A refund's result (txnType 04) settles no charge: the refund was booked when UnionPay took it.
            return ProviderNotification.unsettled(required(fields, "orderId"), clock.instant());
        }
        return new ProviderNotification(
                required(fields, "orderId"),
                required(fields, "queryId"),
                Money.fen(fen(required(fields, "txnAmt"))),
                "00".equals(fields.get("respCode"))
                        ? ProviderNotification.Status.PAID
                        : ProviderNotification.Status.FAILED,
                time(required(fields, "txnTime")));
    }

    /** UnionPay takes HTTP 200 as accepted and sends the notification again otherwise. */
    @Override
    public CallbackAnswer accepted() {
        return CallbackAnswer.text("ok");
    }

    /**
     * A refund (txnType 04) of the payment {@code request.transaction()} (its queryId). UnionPay's
     * answer must verify like a notification; respCode {@code 00} means it took the refund.
     */
    @Override
    public RefundReceipt refund(RefundRequest request) {
        var fields = common("04", "00", request.refund(), request.amount());
        fields.put("origQryId", request.transaction());
        fields.put("backUrl", refundNotifyUrl.toString());
        var answer = answerFields(post(SignedText.formBody(signed(fields))));
        var check = signature.check(answer);
        if (check != Check.VALID) {
            throw new ProviderUnavailable("UnionPay's refund answer does not verify: " + check);
        }
        if (!"00".equals(answer.get("respCode"))) {
            throw new ProviderUnavailable("UnionPay refused the refund: respCode " + answer.get("respCode"));
        }
        if (!request.refund().equals(answer.get("orderId")) || !merchantId.equals(answer.get("merId"))) {
            throw new ProviderUnavailable("UnionPay's refund answer is for another refund");
        }
        return new RefundReceipt(request.refund(), answer.getOrDefault("queryId", ""), request.amount());
    }

    private LinkedHashMap<String, String> common(String txnType, String txnSubType, String orderId, Money amount) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("version", "5.1.0");
        fields.put("encoding", "UTF-8");
        fields.put("signMethod", "01");
        fields.put("txnType", txnType);
        fields.put("txnSubType", txnSubType);
        fields.put("bizType", "000201");
        fields.put("channelType", "07");
        fields.put("accessType", "0");
        fields.put("merId", merchantId);
        fields.put("orderId", orderId);
        fields.put("txnTime", TIME.format(clock.instant().atZone(BEIJING)));
        fields.put("txnAmt", Long.toString(amount.minor()));
        fields.put("currencyCode", "156");
        fields.put("certId", signature.certId());
        return fields;
    }

    private Map<String, String> signed(Map<String, String> fields) {
        var signed = new LinkedHashMap<>(fields);
        signed.put("signature", signature.sign(fields));
        return signed;
    }

    private String post(String body) {
        var request = HttpRequest.newBuilder(back)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new ProviderUnavailable("UnionPay answered HTTP " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new ProviderUnavailable("UnionPay cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailable("Interrupted while calling UnionPay", e);
        }
    }

    /**
     * UnionPay's answer {@code k=v&k=v}, values as they are (not URL-encoded); a value in braces may
     * itself hold {@code &} and {@code =}.
     */
    static Map<String, String> answerFields(String body) {
        var fields = new LinkedHashMap<String, String>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= body.length(); i++) {
            var c = i == body.length() ? '&' : body.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == '&' && depth == 0) {
                var pair = body.substring(start, i);
                var eq = pair.indexOf('=');
                if (eq > 0) {
                    fields.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
                start = i + 1;
            }
        }
        return fields;
    }

    private static long fen(String txnAmt) {
        if (!FEN.matcher(txnAmt).matches()) {
            throw new ForgedCallback("UnionPay notification with an amount that is not fen");
        }
        return Long.parseLong(txnAmt);
    }

    private static Instant time(String txnTime) {
        try {
            return LocalDateTime.parse(txnTime, TIME).atZone(BEIJING).toInstant();
        } catch (DateTimeParseException e) {
            throw new ForgedCallback("UnionPay notification without a readable txnTime");
        }
    }

    private static String required(Map<String, String> fields, String name) {
        var value = fields.get(name);
        if (value == null || value.isBlank()) {
            throw new ForgedCallback("UnionPay notification without " + name);
        }
        return value;
    }
}
