package io.escapement.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.escapement.consent.Channel;
import io.escapement.consent.Consents;
import io.escapement.consent.Transfers;
import io.escapement.policy.Recipients;
import io.escapement.privacy.Category;
import io.escapement.privacy.LegalBasis;
import io.escapement.privacy.Purpose;
import io.escapement.privacy.Region;
import io.escapement.privacy.SubjectErased;
import io.escapement.sharing.SharingRefused.Reason;
import io.escapement.testing.Bundles;
import io.escapement.vault.SubjectId;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps S-1, S-2 and S-5: personal information goes out only to a registered recipient, for a
 * purpose registered for it, with the subject's consent where it is needed, minimised to the
 * allowed fields, and every disclosure is in the ledger, which holds no personal value.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
class SharingGatewayTests {

    @Autowired
    SharingGateway gateway;

    @Autowired
    SharingLedger ledger;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Consents consents;

    @Autowired
    Transfers transfers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void refusesAnUnregisteredRecipientAndWritesNothing() {
        var buyer = SubjectId.random();

        assertThatThrownBy(() -> gateway.share(Disclosure.to("data-broker", Purpose.PAYMENT, buyer, "R1")
                        .field("reference", Category.USER_TRANSACTION, "R1")))
                .isInstanceOfSatisfying(SharingRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(Reason.UNKNOWN_RECIPIENT);
                    assertThat(refused.status()).isEqualTo(HttpStatus.FORBIDDEN);
                    assertThat(Bundles.english(refused)).contains("data-broker is not a registered recipient");
                    assertThat(Bundles.chinese(refused)).contains("不是登记的接收方");
                });
        assertThat(ledger.of(buyer)).isEmpty();
    }

    @Test
    void refusesAPurposeTheRecipientIsNotRegisteredFor() {
        var buyer = SubjectId.random();

        assertThatThrownBy(() -> gateway.share(Disclosure.to("alipay", Purpose.PERSONALISATION, buyer, "R2")
                        .field("reference", Category.USER_TRANSACTION, "R2")))
                .isInstanceOfSatisfying(
                        SharingRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.PURPOSE_NOT_REGISTERED));
        assertThat(ledger.of(buyer)).isEmpty();
    }

    @Test
    void keepsOnlyTheAllowedFieldsWithTheirOwnCategory() {
        var buyer = SubjectId.random();

        var shared = gateway.share(Disclosure.to("alipay", Purpose.PAYMENT, buyer, "20261203K7QM2XD9")
                .field("reference", Category.USER_TRANSACTION, "20261203K7QM2XD9")
                .field("amount", Category.USER_TRANSACTION, "12000000")
                .field("buyerPhone", Category.USER_CONTACT_PHONE, "+8613812345678")
                .field("subject", Category.USER_CONTACT_ADDRESS, "科技园南路88号"));

        assertThat(shared.fields())
                .as("a field the table lacks, and a field offered under another category, are dropped")
                .containsExactly(Map.entry("reference", "20261203K7QM2XD9"), Map.entry("amount", "12000000"));
        assertThat(shared.categories()).containsExactly(Category.USER_TRANSACTION);
        assertThat(shared.get("amount")).isEqualTo("12000000");
        assertThatThrownBy(() -> shared.get("buyerPhone")).isInstanceOf(IllegalStateException.class);
        assertThat(shared.toString()).doesNotContain("12000000", "20261203K7QM2XD9");
        assertThat(ledger.of(buyer)).singleElement().satisfies(entry -> {
            assertThat(entry.entry()).isEqualTo(shared.entry());
            assertThat(entry.fields()).containsExactly("reference", "amount");
        });
    }

    @Test
    void refusesADisclosureWithNothingAllowedLeft() {
        var buyer = SubjectId.random();

        assertThatThrownBy(() -> gateway.share(Disclosure.to("alipay", Purpose.PAYMENT, buyer, "R3")
                        .field("address", Category.USER_CONTACT_ADDRESS, "科技园南路88号")
                        .field("phone", Category.USER_CONTACT_PHONE, "+8613812345678")))
                .isInstanceOfSatisfying(
                        SharingRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.NOTHING_ALLOWED));
        assertThat(ledger.of(buyer)).isEmpty();
    }

    @Test
    void needsConsentForAConsentBasedPurposeAndStopsWhenItIsRevoked() {
        var buyer = SubjectId.random();
        var marketing = Disclosure.to("sms-gateway", Purpose.MARKETING_SMS, buyer, "campaign-12")
                .field("phone", Category.USER_CONTACT_PHONE, "+8613812345678");

        assertThatThrownBy(() -> gateway.share(marketing)).isInstanceOfSatisfying(SharingRefused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(Reason.NO_CONSENT);
            assertThat(refused.status()).isEqualTo(HttpStatus.CONFLICT);
        });
        consents.grant(buyer, Purpose.MARKETING_SMS, 1, Channel.WEB, "marketing opt-in");
        assertThat(gateway.share(marketing).get("phone")).isEqualTo("+8613812345678");
        consents.revoke(buyer, Purpose.MARKETING_SMS, 1, Channel.WEB, "privacy settings");
        assertThatThrownBy(() -> gateway.share(Disclosure.to("sms-gateway", Purpose.MARKETING_SMS, buyer, "campaign-13")
                        .field("phone", Category.USER_CONTACT_PHONE, "+8613812345678")))
                .isInstanceOf(SharingRefused.class);
        assertThat(ledger.of(buyer))
                .singleElement()
                .satisfies(entry -> assertThat(entry.legalBasis()).isEqualTo(LegalBasis.CONSENT));
    }

    @Test
    void sendsNothingAbroadWithoutTheSeparateCrossBorderConsent() {
        var buyer = SubjectId.random();
        var abroad = Disclosure.to("brand-service-switzerland", Purpose.ORDER_FULFILMENT, buyer, "20261203-K7QM2XD9")
                .field("ownerName", Category.USER_NAME, "欧阳娜娜");

        assertThatThrownBy(() -> gateway.share(abroad))
                .isInstanceOfSatisfying(
                        SharingRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.NO_CONSENT));
        consents.grant(buyer, Purpose.CROSS_BORDER_TRANSFER, 1, Channel.WEB, "separate consent dialog v1");
        assertThat(gateway.share(abroad).get("ownerName")).isEqualTo("欧阳娜娜");
    }

    @Test
    void refusesARecipientAbroadThatIsNotRegisteredForTransfersAbroad() {
        var fromHongKong =
                new SharingGateway(Recipients.registered(Region.HONG_KONG), transfers, ledger, Clock.systemUTC());
        var buyer = SubjectId.random();

        assertThatThrownBy(() -> fromHongKong.share(Disclosure.to("sf-express", Purpose.ORDER_FULFILMENT, buyer, "R4")
                        .field("recipientName", Category.USER_NAME, "欧阳娜娜")))
                .isInstanceOfSatisfying(
                        SharingRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.CROSS_BORDER_NOT_REGISTERED));
    }

    @Test
    void writesALedgerRowWithoutAnyPersonalValue() {
        var buyer = SubjectId.random();
        var shared = gateway.share(Disclosure.to("merchants", Purpose.ORDER_FULFILMENT, buyer, "20261203-K7QM2XD9")
                .field("orderNumber", Category.USER_TRANSACTION, "20261203-K7QM2XD9")
                .field("recipientMasked", Category.USER_NAME, "欧阳**")
                .field("phoneMasked", Category.USER_CONTACT_PHONE, "139****5678")
                .field("city", Category.USER_CONTACT_ADDRESS, "深圳市")
                .field("phone", Category.USER_CONTACT_PHONE, "+8613912345678")
                .field("detail", Category.USER_CONTACT_ADDRESS, "科技园南路88号3栋1201"));

        var row = jdbc.sql("select row_to_json(e)::text from sharing.entry e where id = :id")
                .param("id", shared.entry())
                .query(String.class)
                .single();
        assertThat(row)
                .contains(buyer.toString(), "20261203-K7QM2XD9", "merchants", "ORDER_FULFILMENT", "CONTRACT")
                .contains("user.name", "user.contact.phone", "user.contact.address", "user.financial.transaction")
                .contains("recipientMasked", "phoneMasked", "city")
                .doesNotContain("欧阳", "5678", "深圳", "科技园", "+86");
        assertThat(shared.fields()).doesNotContainKeys("phone", "detail");
        var entry = ledger.of(buyer).get(0);
        assertThat(entry.recipientName().zh()).isEqualTo("出售腕表的商家");
        assertThat(entry.purpose()).isEqualTo(Purpose.ORDER_FULFILMENT);
        assertThat(entry.legalBasis()).isEqualTo(LegalBasis.CONTRACT);
        assertThat(entry.reference()).isEqualTo("20261203-K7QM2XD9");
        assertThat(entry.categories())
                .containsExactlyInAnyOrder(
                        Category.USER_TRANSACTION,
                        Category.USER_NAME,
                        Category.USER_CONTACT_PHONE,
                        Category.USER_CONTACT_ADDRESS);
    }

    @Test
    void recordsTheSameDisclosureOnceAndANewCategoryAgain() {
        var buyer = SubjectId.random();
        var first = gateway.share(merchantSees(buyer, "20261203-AAAA0001"));
        var again = gateway.share(merchantSees(buyer, "20261203-AAAA0001"));
        var withCity = gateway.share(
                merchantSees(buyer, "20261203-AAAA0001").field("city", Category.USER_CONTACT_ADDRESS, "上海市"));
        var otherOrder = gateway.share(merchantSees(buyer, "20261203-AAAA0002"));

        assertThat(again.entry()).isEqualTo(first.entry());
        assertThat(withCity.entry()).isNotEqualTo(first.entry());
        assertThat(otherOrder.entry()).isNotIn(first.entry(), withCity.entry());
        assertThat(ledger.of(buyer)).hasSize(3);
    }

    @Test
    void sharesWithThePaymentSandboxOnlyWhileItIsEnabled() {
        var buyer = SubjectId.random();
        var payment = Disclosure.to("sandbox", Purpose.PAYMENT, buyer, "20261203K7QM2XD9")
                .field("amount", Category.USER_TRANSACTION, "100");
        var production = new SharingGateway(
                Recipients.registered(Region.MAINLAND_CHINA, false), transfers, ledger, Clock.systemUTC());

        assertThat(gateway.share(payment).get("amount"))
                .as("application.properties enables the sandbox")
                .isEqualTo("100");
        assertThatThrownBy(() -> production.share(payment))
                .isInstanceOfSatisfying(
                        SharingRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.UNKNOWN_RECIPIENT));
    }

    @Test
    void hasNoSalePurposeAndNoOtherPurposeThanTheClosedRegistry() {
        assertThat(Purpose.class.isEnum()).isTrue();
        assertThat(Arrays.stream(Purpose.values()).map(Purpose::name))
                .noneMatch(name -> name.contains("SALE") || name.contains("SELL") || name.contains("SOLD"))
                .as("adding a purpose changes this closed registry, and this test, in review")
                .containsExactly(
                        "ACCOUNT",
                        "MERCHANT_ONBOARDING",
                        "ORDER_FULFILMENT",
                        "PAYMENT",
                        "CUSTOMER_SERVICE",
                        "SECURITY",
                        "LEGAL_OBLIGATION",
                        "LOCATION",
                        "CAMERA",
                        "PHOTO_LIBRARY",
                        "MICROPHONE",
                        "CONTACTS",
                        "PERSONALISATION",
                        "MARKETING_EMAIL",
                        "MARKETING_SMS",
                        "MARKETING_PUSH",
                        "SHARING",
                        "ANALYTICS",
                        "CROSS_BORDER_TRANSFER",
                        "BIOMETRIC_IDENTIFICATION");
        assertThat(Arrays.stream(Purpose.values())
                        .map(purpose -> purpose.label().en()))
                .as("no purpose speaks of a sale (after-sales service is not one)")
                .noneMatch(label -> label.matches("(?i).*\\b(sale|sell|selling|sold)\\b.*"));
    }

    @Test
    void allowsOnlyRegisteredRecipientsPurposesAndCategories() {
        var registry = Recipients.registered(Region.MAINLAND_CHINA, true);
        AllowedFields.TABLE.forEach((use, fields) -> {
            var recipient = registry.recipient(use.recipient());
            assertThat(recipient).as("%s is registered", use.recipient()).isPresent();
            assertThat(recipient.get().purposes()).as("%s", use).contains(use.purpose());
            assertThat(recipient.get().categories()).as("%s", use).containsAll(fields.values());
        });
    }

    @Test
    void keepsTheLedgerOfAnErasedSubjectAndOwesEachRecipientANotice() {
        var buyer = SubjectId.random();
        gateway.share(merchantSees(buyer, "20261203-EEEE0001"));
        gateway.share(Disclosure.to("alipay", Purpose.PAYMENT, buyer, "20261203EEEE0001")
                .field("amount", Category.USER_TRANSACTION, "100"));

        transactions.executeWithoutResult(status -> events.publishEvent(new SubjectErased(buyer.value())));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(noticesOwed(buyer)).containsExactly("alipay", "merchants"));
        transactions.executeWithoutResult(status -> events.publishEvent(new SubjectErased(buyer.value())));
        await().during(Duration.ofMillis(300))
                .atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(noticesOwed(buyer)).hasSize(2));

        assertThat(ledger.of(buyer)).as("the ledger keeps its rows").hasSize(2);
    }

    private java.util.List<String> noticesOwed(SubjectId subject) {
        return jdbc.sql("select recipient from sharing.erasure_notice where subject_id = :subject order by 1")
                .param("subject", subject.value())
                .query(String.class)
                .list();
    }

    private static Disclosure merchantSees(SubjectId buyer, String number) {
        return Disclosure.to("merchants", Purpose.ORDER_FULFILMENT, buyer, number)
                .field("orderNumber", Category.USER_TRANSACTION, number);
    }
}
