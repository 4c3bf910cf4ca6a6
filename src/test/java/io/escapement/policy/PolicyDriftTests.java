package io.escapement.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.escapement.privacy.Category;
import io.escapement.privacy.CookieCategory;
import io.escapement.privacy.DataMap;
import io.escapement.privacy.DeclaredCookie;
import io.escapement.privacy.DeclaredField;
import io.escapement.privacy.PersonalData;
import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.Purpose;
import io.escapement.privacy.Region;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Keeps N-4: the build fails when the code declares a personal-data field, purpose, recipient,
 * SDK or cookie that the generated policy would not show, in either language.
 */
class PolicyDriftTests {

    static final PolicyProperties.Contact CONTACT = new PolicyProperties.Contact(
            "擒纵（上海）信息科技有限公司",
            "上海市静安区示例路 88 号 20 楼",
            "service@escapement.example",
            "400-000-0000",
            "privacy@escapement.example",
            15);

    static final PolicyVersion VERSION = new PolicyVersion(
            1,
            PolicyVersion.Status.PUBLISHED,
            Instant.parse("2026-11-01T00:00:00Z"),
            Instant.parse("2026-11-08T00:00:00Z"),
            Set.of(),
            false,
            "首个版本。",
            "The first version.");

    /** The application's own classes, as the running application scans them. */
    static List<Class<?>> applicationClasses() {
        return DataMap.classesIn("io.escapement").stream()
                .filter(type -> !type.isLocalClass() && !type.isAnonymousClass())
                .filter(type -> !type.getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .getPath()
                        .contains("test-classes"))
                .toList();
    }

    @ParameterizedTest
    @EnumSource(PolicyLanguage.class)
    void showsEverythingTheCodeDeclares(PolicyLanguage language) {
        var classes = applicationClasses();
        var dataMap = DataMap.of(classes);
        var cookies = CookieInventory.of(classes);
        var recipients = Recipients.registered(Region.MAINLAND_CHINA);
        var sdks = Sdks.registered();
        assertThat(dataMap.fields()).isNotEmpty();
        assertThat(cookies.cookies()).isNotEmpty();

        var document = new PrivacyPolicy(dataMap, cookies, recipients, sdks, CONTACT).document(VERSION, language);

        assertThat(new PolicyCoverage(dataMap, cookies, recipients, sdks).omissions(document))
                .as("declarations the generated policy (%s) leaves out", language.tag())
                .isEmpty();
    }

    @Test
    void namesEveryDeclaredFieldForPeopleInBothLanguagesAndEachDifferently() {
        var fields = DataMap.of(applicationClasses()).fields();
        assertThat(fields)
                .as("fields without a label in privacy/data-labels_zh.properties and _en.properties")
                .allMatch(DeclaredField::labelled);
        assertThat(fields.stream().map(field -> field.label().zh()).distinct())
                .as("one Chinese label each")
                .hasSize(fields.size());
        assertThat(fields.stream().map(field -> field.label().en()).distinct())
                .as("one English label each")
                .hasSize(fields.size());
        assertThat(fields)
                .as("a label is not the key")
                .noneMatch(field -> field.label().zh().contains(field.key())
                        || field.label().en().contains(field.key()));
    }

    @Test
    void showsPeopleTheLabelsNotTheFieldKeys() {
        var classes = applicationClasses();
        var dataMap = DataMap.of(classes);
        for (var language : PolicyLanguage.values()) {
            var document = new PrivacyPolicy(
                            dataMap,
                            CookieInventory.of(classes),
                            Recipients.registered(Region.MAINLAND_CHINA),
                            Sdks.registered(),
                            CONTACT)
                    .document(VERSION, language);
            var text = String.join("\n", document.units());
            assertThat(text)
                    .contains(
                            language == PolicyLanguage.ZH_CN
                                    ? "实名认证的身份证号码"
                                    : "The ID card number of your real-name verification");
            assertThat(dataMap.fields()).allSatisfy(field -> assertThat(text).doesNotContain(field.key()));
        }
    }

    @ParameterizedTest
    @EnumSource(PolicyLanguage.class)
    void catchesAFieldAndACookieTheGeneratorWasNotGiven(PolicyLanguage language) {
        record WarrantyCard(
                @PersonalData(
                        category = Category.USER_CONTACT_PHONE,
                        purposes = Purpose.CUSTOMER_SERVICE,
                        retention = "P2Y")
                PhoneNumber ownerPhone) {
            @DeclaredCookie(
                    category = CookieCategory.ANALYTICS,
                    lifetime = "P90D",
                    purposeZh = "统计保修卡页面的访问。",
                    purposeEn = "Counts visits to warranty card pages.")
            static final String COOKIE = "escapement_warranty_visits";
        }
        var classes = new ArrayList<Class<?>>(applicationClasses());
        var withoutFixture = List.copyOf(classes);
        classes.add(WarrantyCard.class);
        var declared = DataMap.of(classes);
        var declaredCookies = CookieInventory.of(classes);
        var recipients = Recipients.registered(Region.MAINLAND_CHINA);
        var sdks = Sdks.registered();
        var check = new PolicyCoverage(declared, declaredCookies, recipients, sdks);

        var stale = new PrivacyPolicy(
                        DataMap.of(withoutFixture), CookieInventory.of(withoutFixture), recipients, sdks, CONTACT)
                .document(VERSION, language);
        var fresh = new PrivacyPolicy(declared, declaredCookies, recipients, sdks, CONTACT).document(VERSION, language);

        assertThat(check.omissions(stale))
                .hasSize(2)
                .anySatisfy(omission -> assertThat(omission).contains("policy.WarrantyCard.ownerPhone"))
                .anySatisfy(omission -> assertThat(omission).contains("escapement_warranty_visits"));
        assertThat(check.omissions(fresh)).isEmpty();
        assertThat(String.join("\n", fresh.units()))
                .as("an analytics cookie is announced as consent-based")
                .contains(
                        language == PolicyLanguage.ZH_CN
                                ? "统计分析类 Cookie 只在您同意"
                                : "Analytics cookies are set only after");
    }

    @ParameterizedTest
    @EnumSource(PolicyLanguage.class)
    void catchesAGeneratorThatDropsARecipientOrAnSdk(PolicyLanguage language) {
        var classes = applicationClasses();
        var dataMap = DataMap.of(classes);
        var cookies = CookieInventory.of(classes);
        var everyone = Recipients.registered(Region.MAINLAND_CHINA);
        var fewer = new Recipients(
                Region.MAINLAND_CHINA,
                Recipients.REGISTERED.stream()
                        .filter(recipient -> !recipient.id().equals("sf-express"))
                        .toList());
        var fewerSdks = new Sdks(Sdks.REGISTERED.subList(1, Sdks.REGISTERED.size()));

        var document = new PrivacyPolicy(dataMap, cookies, fewer, fewerSdks, CONTACT).document(VERSION, language);

        assertThat(new PolicyCoverage(dataMap, cookies, everyone, Sdks.registered()).omissions(document))
                .containsExactlyInAnyOrder(
                        "recipient sf-express (" + (language == PolicyLanguage.ZH_CN ? "顺丰速运" : "SF Express") + ")",
                        "SDK xiaoneng-customer-service ("
                                + (language == PolicyLanguage.ZH_CN ? "小能客服SDK" : "Xiaoneng customer service SDK")
                                + ")");
    }
}
