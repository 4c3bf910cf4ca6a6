package io.escapement.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escapement.privacy.Category;
import io.escapement.privacy.DataMap;
import io.escapement.privacy.Purpose;
import io.escapement.privacy.Region;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Keeps S-2 and R-1 as far as the registry goes: unregistered recipients get nothing, and cross-border is flagged. */
class RecipientsTests {

    static final Recipients RECIPIENTS = Recipients.registered(Region.MAINLAND_CHINA);

    @Test
    void registersTheCourierPaymentSmsHostingAndBrandPartners() {
        assertThat(RECIPIENTS.all())
                .extracting(Recipient::id)
                .contains(
                        "sf-express",
                        "alipay",
                        "wechat-pay",
                        "unionpay",
                        "sms-gateway",
                        "cloud-hosting",
                        "brand-service-switzerland");
        assertThat(RECIPIENTS.recipient("sf-express").orElseThrow().company()).isEqualTo("顺丰速运有限公司");
    }

    @Test
    void refusesEverythingToAnUnregisteredRecipient() {
        for (var purpose : Purpose.values()) {
            for (var category : Category.values()) {
                assertThat(RECIPIENTS.mayReceive("jd-logistics", purpose, category))
                        .as("%s / %s", purpose, category)
                        .isFalse();
            }
        }
        assertThatThrownBy(() -> RECIPIENTS.isCrossBorder("jd-logistics"))
                .isInstanceOf(Recipients.UnknownRecipient.class)
                .hasMessageContaining("'jd-logistics' is registered");
    }

    @Test
    void letsARecipientReceiveOnlyItsCategoriesForItsPurposes() {
        assertThat(RECIPIENTS.mayReceive("sf-express", Purpose.ORDER_FULFILMENT, Category.USER_CONTACT_ADDRESS))
                .isTrue();
        assertThat(RECIPIENTS.mayReceive("sf-express", Purpose.MARKETING_SMS, Category.USER_CONTACT_PHONE))
                .isFalse();
        assertThat(RECIPIENTS.mayReceive("sf-express", Purpose.ORDER_FULFILMENT, Category.USER_GOVERNMENT_ID))
                .isFalse();
        assertThat(RECIPIENTS.mayReceive("alipay", Purpose.PAYMENT, Category.USER_TRANSACTION))
                .isTrue();
        assertThat(RECIPIENTS.mayReceive("alipay", Purpose.PAYMENT, Category.USER_CONTACT_ADDRESS))
                .as("payment providers get the order number and amount, never the address")
                .isFalse();
    }

    @Test
    void flagsRecipientsOutsideTheResidencyRegionAsCrossBorder() {
        assertThat(RECIPIENTS.isCrossBorder("brand-service-switzerland")).isTrue();
        assertThat(RECIPIENTS.isCrossBorder("sf-express")).isFalse();
        var fromHongKong = Recipients.registered(Region.HONG_KONG);
        assertThat(fromHongKong.isCrossBorder("sf-express")).isTrue();
        assertThat(fromHongKong.mayReceive("sf-express", Purpose.ORDER_FULFILMENT, Category.USER_CONTACT_ADDRESS))
                .as("a cross-border recipient not registered for cross-border transfer gets nothing")
                .isFalse();
    }

    @Test
    void letsACrossBorderRecipientReceiveOnlyWhenRegisteredForCrossBorderTransfer() {
        assertThat(RECIPIENTS.mayReceive(
                        "brand-service-switzerland", Purpose.ORDER_FULFILMENT, Category.USER_CONTACT_EMAIL))
                .isTrue();
        var unregistered = new Recipients(
                Region.MAINLAND_CHINA,
                List.of(new Recipient(
                        "overseas-lab",
                        "境外鉴定实验室",
                        "Overseas lab",
                        "Lab SA",
                        Region.OVERSEAS,
                        RecipientKind.PROCESSOR,
                        Set.of(Purpose.ORDER_FULFILMENT),
                        Set.of(Category.USER_NAME))));
        assertThat(unregistered.mayReceive("overseas-lab", Purpose.ORDER_FULFILMENT, Category.USER_NAME))
                .isFalse();
    }

    @Test
    void registersThePaymentSandboxOnlyWhenItIsEnabledAndThePolicyCallsItASandbox() {
        var development = Recipients.registered(Region.MAINLAND_CHINA, true);
        var production = Recipients.registered(Region.MAINLAND_CHINA, false);

        assertThat(development.recipient("sandbox")).contains(Recipients.SANDBOX);
        assertThat(development.mayReceive("sandbox", Purpose.PAYMENT, Category.USER_TRANSACTION))
                .isTrue();
        assertThat(development.mayReceive("sandbox", Purpose.PAYMENT, Category.USER_CONTACT_PHONE))
                .isFalse();
        assertThat(production.recipient("sandbox")).isEmpty();
        assertThat(production.mayReceive("sandbox", Purpose.PAYMENT, Category.USER_TRANSACTION))
                .isFalse();

        var classes = PolicyDriftTests.applicationClasses();
        var dataMap = DataMap.of(classes);
        var cookies = CookieInventory.of(classes);
        for (var language : PolicyLanguage.values()) {
            var withSandbox = String.join(
                    "\n",
                    new PrivacyPolicy(dataMap, cookies, development, Sdks.registered(), PolicyDriftTests.CONTACT)
                            .document(PolicyDriftTests.VERSION, language)
                            .units());
            var withoutSandbox = String.join(
                    "\n",
                    new PrivacyPolicy(dataMap, cookies, production, Sdks.registered(), PolicyDriftTests.CONTACT)
                            .document(PolicyDriftTests.VERSION, language)
                            .units());
            var sandbox = language == PolicyLanguage.ZH_CN
                    ? "支付沙箱（仅用于开发与测试）"
                    : "Payment sandbox (development and testing only)";
            assertThat(withSandbox).contains(sandbox);
            assertThat(withoutSandbox).doesNotContain(sandbox, "沙箱", "sandbox");
        }
    }
}
