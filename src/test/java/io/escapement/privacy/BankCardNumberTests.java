package io.escapement.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.escapement.testing.Bundles;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BankCardNumberTests {

    private static final String WRONG_LENGTH =
            "A bank card number has 12 to 19 digits, which may be grouped with spaces or hyphens.";
    private static final String FAILS_CHECK =
            "This is not a valid bank card number. Please check it for typing mistakes.";

    @ParameterizedTest
    @CsvSource({
        "4111111111111111, 4111111111111111",
        "4111 1111 1111 1111, 4111111111111111",
        "4111-1111-1111-1111, 4111111111111111",
        "' 6205 5000 0000 0000 004 ', 6205500000000000004",
        "6200000000000005, 6200000000000005",
        "123456789015, 123456789015"
    })
    void readsCardNumbersWithOrWithoutSeparators(String input, String digits) {
        assertThat(BankCardNumber.parse(input).number()).isEqualTo(digits);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"41111111111", "41111111111111111111", "4111 1111 1111 111A", "4111_1111_1111_1111", "4111.1111"
            })
    void rejectsAnythingButTwelveToNineteenDigits(String input) {
        assertRejected(input, WRONG_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111112", "4111111111111121", "6205500000000000005", "123456789012"})
    void rejectsNumbersFailingTheLuhnCheck(String input) {
        assertRejected(input, FAILS_CHECK);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void asksForANumberWhenThereIsNone(String input) {
        assertThatExceptionOfType(InvalidPersonalData.class)
                .isThrownBy(() -> BankCardNumber.parse(input))
                .satisfies(refused -> assertThat(Bundles.english(refused)).isEqualTo("Enter a bank card number."));
    }

    @Test
    void constructsOnlyFromDigits() {
        assertThatExceptionOfType(InvalidPersonalData.class)
                .isThrownBy(() -> new BankCardNumber("4111 1111 1111 1111"))
                .satisfies(refused -> assertThat(Bundles.english(refused)).isEqualTo(WRONG_LENGTH));
    }

    @Test
    void showsOnlyTheLastFourDigits() {
        assertThat(BankCardNumber.parse("4111 1111 1111 1111").lastFour()).isEqualTo("1111");
        assertThat(BankCardNumber.parse("4111 1111 1111 1111").masked()).isEqualTo("****1111");
        assertThat(BankCardNumber.parse("6205500000000000004").masked()).isEqualTo("****0004");
        assertThat(BankCardNumber.parse("123456789015").masked()).isEqualTo("****9015");
    }

    @Test
    void printsOnlyTheMask() {
        var card = BankCardNumber.parse("6205500000000000004");

        assertThat(card.toString()).isEqualTo("****0004");
        assertThat(List.of(card).toString()).doesNotContain("62055");
    }

    private static void assertRejected(String input, String message) {
        assertThatExceptionOfType(InvalidPersonalData.class)
                .isThrownBy(() -> BankCardNumber.parse(input))
                .satisfies(refused -> assertThat(Bundles.english(refused)).isEqualTo(message))
                .withMessageNotContaining(input);
    }
}
