package io.escapement.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.escapement.privacy.ResidentId.Sex;
import io.escapement.testing.Bundles;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdTests {

    /** The sample number published with GB 11643-1999. */
    private static final String SAMPLE = "11010519491231002X";

    private static final String WRONG_FORMAT =
            "A resident identity card number has 18 characters: 17 digits, then a digit or the letter X.";
    private static final String UNKNOWN_REGION = "The first two digits of a resident identity card number are the"
            + " code of a province, and these match none. Please check the number.";
    private static final String IMPOSSIBLE_BIRTH_DATE = "Digits 7 to 14 of a resident identity card number are the"
            + " date of birth, and these are not a real date between 1900 and today. Please check the number.";
    private static final String WRONG_CHECK_CHARACTER = "The last character of a resident identity card number is a"
            + " check on the others, and it does not match. Please check the number for typing mistakes.";

    @Test
    void computesCheckCharactersLikeTheStandardSample() {
        assertThat(withCheckCharacter("11010519491231002")).isEqualTo(SAMPLE);
    }

    @Test
    void acceptsTheStandardSample() {
        var id = ResidentId.parse(SAMPLE);

        assertThat(id.number()).isEqualTo(SAMPLE);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void trimsAndUpperCasesTheCheckCharacter() {
        assertThat(ResidentId.parse(" 11010519491231002x ").number()).isEqualTo(SAMPLE);
    }

    @Test
    void readsBirthDateAndSex() {
        var id = ResidentId.parse(withCheckCharacter("44030819990101123"));

        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1999, 1, 1));
        assertThat(id.sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void countsAgeInWholeYears() {
        var id = ResidentId.parse(withCheckCharacter("44030820000229123"));

        assertThat(id.ageOn(LocalDate.of(2000, 2, 29))).isZero();
        assertThat(id.ageOn(LocalDate.of(2018, 2, 28))).isEqualTo(17);
        assertThat(id.ageOn(LocalDate.of(2018, 3, 1))).isEqualTo(18);
        assertThatIllegalArgumentException().isThrownBy(() -> id.ageOn(LocalDate.of(2000, 2, 28)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42",
                "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82"
            })
    void acceptsEveryProvinceLevelRegion(String code) {
        var number = withCheckCharacter(code + "010219800101002");

        assertThat(ResidentId.parse(number).number()).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "00", "10", "16", "20", "24", "30", "38", "40", "47", "49", "55", "60", "66", "70", "72", "80", "83",
                "91", "99"
            })
    void rejectsUnknownRegions(String code) {
        assertRejected(withCheckCharacter(code + "010219800101002"), UNKNOWN_REGION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"19490230", "19491301", "19490100", "19000229", "18991231", "20990101"})
    void rejectsImpossibleBirthDates(String birthDate) {
        assertRejected(withCheckCharacter("440308" + birthDate + "123"), IMPOSSIBLE_BIRTH_DATE);
    }

    @Test
    void acceptsBirthDatesFrom1900UntilToday() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        assertThat(ResidentId.parse(withCheckCharacter("44030819000101123")).birthDate())
                .isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(ResidentId.parse(withCheckCharacter("440308" + yyyyMMdd(today) + "123"))
                        .birthDate())
                .isEqualTo(today);
        assertRejected(withCheckCharacter("440308" + yyyyMMdd(today.plusDays(2)) + "123"), IMPOSSIBLE_BIRTH_DATE);
    }

    @Test
    void rejectsAWrongCheckCharacter() {
        var valid = withCheckCharacter("44030819990101123");
        var mistyped = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');

        assertRejected(mistyped, WRONG_CHECK_CHARACTER);
        assertRejected("11010519491231002" + "1", WRONG_CHECK_CHARACTER);
    }

    @Test
    void rejectsTwoDigitsSwapped() {
        assertRejected("11010519491231200X", WRONG_CHECK_CHARACTER);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1101051949123100",
                "11010519491231002XX",
                "110105491231002",
                "A1010519491231002X",
                "1101051949123100X2",
                "11010519491231002Y",
                "110105 19491231 002X",
                "１１０１０５１９４９１２３１００２X"
            })
    void rejectsAnythingButSeventeenDigitsAndACheckCharacter(String input) {
        assertRejected(input, WRONG_FORMAT);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void asksForANumberWhenThereIsNone(String input) {
        assertThatExceptionOfType(InvalidPersonalData.class)
                .isThrownBy(() -> ResidentId.parse(input))
                .satisfies(refused -> assertThat(Bundles.english(refused))
                        .isEqualTo("Enter an 18-character resident identity card number."));
    }

    @Test
    void constructsOnlyFromTheUpperCaseForm() {
        assertThatExceptionOfType(InvalidPersonalData.class)
                .isThrownBy(() -> new ResidentId("11010519491231002x"))
                .satisfies(refused -> assertThat(Bundles.english(refused)).isEqualTo(WRONG_FORMAT));
    }

    @Test
    void normalisesToUpperCase() {
        assertThat(ResidentId.parse("11010519491231002x").normalized()).isEqualTo(SAMPLE);
    }

    @Test
    void showsOnlyTheFirstThreeAndLastFourCharacters() {
        assertThat(ResidentId.parse(SAMPLE).masked()).isEqualTo("110***********002X");
        assertThat(ResidentId.parse(withCheckCharacter("44030819990101123")).masked())
                .isEqualTo("440***********123"
                        + withCheckCharacter("44030819990101123").charAt(17));
    }

    @Test
    void printsOnlyTheMask() {
        var id = ResidentId.parse(SAMPLE);

        assertThat(id.toString()).isEqualTo("110***********002X");
        assertThat(List.of(id).toString()).doesNotContain("19491231");
    }

    private static void assertRejected(String input, String message) {
        assertThatExceptionOfType(InvalidPersonalData.class)
                .isThrownBy(() -> ResidentId.parse(input))
                .satisfies(refused -> assertThat(Bundles.english(refused)).isEqualTo(message))
                .withMessageNotContaining(input);
    }

    private static String yyyyMMdd(LocalDate day) {
        return day.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    /**
     * Appends the ISO 7064 MOD 11-2 check character, from its definition rather than the standard's
     * table: the i-th character from the right weighs 2^(i-1) mod 11, and the check character makes
     * the weighted sum 1 mod 11, 10 being written X.
     */
    private static String withCheckCharacter(String seventeenDigits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (seventeenDigits.charAt(i) - '0') * ((1 << (17 - i)) % 11);
        }
        int check = (12 - sum % 11) % 11;
        return seventeenDigits + (check == 10 ? "X" : String.valueOf(check));
    }
}
