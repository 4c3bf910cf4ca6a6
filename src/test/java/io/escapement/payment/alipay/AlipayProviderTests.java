package io.escapement.payment.alipay;

import static io.escapement.payment.signing.TestPayments.aPayment;
import static io.escapement.payment.signing.TestPayments.aRefund;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escapement.money.Money;
import io.escapement.payment.signing.FakeGateway;
import io.escapement.payment.signing.FakeGateway.Answer;
import io.escapement.payment.signing.SignedText;
import io.escapement.payment.signing.TestKeys;
import io.escapement.payment.spi.ForgedCallback;
import io.escapement.payment.spi.PaymentProvider;
import io.escapement.payment.spi.ProviderCallback;
import io.escapement.payment.spi.ProviderNotification.Status;
import io.escapement.payment.spi.ProviderUnavailable;
import java.net.URI;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

class AlipayProviderTests {

    static final String TRANSACTION = "2026030122001400000000000001";

    static final String APP_ID = "2021000000000001";
    static final KeyPair APP = TestKeys.rsa();
    static final KeyPair ALIPAY = TestKeys.rsa();
    static final KeyPair STRANGER = TestKeys.rsa();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneOffset.UTC);
    static final JsonMapper JSON = JsonMapper.builder().build();

    FakeGateway gateway;
    AlipayProvider alipay;

    @BeforeEach
    void gateway() {
        gateway = new FakeGateway().on("/gateway.do", this::gatewayAnswer);
        alipay = provider(gateway.base().resolve("/gateway.do"));
    }

    @AfterEach
    void close() {
        gateway.close();
    }

    /** What the fake answers when an answer is not the point: the form verified. */
    String refundAnswer = null;

    Answer gatewayAnswer(FakeGateway.Received request) {
        var form = request.form();
        var content = SignedText.sortedPairs(form, Set.of("sign"), true);
        if (!SignedText.verifiesSha256WithRsa(APP.getPublic(), content, form.getOrDefault("sign", ""))) {
            return Answer.ok("text/html", "invalid-signature");
        }
        if (!APP_ID.equals(form.get("app_id")) || !"RSA2".equals(form.get("sign_type"))) {
            return Answer.ok("text/html", "invalid-app");
        }
        if ("alipay.trade.refund".equals(form.get("method"))) {
            return Answer.ok("application/json;charset=utf-8", refundAnswer);
        }
        return Answer.ok("text/html", "cashier for " + form.get("method"));
    }

    @Test
    void signsThePagePayFormThatTheGatewayAccepts() throws Exception {
        var start = alipay.start(aPayment("alipay"));

        assertThat(start.isForm()).isTrue();
        assertThat(start.target().getQuery()).isEqualTo("charset=utf-8");
        var fields = start.formFields();
        assertThat(fields)
                .containsEntry("app_id", APP_ID)
                .containsEntry("method", "alipay.trade.page.pay")
                .containsEntry("sign_type", "RSA2")
                .containsEntry("charset", "utf-8")
                .containsEntry("timestamp", "2026-03-01 10:00:00")
                .containsEntry("notify_url", "https://shop.example/payment/callbacks/alipay")
                .containsKey("sign");
        var business = JSON.readTree(fields.get("biz_content"));
        assertThat(business.path("out_trade_no").asString()).isEqualTo("ESC20260301000001");
        assertThat(business.path("total_amount").asString()).isEqualTo("128000.00");
        assertThat(business.path("product_code").asString()).isEqualTo("FAST_INSTANT_TRADE_PAY");
        assertThat(business.path("time_expire").asString()).isEqualTo("2026-03-01 10:15:00");

        var posted = FakeGateway.browserPosts(start.target(), fields);
        assertThat(posted).isEqualTo("cashier for alipay.trade.page.pay");
    }

    @Test
    void aFormWithAChangedAmountDoesNotVerifyAtTheGateway() throws Exception {
        var fields = new LinkedHashMap<>(alipay.start(aPayment("alipay")).formFields());
        fields.put("biz_content", fields.get("biz_content").replace("128000.00", "1.00"));

        assertThat(FakeGateway.browserPosts(alipay.start(aPayment("alipay")).target(), fields))
                .isEqualTo("invalid-signature");
    }

    @Test
    void readsAPaidNotification() {
        var notification = alipay.verify(callback(signedByAlipay(aNotification())));

        assertThat(notification.reference()).isEqualTo("ESC20260301000001");
        assertThat(notification.transaction()).isEqualTo("2026030122001400000000000001");
        assertThat(notification.amount()).isEqualTo(Money.fen(12_800_000));
        assertThat(notification.status()).isEqualTo(Status.PAID);
        assertThat(notification.at()).isEqualTo(Instant.parse("2026-03-01T02:05:00Z"));
    }

    @Test
    void readsAFinishedTradeAsPaidAndAClosedOneAsFailed() {
        var finished = aNotification();
        finished.put("trade_status", "TRADE_FINISHED");
        var closed = aNotification();
        closed.put("trade_status", "TRADE_CLOSED");
        closed.remove("gmt_payment");
        closed.put("gmt_close", "2026-03-01 10:15:00");

        assertThat(alipay.verify(callback(signedByAlipay(finished))).status()).isEqualTo(Status.PAID);
        var failed = alipay.verify(callback(signedByAlipay(closed)));
        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(failed.at()).isEqualTo(Instant.parse("2026-03-01T02:15:00Z"));
    }

    @Test
    void refusesANotificationWhoseAmountWasChanged() {
        var fields = signedByAlipay(aNotification());
        fields.put("total_amount", "1.00");

        assertThatThrownBy(() -> alipay.verify(callback(fields)))
                .isInstanceOf(ForgedCallback.class)
                .hasMessageContaining("signature");
    }

    @Test
    void refusesANotificationSignedByAnotherKey() {
        var fields = aNotification();
        fields.put("sign", SignedText.sha256WithRsa(STRANGER.getPrivate(), notificationContent(fields)));

        assertThatThrownBy(() -> alipay.verify(callback(fields))).isInstanceOf(ForgedCallback.class);
    }

    @Test
    void refusesANotificationWithoutASignature() {
        assertThatThrownBy(() -> alipay.verify(callback(aNotification())))
                .isInstanceOf(ForgedCallback.class)
                .hasMessageContaining("without a signature");
    }

    @Test
    void refusesAMalformedNotification() {
        var garbled = aNotification();
        garbled.put("sign", "not base64 at all!");
        var noAmount = aNotification();
        noAmount.put("total_amount", "12.345");
        var waiting = aNotification();
        waiting.put("trade_status", "WAIT_BUYER_PAY");

        assertThatThrownBy(() -> alipay.verify(callback(Map.of()))).isInstanceOf(ForgedCallback.class);
        assertThatThrownBy(() -> alipay.verify(callback(garbled))).isInstanceOf(ForgedCallback.class);
        assertThatThrownBy(() -> alipay.verify(callback(signedByAlipay(noAmount))))
                .isInstanceOf(ForgedCallback.class)
                .hasMessageContaining("amount");
        var unknown = aNotification();
        unknown.put("trade_status", "TRADE_MAYBE");
        assertThatThrownBy(() -> alipay.verify(callback(signedByAlipay(unknown))))
                .isInstanceOf(ForgedCallback.class)
                .hasMessageContaining("unknown status");
        assertThat(alipay.verify(callback(signedByAlipay(waiting))).status()).isEqualTo(Status.UNSETTLED);
    }

    @Test
    void refusesANotificationForAnotherApplication() {
        var fields = aNotification();
        fields.put("app_id", "2021000000000999");

        assertThatThrownBy(() -> alipay.verify(callback(signedByAlipay(fields))))
                .isInstanceOf(ForgedCallback.class)
                .hasMessageContaining("another application");
    }

    @Test
    void answersSuccessInPlainText() {
        assertThat(alipay.accepted().body()).isEqualTo("success");
        assertThat(alipay.accepted().status()).isEqualTo(200);
    }

    @Test
    void refundsWithASignedServerCallAndVerifiesAlipaysSignedAnswer() {
        // Spacing and a Chinese message as Alipay sends them: the signature is over this exact text.
        var response = "{\"code\":\"10000\", \"msg\":\"Success\",\"buyer_logon_id\":\"159****5620\","
                + "\"fund_change\":\"Y\",\"out_trade_no\":\"ESC20260301000001\",\"refund_fee\":\"500.00\","
                + "\"trade_no\":\"2026030122001400000000000001\",\"note\":\"退款\\\"成功\\\" {ok}\"}";
        refundAnswer = signedAnswer(response, ALIPAY);

        var receipt = alipay.refund(aRefund(TRANSACTION));

        assertThat(receipt.refund()).isEqualTo("RFD20260301000001");
        assertThat(receipt.providerRefund()).isEqualTo("2026030122001400000000000001");
        assertThat(receipt.amount()).isEqualTo(Money.fen(50_000));
        var sent = gateway.received().get(0).form();
        assertThat(sent).containsEntry("method", "alipay.trade.refund").doesNotContainKey("notify_url");
        var business = JSON.readTree(sent.get("biz_content"));
        assertThat(business.path("refund_amount").asString()).isEqualTo("500.00");
        assertThat(business.path("out_request_no").asString()).isEqualTo("RFD20260301000001");
        assertThat(business.path("trade_no").asString()).isEqualTo("2026030122001400000000000001");
    }

    @Test
    void refusesARefundAnswerWithABadSignature() {
        var response = "{\"code\":\"10000\",\"msg\":\"Success\",\"out_trade_no\":\"ESC20260301000001\","
                + "\"trade_no\":\"2026030122001400000000000001\"}";
        refundAnswer = signedAnswer(response, STRANGER);

        assertThatThrownBy(() -> alipay.refund(aRefund(TRANSACTION)))
                .isInstanceOf(ProviderUnavailable.class)
                .hasMessageContaining("does not verify");
    }

    @Test
    void refusesARefundAnswerThatWasChangedAfterSigning() {
        var response = "{\"code\":\"10000\",\"msg\":\"Success\",\"out_trade_no\":\"ESC20260301000001\","
                + "\"trade_no\":\"2026030122001400000000000001\"}";
        refundAnswer = signedAnswer(response, ALIPAY).replace("\"msg\":\"Success\"", "\"msg\": \"Success\"");

        assertThatThrownBy(() -> alipay.refund(aRefund(TRANSACTION))).isInstanceOf(ProviderUnavailable.class);
    }

    @Test
    void aRefusedRefundIsProviderUnavailableWithAlipaysCode() {
        var response = "{\"code\":\"40004\",\"msg\":\"Business Failed\",\"sub_code\":\"ACQ.TRADE_NOT_EXIST\","
                + "\"sub_msg\":\"交易不存在\"}";
        refundAnswer = signedAnswer(response, ALIPAY);

        assertThatThrownBy(() -> alipay.refund(aRefund(TRANSACTION)))
                .isInstanceOf(ProviderUnavailable.class)
                .hasMessageContaining("40004")
                .hasMessageContaining("ACQ.TRADE_NOT_EXIST");
    }

    @Test
    void anUnreachableGatewayIsProviderUnavailable() {
        var port = gateway.base().getPort();
        gateway.close();
        var offline = provider(URI.create("http://127.0.0.1:" + port + "/gateway.do"));

        assertThatThrownBy(() -> offline.refund(aRefund(TRANSACTION))).isInstanceOf(ProviderUnavailable.class);
    }

    /**
     * Alipay's documentation of its signature ("自行实现签名") sorts the request's parameters, keeps
     * sign_type and leaves out sign and empty values; this is its example request.
     */
    @Test
    void buildsTheDocumentedStringToSign() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("method", "alipay.mobile.public.menu.add");
        fields.put("app_id", "2014072300007148");
        fields.put("charset", "GBK");
        fields.put("sign_type", "RSA2");
        fields.put("timestamp", "2014-07-24 03:07:50");
        fields.put(
                "biz_content",
                "{\"button\":[{\"actionParam\":\"ZFB_HFCZ\",\"actionType\":\"out\"," + "\"name\":\"话费充值\"}]}");
        fields.put("version", "1.0");
        fields.put("sign", "ignored");
        fields.put("app_auth_token", "");

        assertThat(SignedText.sortedPairs(fields, Set.of("sign"), true))
                .isEqualTo("app_id=2014072300007148&biz_content={\"button\":[{\"actionParam\":\"ZFB_HFCZ\","
                        + "\"actionType\":\"out\",\"name\":\"话费充值\"}]}&charset=GBK"
                        + "&method=alipay.mobile.public.menu.add&sign_type=RSA2&timestamp=2014-07-24 03:07:50"
                        + "&version=1.0");
    }

    @Test
    void readsYuanAsExactFen() {
        assertThat(AlipayProvider.amount("128000.00")).isEqualTo(Money.fen(12_800_000));
        assertThat(AlipayProvider.amount("0.01")).isEqualTo(Money.fen(1));
        assertThat(AlipayProvider.amount("88.8")).isEqualTo(Money.fen(8_880));
        assertThat(AlipayProvider.amount("19999999.99")).isEqualTo(Money.fen(1_999_999_999));
        assertThat(AlipayProvider.yuan(Money.fen(12_800_000))).isEqualTo("128000.00");
        assertThat(AlipayProvider.yuan(Money.fen(5))).isEqualTo("0.05");
        for (var bad : new String[] {"", "1e3", "-1.00", "1.005", "01.00", " 1.00", "1,000.00", "NaN"}) {
            assertThatThrownBy(() -> AlipayProvider.amount(bad)).isInstanceOf(ForgedCallback.class);
        }
    }

    @Test
    void readsKeysAsPemOrAsTheConsolesBareBase64() {
        var bare = new AlipayProperties(
                true,
                APP_ID,
                TestKeys.bareBase64(APP, true),
                TestKeys.bareBase64(ALIPAY, false),
                gateway.base(),
                Duration.ofSeconds(2));

        assertThat(new AlipayProvider(bare, CLOCK)
                        .verify(callback(signedByAlipay(aNotification())))
                        .status())
                .isEqualTo(Status.PAID);
    }

    @Test
    void existsOnlyWhenEnabled() {
        var runner = new ApplicationContextRunner()
                .withUserConfiguration(Properties.class, AlipayConfiguration.class)
                .withBean(Clock.class, () -> CLOCK);

        runner.run(context -> assertThat(context).doesNotHaveBean(PaymentProvider.class));
        runner.withPropertyValues(
                        "escapement.payment.alipay.enabled=true",
                        "escapement.payment.alipay.app-id=" + APP_ID,
                        "escapement.payment.alipay.private-key=" + TestKeys.bareBase64(APP, true),
                        "escapement.payment.alipay.alipay-public-key=" + TestKeys.bareBase64(ALIPAY, false))
                .run(context ->
                        assertThat(context.getBean(PaymentProvider.class).id()).isEqualTo("alipay"));
    }

    @EnableConfigurationProperties(AlipayProperties.class)
    static class Properties {}

    static AlipayProvider provider(URI gatewayUrl) {
        return new AlipayProvider(
                new AlipayProperties(
                        true,
                        APP_ID,
                        TestKeys.privatePem(APP),
                        TestKeys.publicPem(ALIPAY),
                        gatewayUrl,
                        Duration.ofSeconds(2)),
                CLOCK);
    }

    /** A notification as Alipay posts it for a page payment, not yet signed. */
    static LinkedHashMap<String, String> aNotification() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("gmt_create", "2026-03-01 10:00:05");
        fields.put("charset", "utf-8");
        fields.put("seller_email", "shop@example.com");
        fields.put("subject", "腕表订单");
        fields.put("buyer_id", "2088102000000001");
        fields.put("invoice_amount", "128000.00");
        fields.put("notify_id", "2026030100222100500000000001");
        fields.put("fund_bill_list", "[{\"amount\":\"128000.00\",\"fundChannel\":\"ALIPAYACCOUNT\"}]");
        fields.put("notify_type", "trade_status_sync");
        fields.put("trade_status", "TRADE_SUCCESS");
        fields.put("receipt_amount", "128000.00");
        fields.put("app_id", APP_ID);
        fields.put("buyer_pay_amount", "128000.00");
        fields.put("sign_type", "RSA2");
        fields.put("seller_id", "2088102000000002");
        fields.put("gmt_payment", "2026-03-01 10:05:00");
        fields.put("notify_time", "2026-03-01 10:05:01");
        fields.put("version", "1.0");
        fields.put("out_trade_no", "ESC20260301000001");
        fields.put("total_amount", "128000.00");
        fields.put("trade_no", "2026030122001400000000000001");
        fields.put("auth_app_id", APP_ID);
        fields.put("point_amount", "0.00");
        return fields;
    }

    static String notificationContent(Map<String, String> fields) {
        return SignedText.sortedPairs(fields, Set.of("sign", "sign_type"), false);
    }

    static LinkedHashMap<String, String> signedByAlipay(LinkedHashMap<String, String> fields) {
        fields.put("sign", SignedText.sha256WithRsa(ALIPAY.getPrivate(), notificationContent(fields)));
        return fields;
    }

    static String signedAnswer(String response, KeyPair by) {
        return "{\"alipay_trade_refund_response\":" + response + ",\"sign\":\""
                + SignedText.sha256WithRsa(by.getPrivate(), response) + "\"}";
    }

    static ProviderCallback callback(Map<String, String> fields) {
        return FakeGateway.formCallback(fields);
    }
}
