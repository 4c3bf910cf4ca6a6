package io.escapement.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.escapement.merchant.MerchantContact;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataMapTests {

    static final DataMap MAP = DataMap.scan("io.escapement");

    @Test
    void listsEveryDeclaredFieldWithCategoryGradePurposesAndRetention() {
        var phone = MAP.field(MerchantContact.class, "phone");
        assertThat(phone.key()).isEqualTo("merchant.MerchantContact.phone");
        assertThat(phone.category()).isEqualTo(Category.USER_CONTACT_PHONE);
        assertThat(phone.category().grade()).isEqualTo(3);
        assertThat(phone.purposes()).contains(Purpose.CUSTOMER_SERVICE);
        assertThat(phone.retention()).isEqualTo(Period.ofYears(3));
        assertThat(phone.lookup()).isTrue();
        assertThat(MAP.fields()).extracting(DeclaredField::key).contains("merchant.MerchantContact.name");
    }

    @Test
    void gradesSensitiveCategoriesHigher() {
        assertThat(Category.USER_GOVERNMENT_ID.isSensitive()).isTrue();
        assertThat(Category.USER_GOVERNMENT_ID.grade()).isEqualTo(4);
        assertThat(Category.ofCode("user.biometric")).isEqualTo(Category.USER_BIOMETRIC);
    }

    @Test
    void refusesSensitiveDataForMarketing() {
        record Profile(
                @PersonalData(
                        category = Category.USER_GOVERNMENT_ID,
                        purposes = Purpose.MARKETING_SMS,
                        retention = "P1M")
                ResidentId id) {}
        assertThatIllegalStateException()
                .isThrownBy(() -> DataMap.of(List.of(Profile.class)))
                .withMessageContaining("may not be used for marketing");
    }

    @Test
    void refusesTwoFieldsUnderOneKey() {
        Class<?> shop;
        Class<?> outbox;
        {
            record Card(
                    @PersonalData(category = Category.USER_NAME, purposes = Purpose.ACCOUNT, retention = "P1M")
                    PersonName to) {}
            shop = Card.class;
        }
        {
            record Card(
                    @PersonalData(category = Category.USER_CONTACT_PHONE, purposes = Purpose.ACCOUNT, retention = "P1M")
                    PhoneNumber to) {}
            outbox = Card.class;
        }
        assertThatIllegalStateException()
                .isThrownBy(() -> DataMap.of(List.of(shop, outbox)))
                .withMessageContaining("privacy.Card.to is declared by both");
    }

    @Test
    void refusesARetentionThatIsNotAPeriod() {
        record Profile(
                @PersonalData(category = Category.USER_NAME, purposes = Purpose.ACCOUNT, retention = "forever")
                PersonName name) {}
        assertThatIllegalStateException()
                .isThrownBy(() -> DataMap.of(List.of(Profile.class)))
                .withMessageContaining("not an ISO-8601 period");
    }

    @Test
    void namesAFieldThatIsNotDeclared() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MAP.field(MerchantContact.class, "fax"))
                .isInstanceOf(UndeclaredPersonalData.class)
                .hasMessageContaining("MerchantContact.fax");
    }
}
