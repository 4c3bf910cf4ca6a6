package io.escapement.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.escapement.testing.Bundles;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTests {

    private static final String NOT_A_MOBILE_NUMBER =
            "A mainland mobile number has 11 digits and starts with 13–19, such as 13812345678.";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "13812345678",
                "138 1234 5678",
                "138-1234-5678",
                "+86 138 1234 5678",
                "+8613812345678",
                "+86-138-1234-5678",
                "008613812345678",
                "0086 138 1234 5678",
                "86-13812345678",
                "8613812345678",
                "  13812345678\t"
            })
    void readsTheWaysPeopleWriteAMobileNumber(String input) {
        assertThat(PhoneNumber.parse(input).e164()).isEqualTo("+8613812345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"13", "14", "15", "16", "17", "18", "19"})
    void acceptsEveryMobilePrefix(String prefix) {
        assertThat(PhoneNumber.parse(prefix + "987654321").nationalNumber()).isEqualTo(prefix + "987654321");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "010-62345678",
                "02162345678",
                "0755 2345 6789",
                "1391234567",
                "139123456789",
                "12912345678",
                "10912345678",
                "23912345678",
                "1391234567a",
                "139 12345 678",
                "139.1234.5678",
                "+1 415 555 0100",
                "+852 9123 4567",
                "+87 139 1234 5678",
                "１３９１２３４５６７８",
                "phone: 13912345678"
            })
    void rejectsWhatIsNotAMainlandMobileNumber(String input) {
        assertThatExceptionOfType(InvalidPersonalData.class)
                .isThrownBy(() -> PhoneNumber.parse(input))
                .satisfies(refused -> assertThat(Bundles.english(refused)).isEqualTo(NOT_A_MOBILE_NUMBER))
                .withMessageNotContaining(input.strip());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void asksForANumberWhenThereIsNone(String input) {
        assertThatExceptionOfType(InvalidPersonalData.class)
                .isThrownBy(() -> PhoneNumber.parse(input))
                .satisfies(refused ->
                        assertThat(Bundles.english(refused)).isEqualTo("Enter a mobile number, such as 13812345678."));
    }

    @Test
    void constructsOnlyFromTheE164Form() {
        assertThat(new PhoneNumber("+8613987654321").nationalNumber()).isEqualTo("13987654321");
        assertThatExceptionOfType(InvalidPersonalData.class)
                .isThrownBy(() -> new PhoneNumber("13987654321"))
                .satisfies(refused -> assertThat(Bundles.english(refused)).isEqualTo(NOT_A_MOBILE_NUMBER));
        assertThatExceptionOfType(InvalidPersonalData.class)
                .isThrownBy(() -> new PhoneNumber("+8612987654321"))
                .satisfies(refused -> assertThat(Bundles.english(refused)).isEqualTo(NOT_A_MOBILE_NUMBER));
    }

    @Test
    void normalisesEveryFormToE164() {
        var typed = PhoneNumber.parse("0086 139-8765-4321");

        assertThat(typed.normalized()).isEqualTo("+8613987654321");
        assertThat(typed).isEqualTo(PhoneNumber.parse("13987654321"));
    }

    @Test
    void showsOnlyTheFirstThreeAndLastFourDigits() {
        assertThat(PhoneNumber.parse("+86 139 8765 4321").masked()).isEqualTo("139****4321");
    }

    @Test
    void printsOnlyTheMask() {
        var phone = PhoneNumber.parse("13987654321");

        assertThat(phone.toString()).isEqualTo("139****4321");
        assertThat("Code sent to " + phone).isEqualTo("Code sent to 139****4321");
        assertThat(List.of(phone).toString()).doesNotContain("8765");
    }
}
