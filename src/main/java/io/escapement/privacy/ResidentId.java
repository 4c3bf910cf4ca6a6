package io.escapement.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An 18-character PRC resident identity card number (GB 11643-1999): a six-digit region code, the
 * date of birth as {@code YYYYMMDD}, a three-digit sequence whose last digit gives the sex, and a
 * MOD 11-2 check character, a digit or {@code X}.
 *
 * @param number the 18 characters with an upper-case {@code X}; an invalid number is rejected with
 *     {@link InvalidPersonalData}
 */
public record ResidentId(String number) implements Masked {

    /** The holder's sex, as the 17th digit records it: odd for male, even for female. */
    public enum Sex {
        MALE,
        FEMALE
    }

    private static final Pattern FORMAT = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    private static final ZoneId CHINA = China.TIME_ZONE;

    public ResidentId {
        if (number == null || !FORMAT.matcher(number).matches()) {
            throw new InvalidPersonalData("personalData.residentId.format");
        }
        if (!isProvinceLevelCode(Integer.parseInt(number.substring(0, 2)))) {
            throw new InvalidPersonalData("personalData.residentId.region");
        }
        if (!hasPlausibleBirthDate(number)) {
            throw new InvalidPersonalData("personalData.residentId.birthDate");
        }
        if (number.charAt(17) != checkCharacter(number)) {
            throw new InvalidPersonalData("personalData.residentId.checkCharacter");
        }
    }

    /**
     * Reads a resident identity card number, ignoring surrounding spaces and accepting a lower-case
     * {@code x}.
     *
     * @throws InvalidPersonalData when {@code input} is {@code null} or blank, is not 17 digits then a
     *     digit or X, has no valid region, birth date or check character
     */
    public static ResidentId parse(@Nullable String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidPersonalData("personalData.residentId.blank");
        }
        return new ResidentId(input.strip().toUpperCase(Locale.ROOT));
    }

    /** The date of birth in digits 7 to 14. */
    public LocalDate birthDate() {
        return birthDateIn(number);
    }

    public Sex sex() {
        return (number.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /**
     * The holder's age in whole years on {@code day}.
     *
     * @throws IllegalArgumentException when {@code day} is before the date of birth
     */
    public int ageOn(LocalDate day) {
        LocalDate birthDate = birthDate();
        if (day.isBefore(birthDate)) {
            throw new IllegalArgumentException("The day is before the holder was born.");
        }
        return Period.between(birthDate, day).getYears();
    }

    /** The number with an upper-case X: the input to blind indexes. */
    public String normalized() {
        return number;
    }

    /** The first three and last four characters, e.g. {@code 110***********1234}. */
    @Override
    public String masked() {
        return Masking.keepEnds(number, 3, 4);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static boolean isProvinceLevelCode(int code) {
        return between(code, 11, 15)
                || between(code, 21, 23)
                || between(code, 31, 37)
                || between(code, 41, 46)
                || between(code, 50, 54)
                || between(code, 61, 65)
                || code == 71
                || code == 81
                || code == 82;
    }

    private static boolean between(int value, int first, int last) {
        return value >= first && value <= last;
    }

    private static boolean hasPlausibleBirthDate(String number) {
        try {
            LocalDate birthDate = birthDateIn(number);
            return !birthDate.isBefore(EARLIEST_BIRTH_DATE) && !birthDate.isAfter(LocalDate.now(CHINA));
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static LocalDate birthDateIn(String number) {
        return LocalDate.of(
                Integer.parseInt(number.substring(6, 10)),
                Integer.parseInt(number.substring(10, 12)),
                Integer.parseInt(number.substring(12, 14)));
    }

    private static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }
}
