package io.escapement.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps P-8: no field that looks like personal information escapes the data map. */
class PersonalDataDriftTests {

    @Test
    void everyPersonalLookingFieldOfTheApplicationIsDeclared() {
        var applicationClasses = DataMap.classesIn("io.escapement").stream()
                .filter(type -> !type.getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .getPath()
                        .contains("test-classes"))
                .toList();
        assertThat(applicationClasses).hasSizeGreaterThan(50);
        assertThat(PersonalDataDrift.undeclared(applicationClasses))
                .as("fields that look like personal information: declare them with @PersonalData,"
                        + " or mark them @NotPersonalData with the reason")
                .isEmpty();
    }

    @Test
    void catchesAnUndeclaredFieldByNameOrType() {
        record Shipment(String recipientMobile, PhoneNumber relay, String trackingNumber, String cityName) {}
        assertThat(PersonalDataDrift.undeclared(List.of(Shipment.class)))
                .containsExactlyInAnyOrder(
                        Shipment.class.getName() + ".recipientMobile",
                        Shipment.class.getName() + ".relay",
                        Shipment.class.getName() + ".cityName");
    }

    @Test
    void acceptsDeclaredAndExplainedFields() {
        record Declared(
                @PersonalData(category = Category.USER_CONTACT_PHONE, purposes = Purpose.ACCOUNT, retention = "P1M")
                PhoneNumber phone,

                @NotPersonalData("a brand's name") String brandName) {}
        assertThat(PersonalDataDrift.undeclared(List.of(Declared.class))).isEmpty();
    }
}
