package io.escapement.payment.wechat;

import static io.escapement.payment.signing.TestPayments.aPayment;
import static io.escapement.payment.signing.TestPayments.aRefund;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wechat.pay.java.core.cipher.AeadAesCipher;
import io.escapement.money.Money;
import io.escapement.payment.signing.FakeGateway;
import io.escapement.payment.signing.FakeGateway.Answer;
import io.escapement.payment.signing.FakeGateway.Received;
import io.escapement.payment.signing.SignedText;
import io.escapement.payment.signing.TestKeys;
import io.escapement.payment.spi.ForgedCallback;
import io.escapement.payment.spi.PaymentProvider;
import io.escapement.payment.spi.ProviderCallback;
import io.escapement.payment.spi.ProviderNotification.Status;
import io.escapement.payment.spi.ProviderUnavailable;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

class WeChatPayProviderTests {

    static final String TRANSACTION = "4200000000202603010000000001";

    static final String APP_ID = "wxd678efh567hg6787";
    static final String MERCHANT_ID = "1230000109";
    static final String MERCHANT_SERIAL = "3775B6A45ACD588826D15E583A95F5DD00000000";
    static final String API_V3_KEY = "0123456789abcdefABCDEF0123456789";
    static final KeyPair MERCHANT = TestKeys.rsa();
    static final KeyPair PLATFORM = TestKeys.rsa();
    static final KeyPair STRANGER = TestKeys.rsa();
    static final Instant NOW = Instant.parse("2026-03-01T02:06:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final BigInteger PLATFORM_SERIAL = new BigInteger("5157F09EFDC096DE15EBE81A47057A7232F1B8E1", 16);
    static final BigInteger STRANGER_SERIAL = new BigInteger("6D2A0000000000000000000000000000000000AB", 16);
    static final X509Certificate PLATFORM_CERTIFICATE = platformCertificate(PLATFORM, PLATFORM_SERIAL);
    static final X509Certificate STRANGER_CERTIFICATE = platformCertificate(STRANGER, STRANGER_SERIAL);
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Pattern TOKEN = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    FakeGateway gateway;
    WeChatPayProvider wechat;
    /** What the fake answers once it has verified a request's signature. */
    Function<Received, String> answers;
    /** Who signs the fake's answers. */
    KeyPair answerKey = PLATFORM;

    @BeforeEach
    void gateway() {
        gateway = new FakeGateway()
                .on("/v3/pay/transactions/native", this::verifiedAndSigned)
                .on("/v3/refund/domestic/refunds", this::verifiedAndSigned);
        wechat = provider(properties(gateway.base(), MERCHANT, TestKeys.pem(PLATFORM_CERTIFICATE), null, null));
    }

    @AfterEach
    void close() {
        gateway.close();
    }

    /** As WeChat Pay: checks the merchant's Authorization, then signs its answer with the platform key. */
    Answer verifiedAndSigned(Received request) {
        var authorization = request.header("Authorization");
        if (!authorization.startsWith("WECHATPAY2-SHA256-RSA2048 ")) {
            return new Answer(401, Map.of(), "{\"code\":\"SIGN_ERROR\",\"message\":\"no scheme\"}");
        }
        var token = new HashMap<String, String>();
        var matcher = TOKEN.matcher(authorization);
        while (matcher.find()) {
            token.put(matcher.group(1), matcher.group(2));
        }
        var message = request.method() + "\n" + request.uri().getRawPath() + "\n" + token.get("timestamp") + "\n"
                + token.get("nonce_str") + "\n" + request.body() + "\n";
        if (!MERCHANT_ID.equals(token.get("mchid"))
                || !MERCHANT_SERIAL.equals(token.get("serial_no"))
                || !SignedText.verifiesSha256WithRsa(MERCHANT.getPublic(), message, token.get("signature"))) {
            return new Answer(401, Map.of(), "{\"code\":\"SIGN_ERROR\",\"message\":\"签名错误\"}");
        }
        var body = answers.apply(request);
        return new Answer(200, signedHeaders(body, answerKey, serialOf(answerKey), Instant.now()), body);
    }

    @Test
    void startsANativePaymentWithASignedRequestAndReadsItsCodeUrl() {
        answers = request -> "{\"code_url\":\"weixin://wxpay/bizpayurl?pr=p4lpSuKzz\"}";

        var start = wechat.start(aPayment("wechat-pay"));

        assertThat(start.target()).isEqualTo(URI.create("weixin://wxpay/bizpayurl?pr=p4lpSuKzz"));
        assertThat(start.isForm()).isFalse();
        var sent = JSON.readTree(gateway.received().get(0).body());
        assertThat(sent.path("appid").asString()).isEqualTo(APP_ID);
        assertThat(sent.path("mchid").asString()).isEqualTo(MERCHANT_ID);
        assertThat(sent.path("out_trade_no").asString()).isEqualTo("ESC20260301000001");
        assertThat(sent.path("amount").path("total").asLong()).isEqualTo(12_800_000L);
        assertThat(sent.path("amount").path("currency").asString()).isEqualTo("CNY");
        assertThat(sent.path("time_expire").asString()).isEqualTo("2026-03-01T10:15:00+08:00");
        assertThat(sent.path("notify_url").asString()).isEqualTo("https://shop.example/payment/callbacks/wechat-pay");
    }

    @Test
    void aRequestSignedByAnotherKeyIsRefusedByWeChatPay() {
        answers = request -> "{\"code_url\":\"weixin://wxpay/bizpayurl?pr=p4lpSuKzz\"}";
        var impostor = provider(properties(gateway.base(), STRANGER, TestKeys.pem(PLATFORM_CERTIFICATE), null, null));

        assertThatThrownBy(() -> impostor.start(aPayment("wechat-pay")))
                .isInstanceOf(ProviderUnavailable.class)
                .hasMessageContaining("401")
                .hasMessageContaining("SIGN_ERROR");
    }

    @Test
    void refusesAnAnswerSignedByAnotherKey() {
        answers = request -> "{\"code_url\":\"weixin://wxpay/bizpayurl?pr=p4lpSuKzz\"}";
        answerKey = STRANGER;

        assertThatThrownBy(() -> wechat.start(aPayment("wechat-pay")))
                .isInstanceOf(ProviderUnavailable.class)
                .hasMessageContaining("does not verify");
    }

    @Test
    void readsAPaidNotification() {
        var notification = wechat.verify(notification(aTransaction(), PLATFORM, NOW.minusSeconds(30)));

        assertThat(notification.reference()).isEqualTo("ESC20260301000001");
        assertThat(notification.transaction()).isEqualTo("4200000000202603010000000001");
        assertThat(notification.amount()).isEqualTo(Money.fen(12_800_000));
        assertThat(notification.status()).isEqualTo(Status.PAID);
        assertThat(notification.at()).isEqualTo(Instant.parse("2026-03-01T02:05:30Z"));
    }

    @Test
    void readsAClosedPaymentAsFailed() {
        var closed = aTransaction();
        closed.put("trade_state", "CLOSED");
        closed.remove("success_time");

        assertThat(wechat.verify(notification(closed, PLATFORM, NOW)).status()).isEqualTo(Status.FAILED);
    }

    @Test
    void readsAPaymentNotYetMadeAsSettlingNothingAndAnUnknownStateAsForged() {
        var waiting = aTransaction();
        waiting.put("trade_state", "USERPAYING");
        waiting.remove("success_time");
        var unknown = aTransaction();
        unknown.put("trade_state", "MAYBE");

        assertThat(wechat.verify(notification(waiting, PLATFORM, NOW)).status()).isEqualTo(Status.UNSETTLED);
        assertThatThrownBy(() -> wechat.verify(notification(unknown, PLATFORM, NOW)))
                .isInstanceOf(ForgedCallback.class);
    }

    @Test
    void refusesANotificationWhoseAmountWasChanged() {
        var genuine = notification(aTransaction(), PLATFORM, NOW);
        var changed = aTransaction();
        changed.put("amount", Map.of("total", 1, "payer_total", 1, "currency", "CNY", "payer_currency", "CNY"));
        var tampered =
                new ProviderCallback(genuine.headers(), envelope(changed).getBytes(StandardCharsets.UTF_8), Map.of());

        assertThatThrownBy(() -> wechat.verify(tampered))
                .isInstanceOf(ForgedCallback.class)
                .hasMessageContaining("signature");
    }

    @Test
    void refusesANotificationSignedByAnotherKey() {
        var body = envelope(aTransaction());
        var forged = callback(body, signedHeaders(body, STRANGER, PLATFORM_SERIAL.toString(16), NOW));

        assertThatThrownBy(() -> wechat.verify(forged)).isInstanceOf(ForgedCallback.class);
    }

    @Test
    void refusesANotificationNamingACertificateThatIsNotWeChatPays() {
        var body = envelope(aTransaction());
        var foreign = callback(body, signedHeaders(body, STRANGER, STRANGER_SERIAL.toString(16), NOW));
        var nonsense = callback(body, signedHeaders(body, PLATFORM, "not-a-serial", NOW));

        assertThatThrownBy(() -> wechat.verify(foreign)).isInstanceOf(ForgedCallback.class);
        assertThatThrownBy(() -> wechat.verify(nonsense)).isInstanceOf(ForgedCallback.class);
    }

    @Test
    void refusesANotificationWithoutASignature() {
        var body = envelope(aTransaction());
        var headers = new HashMap<>(signedHeaders(body, PLATFORM, PLATFORM_SERIAL.toString(16), NOW));
        headers.remove("Wechatpay-Signature");

        assertThatThrownBy(() -> wechat.verify(callback(body, headers)))
                .isInstanceOf(ForgedCallback.class)
                .hasMessageContaining("without Wechatpay-Signature");
    }

    @Test
    void refusesAMalformedNotification() {
        var notJson = "this is not json";
        var noResource = "{\"id\":\"EV-2018022511223320873\",\"event_type\":\"TRANSACTION.SUCCESS\"}";
        var badCiphertext =
                envelope(aTransaction()).replaceFirst("\"ciphertext\":\"[^\"]{8}", "\"ciphertext\":\"AAAAAAAA");
        var notATransaction = envelopeOf("[1,2,3]");

        for (var body : new String[] {notJson, noResource, badCiphertext, notATransaction}) {
            var signed = callback(body, signedHeaders(body, PLATFORM, PLATFORM_SERIAL.toString(16), NOW));
            assertThatThrownBy(() -> wechat.verify(signed))
                    .as(body)
                    .isInstanceOf(ForgedCallback.class)
                    .hasMessageContaining("cannot be decrypted or read");
        }
    }

    @Test
    void refusesANotificationForAnotherMerchant() {
        var other = aTransaction();
        other.put("mchid", "1900000109");

        assertThatThrownBy(() -> wechat.verify(notification(other, PLATFORM, NOW)))
                .isInstanceOf(ForgedCallback.class)
                .hasMessageContaining("another merchant");
    }

    @Test
    void refusesANotificationWithAStaleOrFutureTimestamp() {
        var stale = notification(
                aTransaction(), PLATFORM, NOW.minus(Duration.ofMinutes(5).plusSeconds(1)));
        var future = notification(aTransaction(), PLATFORM, NOW.plus(Duration.ofMinutes(6)));
        var edge = notification(aTransaction(), PLATFORM, NOW.minus(Duration.ofMinutes(5)));

        assertThatThrownBy(() -> wechat.verify(stale))
                .isInstanceOf(ForgedCallback.class)
                .hasMessageContaining("5 minutes");
        assertThatThrownBy(() -> wechat.verify(future)).isInstanceOf(ForgedCallback.class);
        for (var nonsense : new String[] {"yesterday", "9223372036854775807", "-9223372036854775808"}) {
            var headers = new HashMap<>(stale.headers());
            headers.put("wechatpay-timestamp", nonsense);
            assertThatThrownBy(() -> wechat.verify(callback(stale.bodyText(), headers)))
                    .isInstanceOf(ForgedCallback.class)
                    .hasMessageContaining("not one");
        }
        assertThat(wechat.verify(edge).status()).isEqualTo(Status.PAID);
    }

    @Test
    void verifiesWithWeChatPaysPlatformPublicKey() {
        var keyed =
                provider(properties(gateway.base(), MERCHANT, null, TestKeys.publicPem(PLATFORM), "PUB_KEY_ID_0112"));
        var body = envelope(aTransaction());

        assertThat(keyed.verify(callback(body, signedHeaders(body, PLATFORM, "PUB_KEY_ID_0112", NOW)))
                        .amount())
                .isEqualTo(Money.fen(12_800_000));
        assertThatThrownBy(() -> keyed.verify(callback(body, signedHeaders(body, PLATFORM, "PUB_KEY_ID_9999", NOW))))
                .isInstanceOf(ForgedCallback.class);
    }

    @Test
    void refundsWithASignedRequestAndReadsTheSignedAnswer() {
        answers = request -> "{\"refund_id\":\"50000000382019052709732678859\",\"out_refund_no\":"
                + "\"RFD20260301000001\",\"transaction_id\":\"4200000000202603010000000001\",\"status\":\"PROCESSING\","
                + "\"amount\":{\"total\":12800000,\"refund\":50000,\"currency\":\"CNY\"}}";

        var receipt = wechat.refund(aRefund(TRANSACTION));

        assertThat(receipt.refund()).isEqualTo("RFD20260301000001");
        assertThat(receipt.providerRefund()).isEqualTo("50000000382019052709732678859");
        assertThat(receipt.amount()).isEqualTo(Money.fen(50_000));
        var sent = JSON.readTree(gateway.received().get(0).body());
        assertThat(sent.path("amount").path("refund").asLong()).isEqualTo(50_000L);
        assertThat(sent.path("amount").path("total").asLong()).isEqualTo(12_800_000L);
        assertThat(sent.path("out_refund_no").asString()).isEqualTo("RFD20260301000001");
    }

    @Test
    void refusesARefundAnswerWithABadSignature() {
        answers = request -> "{\"refund_id\":\"50000000382019052709732678859\",\"out_refund_no\":"
                + "\"RFD20260301000001\",\"status\":\"SUCCESS\",\"amount\":{\"refund\":50000}}";
        answerKey = STRANGER;

        assertThatThrownBy(() -> wechat.refund(aRefund(TRANSACTION)))
                .isInstanceOf(ProviderUnavailable.class)
                .hasMessageContaining("does not verify");
    }

    @Test
    void aRefundWeChatPayClosesIsProviderUnavailable() {
        answers = request -> "{\"refund_id\":\"50000000382019052709732678859\",\"out_refund_no\":"
                + "\"RFD20260301000001\",\"status\":\"ABNORMAL\",\"amount\":{\"refund\":50000}}";

        assertThatThrownBy(() -> wechat.refund(aRefund(TRANSACTION)))
                .isInstanceOf(ProviderUnavailable.class)
                .hasMessageContaining("ABNORMAL");
    }

    @Test
    void answersAcceptedNotificationsWithTwoHundredAndJson() {
        assertThat(wechat.accepted().status()).isEqualTo(200);
        assertThat(wechat.accepted().contentType()).isEqualTo("application/json");
        assertThat(JSON.readTree(wechat.accepted().body()).path("code").asString())
                .isEqualTo("SUCCESS");
    }

    @Test
    void existsOnlyWhenEnabled() {
        var runner = new ApplicationContextRunner()
                .withUserConfiguration(Properties.class, WeChatPayConfiguration.class)
                .withBean(Clock.class, () -> CLOCK);

        runner.run(context -> assertThat(context).doesNotHaveBean(PaymentProvider.class));
        runner.withPropertyValues(
                        "escapement.payment.wechat.enabled=true",
                        "escapement.payment.wechat.app-id=" + APP_ID,
                        "escapement.payment.wechat.merchant-id=" + MERCHANT_ID,
                        "escapement.payment.wechat.merchant-serial-number=" + MERCHANT_SERIAL,
                        "escapement.payment.wechat.private-key=" + TestKeys.privatePem(MERCHANT),
                        "escapement.payment.wechat.api-v3-key=" + API_V3_KEY,
                        "escapement.payment.wechat.platform-certificates=" + TestKeys.pem(PLATFORM_CERTIFICATE))
                .run(context ->
                        assertThat(context.getBean(PaymentProvider.class).id()).isEqualTo("wechat-pay"));
    }

    @EnableConfigurationProperties(WeChatPayProperties.class)
    static class Properties {}

    static WeChatPayProvider provider(WeChatPayProperties properties) {
        return new WeChatPayProvider(properties, CLOCK);
    }

    static WeChatPayProperties properties(
            URI base, KeyPair merchantKey, String certificates, String publicKey, String publicKeyId) {
        return new WeChatPayProperties(
                true,
                APP_ID,
                MERCHANT_ID,
                MERCHANT_SERIAL,
                TestKeys.privatePem(merchantKey),
                API_V3_KEY,
                certificates,
                publicKey,
                publicKeyId,
                base,
                Duration.ofSeconds(2));
    }

    static X509Certificate platformCertificate(KeyPair keys, BigInteger serial) {
        return TestKeys.certificate(
                "CN=Tenpay.com Root CA, OU=Tenpay.com CA Center, O=Tenpay.com, C=CN",
                keys,
                null,
                null,
                false,
                serial,
                Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2030-01-01T00:00:00Z"));
    }

    static String serialOf(KeyPair keys) {
        return (keys == PLATFORM ? PLATFORM_SERIAL : STRANGER_SERIAL)
                .toString(16)
                .toUpperCase();
    }

    /** The decrypted resource of a payment notification, as WeChat Pay's documentation shows it. */
    static LinkedHashMap<String, Object> aTransaction() {
        var transaction = new LinkedHashMap<String, Object>();
        transaction.put("mchid", MERCHANT_ID);
        transaction.put("appid", APP_ID);
        transaction.put("out_trade_no", "ESC20260301000001");
        transaction.put("transaction_id", "4200000000202603010000000001");
        transaction.put("trade_type", "NATIVE");
        transaction.put("trade_state", "SUCCESS");
        transaction.put("trade_state_desc", "支付成功");
        transaction.put("bank_type", "CMC");
        transaction.put("success_time", "2026-03-01T10:05:30+08:00");
        transaction.put("payer", Map.of("openid", "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"));
        transaction.put(
                "amount",
                Map.of("total", 12_800_000, "payer_total", 12_800_000, "currency", "CNY", "payer_currency", "CNY"));
        return transaction;
    }

    static String envelope(Map<String, Object> transaction) {
        return envelopeOf(JSON.writeValueAsString(transaction));
    }

    /** The notification body: the resource encrypted with the APIv3 key, as WeChat Pay sends it. */
    static String envelopeOf(String plaintext) {
        var nonce = "fdasflkja484";
        var associated = "transaction";
        var ciphertext = new AeadAesCipher(API_V3_KEY.getBytes(StandardCharsets.UTF_8))
                .encrypt(
                        associated.getBytes(StandardCharsets.UTF_8),
                        nonce.getBytes(StandardCharsets.UTF_8),
                        plaintext.getBytes(StandardCharsets.UTF_8));
        var envelope = new LinkedHashMap<String, Object>();
        envelope.put("id", "EV-2018022511223320873");
        envelope.put("create_time", "2026-03-01T10:05:31+08:00");
        envelope.put("resource_type", "encrypt-resource");
        envelope.put("event_type", "TRANSACTION.SUCCESS");
        envelope.put("summary", "支付成功");
        envelope.put(
                "resource",
                Map.of(
                        "original_type", "transaction",
                        "algorithm", "AEAD_AES_256_GCM",
                        "ciphertext", ciphertext,
                        "associated_data", associated,
                        "nonce", nonce));
        return JSON.writeValueAsString(envelope);
    }

    static ProviderCallback notification(Map<String, Object> transaction, KeyPair by, Instant at) {
        var body = envelope(transaction);
        return callback(body, signedHeaders(body, by, serialOf(by), at));
    }

    static Map<String, String> signedHeaders(String body, KeyPair by, String serial, Instant at) {
        var timestamp = String.valueOf(at.getEpochSecond());
        var nonce = UUID.randomUUID().toString().replace("-", "");
        var signature = SignedText.sha256WithRsa(by.getPrivate(), timestamp + "\n" + nonce + "\n" + body + "\n");
        return Map.of(
                "Content-Type", "application/json",
                "Wechatpay-Timestamp", timestamp,
                "Wechatpay-Nonce", nonce,
                "Wechatpay-Serial", serial,
                "Wechatpay-Signature", signature,
                "Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA2048",
                "Request-ID", "08F78BB5AF0610D302A8F8C7A4B8BA0D");
    }

    static ProviderCallback callback(String body, Map<String, String> headers) {
        return new ProviderCallback(headers, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }
}
