package io.escapement.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A mainland China mobile number in E.164 form, e.g. {@code +8613812345678}: {@code +86}, then 11
 * digits starting with 13 to 19.
 *
 * @param e164 the number in E.164 form; anything else is rejected with {@link InvalidPersonalData}
 */
public record PhoneNumber(String e164) implements Masked {

    private static final String NOT_A_MOBILE_NUMBER = "personalData.phone.invalid";

    private static final Pattern E164 = Pattern.compile("\\+861[3-9]\\d{9}");

    /** The country code (+86, 0086 or 86), then 3-4-4 digits; a space or hyphen may follow each part. */
    private static final Pattern INPUT =
            Pattern.compile("(?:(?:\\+|00)?86[ -]?)?(1[3-9]\\d)[ -]?(\\d{4})[ -]?(\\d{4})");

    public PhoneNumber {
        if (e164 == null || !E164.matcher(e164).matches()) {
            throw new InvalidPersonalData(NOT_A_MOBILE_NUMBER);
        }
    }

    /**
     * Reads a mobile number as people write it: {@code 13812345678}, {@code 138 1234 5678},
     * {@code 138-1234-5678}, or with the country code as {@code +86}, {@code 0086} or {@code 86}.
     *
     * @throws InvalidPersonalData when {@code input} is {@code null}, blank, a landline or otherwise not a
     *     mainland mobile number
     */
    public static PhoneNumber parse(@Nullable String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidPersonalData("personalData.phone.blank");
        }
        Matcher matcher = INPUT.matcher(input.strip());
        if (!matcher.matches()) {
            throw new InvalidPersonalData(NOT_A_MOBILE_NUMBER);
        }
        return new PhoneNumber("+86" + matcher.group(1) + matcher.group(2) + matcher.group(3));
    }

    /** The 11 digits without the country code, e.g. {@code 13812345678}. */
    public String nationalNumber() {
        return e164.substring(3);
    }

    /** The E.164 form, the input to blind indexes: equal numbers however they were typed. */
    public String normalized() {
        return e164;
    }

    /** The first three and last four digits, e.g. {@code 138****5678}. */
    @Override
    public String masked() {
        return Masking.keepEnds(nationalNumber(), 3, 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
