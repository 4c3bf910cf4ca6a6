package io.escapement.payment.unionpay;

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
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class UnionPayProviderTests {

    static final String TRANSACTION = "842603011006000000001";

    static final String MERCHANT_ID = "777290058110048";
    static final Instant NOW = Instant.parse("2026-03-01T02:06:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2030-01-01T00:00:00Z");
    static final String UNIONPAY_CN = "CN=041@Z12@中国银联股份有限公司@00000062, OU=00000000, O=China UnionPay, C=CN";

    static final Chain UNIONPAY = Chain.of("China UnionPay Root", FROM, TO);
    static final Chain FOREIGN = Chain.of("China UnionPay Root", FROM, TO);
    static final KeyPair MERCHANT = TestKeys.rsa();
    static final BigInteger MERCHANT_CERT_ID = new BigInteger("69629715588");
    static final X509Certificate MERCHANT_CERTIFICATE = TestKeys.certificate(
            "CN=Escapement merchant signing", MERCHANT, null, null, false, MERCHANT_CERT_ID, FROM, TO);

    @TempDir
    static Path keys;

    static Path keyStore;

    FakeGateway gateway;
    UnionPayProvider unionpay;
    /** Who signs the fake's answers, and with which certificate. */
    Chain answerChain = UNIONPAY;

    String answerRespCode = "00";

    /** A chain as UnionPay's: root, intermediate, and a signing certificate with UnionPay's name. */
    record Chain(
            KeyPair rootKey,
            X509Certificate root,
            KeyPair middleKey,
            X509Certificate middle,
            KeyPair signKey,
            X509Certificate sign) {

        static Chain of(String rootName, Instant from, Instant to) {
            var rootKey = TestKeys.rsa();
            var root = TestKeys.certificate(
                    "CN=" + rootName + ", O=China UnionPay, C=CN", rootKey, null, null, true, BigInteger.ONE, from, to);
            var middleKey = TestKeys.rsa();
            var middle = TestKeys.certificate(
                    "CN=China UnionPay Middle, O=China UnionPay, C=CN",
                    middleKey,
                    X500Name.getInstance(root.getSubjectX500Principal().getEncoded()),
                    rootKey.getPrivate(),
                    true,
                    BigInteger.TWO,
                    from,
                    to);
            var signKey = TestKeys.rsa();
            return new Chain(
                    rootKey,
                    root,
                    middleKey,
                    middle,
                    signKey,
                    signing(middle, middleKey, signKey, UNIONPAY_CN, from, to));
        }

        static X509Certificate signing(
                X509Certificate middle, KeyPair middleKey, KeyPair signKey, String subject, Instant from, Instant to) {
            return TestKeys.certificate(
                    subject,
                    signKey,
                    X500Name.getInstance(middle.getSubjectX500Principal().getEncoded()),
                    middleKey.getPrivate(),
                    false,
                    BigInteger.valueOf(from.getEpochSecond()),
                    from,
                    to);
        }
    }

    @BeforeAll
    static void keyStore() {
        keyStore = TestKeys.pkcs12(
                keys.resolve("acp_test_sign.pfx"), MERCHANT.getPrivate(), MERCHANT_CERTIFICATE, "000000");
    }

    @BeforeEach
    void gateway() {
        gateway = new FakeGateway()
                .on("/gateway/api/frontTransReq.do", request -> {
                    var form = request.form();
                    return verifiesAsUnionPayWould(form)
                            ? Answer.ok("text/html", "cashier for order " + form.get("orderId"))
                            : Answer.ok("text/html", "invalid-signature");
                })
                .on("/gateway/api/backTransReq.do", request -> {
                    var form = request.form();
                    if (!verifiesAsUnionPayWould(form)) {
                        return Answer.ok("text/plain", "respCode=11&respMsg=验证签名失败");
                    }
                    var answer = new LinkedHashMap<String, String>();
                    answer.put("accessType", "0");
                    answer.put("bizType", "000201");
                    answer.put("encoding", "UTF-8");
                    answer.put("merId", form.get("merId"));
                    answer.put("orderId", form.get("orderId"));
                    answer.put("origQryId", form.get("origQryId"));
                    answer.put("queryId", "842603011015000000002");
                    answer.put("respCode", answerRespCode);
                    answer.put("respMsg", "成功[0000000]");
                    answer.put("reqReserved", "{a=1&b=2}");
                    answer.put("signMethod", "01");
                    answer.put("txnAmt", form.get("txnAmt"));
                    answer.put("txnSubType", "00");
                    answer.put("txnTime", form.get("txnTime"));
                    answer.put("txnType", "04");
                    answer.put("version", "5.1.0");
                    return Answer.ok("text/plain;charset=UTF-8", raw(signedBy(answerChain, answer)));
                });
        unionpay = new UnionPayProvider(properties(gateway.base(), UNIONPAY), CLOCK);
    }

    @AfterEach
    void close() {
        gateway.close();
    }

    /** UnionPay's check of a merchant request: the documented 5.1.0 steps, written out here apart from the adapter's. */
    static boolean verifiesAsUnionPayWould(Map<String, String> form) {
        var content = new java.util.TreeMap<>(form)
                .entrySet().stream()
                        .filter(field -> !field.getKey().equals("signature"))
                        .map(field -> field.getKey() + "=" + field.getValue())
                        .collect(Collectors.joining("&"));
        return MERCHANT_CERT_ID.toString().equals(form.get("certId"))
                && SignedText.verifiesSha256WithRsa(MERCHANT.getPublic(), sha256Hex(content), form.get("signature"));
    }

    @Test
    void signsTheFrontFormThatTheGatewayAccepts() throws Exception {
        var start = unionpay.start(aPayment("unionpay"));

        assertThat(start.target().getPath()).isEqualTo("/gateway/api/frontTransReq.do");
        assertThat(start.formFields())
                .containsEntry("version", "5.1.0")
                .containsEntry("signMethod", "01")
                .containsEntry("txnType", "01")
                .containsEntry("bizType", "000201")
                .containsEntry("merId", MERCHANT_ID)
                .containsEntry("orderId", "ESC20260301000001")
                .containsEntry("txnAmt", "12800000")
                .containsEntry("currencyCode", "156")
                .containsEntry("txnTime", "20260301100600")
                .containsEntry("payTimeout", "20260301101500")
                .containsEntry("certId", "69629715588")
                .containsEntry("backUrl", "https://shop.example/payment/callbacks/unionpay");
        assertThat(FakeGateway.browserPosts(start.target(), start.formFields()))
                .isEqualTo("cashier for order ESC20260301000001");

        var changed = new LinkedHashMap<>(start.formFields());
        changed.put("txnAmt", "1");
        assertThat(FakeGateway.browserPosts(start.target(), changed)).isEqualTo("invalid-signature");
    }

    @Test
    void readsAPaidNotification() {
        var notification = unionpay.verify(callback(signedBy(UNIONPAY, aNotification())));

        assertThat(notification.reference()).isEqualTo("ESC20260301000001");
        assertThat(notification.transaction()).isEqualTo("842603011006000000001");
        assertThat(notification.amount()).isEqualTo(Money.fen(12_800_000));
        assertThat(notification.status()).isEqualTo(Status.PAID);
        assertThat(notification.at()).isEqualTo(Instant.parse("2026-03-01T02:06:00Z"));
    }

    @Test
    void readsAnotherResponseCodeAsFailed() {
        var failed = aNotification();
        failed.put("respCode", "34");

        assertThat(unionpay.verify(callback(signedBy(UNIONPAY, failed))).status())
                .isEqualTo(Status.FAILED);
    }

    @Test
    void refusesANotificationWhoseAmountWasChanged() {
        var fields = signedBy(UNIONPAY, aNotification());
        fields.put("txnAmt", "1");

        assertThatThrownBy(() -> unionpay.verify(callback(fields)))
                .isInstanceOf(ForgedCallback.class)
                .hasMessageContaining("BAD_SIGNATURE");
    }

    @Test
    void refusesANotificationSignedByAnotherKeyThanItsCertificates() {
        var fields = aNotification();
        fields.put("signPubKeyCert", TestKeys.pem(UNIONPAY.sign()));
        fields.put("signature", signature(FOREIGN.signKey(), fields));

        assertThatThrownBy(() -> unionpay.verify(callback(fields)))
                .isInstanceOf(ForgedCallback.class)
                .hasMessageContaining("BAD_SIGNATURE");
    }

    @Test
    void refusesACertificateThatDoesNotChainToUnionPaysRoot() {
        assertThatThrownBy(() -> unionpay.verify(callback(signedBy(FOREIGN, aNotification()))))
                .isInstanceOf(ForgedCallback.class)
                .hasMessageContaining("UNTRUSTED_CERTIFICATE");
    }

    @Test
    void refusesAnExpiredOrNotYetValidCertificate() {
        var expired = Chain.signing(
                UNIONPAY.middle(), UNIONPAY.middleKey(), UNIONPAY.signKey(), UNIONPAY_CN, FROM, NOW.minusSeconds(1));
        var early = Chain.signing(
                UNIONPAY.middle(), UNIONPAY.middleKey(), UNIONPAY.signKey(), UNIONPAY_CN, NOW.plusSeconds(60), TO);

        for (var certificate : new X509Certificate[] {expired, early}) {
            var fields = aNotification();
            fields.put("signPubKeyCert", TestKeys.pem(certificate));
            fields.put("signature", signature(UNIONPAY.signKey(), fields));
            assertThatThrownBy(() -> unionpay.verify(callback(fields)))
                    .isInstanceOf(ForgedCallback.class)
                    .hasMessageContaining("UNTRUSTED_CERTIFICATE");
        }
    }

    @Test
    void refusesACertificateOfTheRightChainWithoutUnionPaysName() {
        var merchantOfTheChain = Chain.signing(
                UNIONPAY.middle(), UNIONPAY.middleKey(), UNIONPAY.signKey(), "CN=041@Z12@某商户有限公司@00000001", FROM, TO);
        var fields = aNotification();
        fields.put("signPubKeyCert", TestKeys.pem(merchantOfTheChain));
        fields.put("signature", signature(UNIONPAY.signKey(), fields));

        assertThatThrownBy(() -> unionpay.verify(callback(fields)))
                .isInstanceOf(ForgedCallback.class)
                .hasMessageContaining("NOT_UNIONPAYS_NAME");
    }

    @Test
    void refusesANotificationWithoutASignatureOrCertificate() {
        var unsigned = aNotification();
        unsigned.put("signPubKeyCert", TestKeys.pem(UNIONPAY.sign()));
        var noCertificate = signedBy(UNIONPAY, aNotification());
        noCertificate.remove("signPubKeyCert");

        assertThatThrownBy(() -> unionpay.verify(callback(unsigned)))
                .isInstanceOf(ForgedCallback.class)
                .hasMessageContaining("UNSIGNED");
        assertThatThrownBy(() -> unionpay.verify(callback(noCertificate))).isInstanceOf(ForgedCallback.class);
    }

    @Test
    void refusesAMalformedNotification() {
        var garbledCertificate = aNotification();
        garbledCertificate.put("signPubKeyCert", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----");
        garbledCertificate.put("signature", "AAAA");
        var noAmount = aNotification();
        noAmount.put("txnAmt", "128000.00");
        var noTime = aNotification();
        noTime.put("txnTime", "yesterday");

        assertThatThrownBy(() -> unionpay.verify(callback(Map.of()))).isInstanceOf(ForgedCallback.class);
        assertThatThrownBy(() -> unionpay.verify(callback(garbledCertificate)))
                .isInstanceOf(ForgedCallback.class)
                .hasMessageContaining("UNREADABLE_CERTIFICATE");
        assertThatThrownBy(() -> unionpay.verify(callback(signedBy(UNIONPAY, noAmount))))
                .isInstanceOf(ForgedCallback.class)
                .hasMessageContaining("fen");
        assertThatThrownBy(() -> unionpay.verify(callback(signedBy(UNIONPAY, noTime))))
                .isInstanceOf(ForgedCallback.class)
                .hasMessageContaining("txnTime");
    }

    @Test
    void refusesANotificationForAnotherMerchant() {
        var other = aNotification();
        other.put("merId", "777290058110099");

        assertThatThrownBy(() -> unionpay.verify(callback(signedBy(UNIONPAY, other))))
                .isInstanceOf(ForgedCallback.class)
                .hasMessageContaining("another merchant");
    }

    @Test
    void readsANotificationThatIsNotOfAPaymentAsSettlingNothing() {
        var refundResult = aNotification();
        refundResult.put("txnType", "04");
        refundResult.put("orderId", "RFD20260301000001");

        var read = unionpay.verify(callback(signedBy(UNIONPAY, refundResult)));
        assertThat(read.status()).isEqualTo(Status.UNSETTLED);
        assertThat(read.reference()).isEqualTo("RFD20260301000001");
    }

    @Test
    void refundsWithASignedBackRequestAndVerifiesTheSignedAnswer() {
        var receipt = unionpay.refund(aRefund(TRANSACTION));

        assertThat(receipt.refund()).isEqualTo("RFD20260301000001");
        assertThat(receipt.providerRefund()).isEqualTo("842603011015000000002");
        assertThat(receipt.amount()).isEqualTo(Money.fen(50_000));
        var sent = gateway.received().get(0).form();
        assertThat(sent)
                .containsEntry("txnType", "04")
                .containsEntry("origQryId", "842603011006000000001")
                .containsEntry("txnAmt", "50000")
                .containsEntry("backUrl", "https://shop.example/payment/callbacks/unionpay-refunds");
    }

    @Test
    void refusesARefundAnswerSignedWithAForeignCertificate() {
        answerChain = FOREIGN;

        assertThatThrownBy(() -> unionpay.refund(aRefund(TRANSACTION)))
                .isInstanceOf(ProviderUnavailable.class)
                .hasMessageContaining("does not verify");
    }

    @Test
    void aRefusedRefundIsProviderUnavailable() {
        answerRespCode = "35";

        assertThatThrownBy(() -> unionpay.refund(aRefund(TRANSACTION)))
                .isInstanceOf(ProviderUnavailable.class)
                .hasMessageContaining("respCode 35");
    }

    @Test
    void aRefundTheGatewayCannotVerifyIsProviderUnavailable() {
        var impostorKeys = keys.resolve("impostor.pfx");
        TestKeys.pkcs12(impostorKeys, TestKeys.rsa().getPrivate(), MERCHANT_CERTIFICATE, "000000");
        var base = properties(gateway.base(), UNIONPAY);
        var impostor = new UnionPayProvider(
                new UnionPayProperties(
                        true,
                        MERCHANT_ID,
                        impostorKeys.toString(),
                        "000000",
                        base.rootCertificate(),
                        base.middleCertificate(),
                        base.signerName(),
                        base.refundNotifyUrl(),
                        base.baseUrl(),
                        base.timeout()),
                CLOCK);

        assertThatThrownBy(() -> impostor.refund(aRefund(TRANSACTION))).isInstanceOf(ProviderUnavailable.class);
    }

    @Test
    void readsAnswersWhoseBracedValuesHoldAmpersands() {
        assertThat(UnionPayProvider.answerFields("a=1&reqReserved={x=1&y=2}&signature=ab+/c=="))
                .containsExactly(
                        Map.entry("a", "1"), Map.entry("reqReserved", "{x=1&y=2}"), Map.entry("signature", "ab+/c=="));
    }

    @Test
    void hashesAsUnionPayDocuments() throws Exception {
        var content = "accessType=0&bizType=000201&merId=" + MERCHANT_ID;

        assertThat(UnionPaySignature.sha256Hex(content))
                .isEqualTo(HexFormat.of()
                        .formatHex(
                                MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8))))
                .matches("[0-9a-f]{64}");
        assertThat(UnionPaySignature.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void existsOnlyWhenEnabled() {
        var runner = new ApplicationContextRunner()
                .withUserConfiguration(Properties.class, UnionPayConfiguration.class)
                .withBean(Clock.class, () -> CLOCK);

        runner.run(context -> assertThat(context).doesNotHaveBean(PaymentProvider.class));
        runner.withPropertyValues(
                        "escapement.payment.unionpay.enabled=true",
                        "escapement.payment.unionpay.merchant-id=" + MERCHANT_ID,
                        "escapement.payment.unionpay.signing-key-store=" + keyStore,
                        "escapement.payment.unionpay.signing-key-store-password=000000",
                        "escapement.payment.unionpay.root-certificate=" + TestKeys.pem(UNIONPAY.root()),
                        "escapement.payment.unionpay.middle-certificate=" + TestKeys.pem(UNIONPAY.middle()),
                        "escapement.payment.unionpay.refund-notify-url=https://shop.example/refunds")
                .run(context ->
                        assertThat(context.getBean(PaymentProvider.class).id()).isEqualTo("unionpay"));
    }

    @EnableConfigurationProperties(UnionPayProperties.class)
    static class Properties {}

    static UnionPayProperties properties(URI base, Chain chain) {
        return new UnionPayProperties(
                true,
                MERCHANT_ID,
                keyStore.toString(),
                "000000",
                TestKeys.pem(chain.root()),
                TestKeys.pem(chain.middle()),
                null,
                URI.create("https://shop.example/payment/callbacks/unionpay-refunds"),
                base,
                Duration.ofSeconds(2));
    }

    /** A back notification of a consumption, as UnionPay posts it, not yet signed. */
    static LinkedHashMap<String, String> aNotification() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("accessType", "0");
        fields.put("bizType", "000201");
        fields.put("currencyCode", "156");
        fields.put("encoding", "UTF-8");
        fields.put("merId", MERCHANT_ID);
        fields.put("orderId", "ESC20260301000001");
        fields.put("queryId", "842603011006000000001");
        fields.put("respCode", "00");
        fields.put("respMsg", "成功[0000000]");
        fields.put("settleAmt", "12800000");
        fields.put("settleCurrencyCode", "156");
        fields.put("settleDate", "0301");
        fields.put("signMethod", "01");
        fields.put("traceNo", "600001");
        fields.put("traceTime", "0301100600");
        fields.put("txnAmt", "12800000");
        fields.put("txnSubType", "01");
        fields.put("txnTime", "20260301100600");
        fields.put("txnType", "01");
        fields.put("version", "5.1.0");
        fields.put("reqReserved", "");
        return fields;
    }

    static LinkedHashMap<String, String> signedBy(Chain chain, LinkedHashMap<String, String> fields) {
        fields.put("signPubKeyCert", TestKeys.pem(chain.sign()));
        fields.put("signature", signature(chain.signKey(), fields));
        return fields;
    }

    static String signature(KeyPair by, Map<String, String> fields) {
        return SignedText.sha256WithRsa(
                by.getPrivate(), sha256Hex(SignedText.sortedPairs(fields, Set.of("signature"), false)));
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String raw(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + field.getValue())
                .collect(Collectors.joining("&"));
    }

    static ProviderCallback callback(Map<String, String> fields) {
        return FakeGateway.formCallback(fields);
    }
}
