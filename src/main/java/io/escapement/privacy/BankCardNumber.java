package io.escapement.privacy;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A bank card number (primary account number): 12 to 19 digits whose last digit is the Luhn
 * check digit.
 *
 * @param number the digits alone
 */
public record BankCardNumber(String number) implements Masked {

    private static final Pattern DIGITS = Pattern.compile("\\d{12,19}");
    private static final Pattern SEPARATORS = Pattern.compile("[ -]");

    public BankCardNumber {
        if (number == null || !DIGITS.matcher(number).matches()) {
            throw new InvalidPersonalData("personalData.bankCard.format");
        }
        if (!passesLuhnCheck(number)) {
            throw new InvalidPersonalData("personalData.bankCard.checksum");
        }
    }

    /**
     * Reads a card number as printed or typed, with or without spaces and hyphens between the digits.
     *
     * @throws InvalidPersonalData when {@code input} is {@code null} or blank, not 12 to 19 digits or
     *     fails the Luhn check
     */
    public static BankCardNumber parse(@Nullable String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidPersonalData("personalData.bankCard.blank");
        }
        return new BankCardNumber(SEPARATORS.matcher(input.strip()).replaceAll(""));
    }

    /** The last four digits, which are safe to show so the holder can tell cards apart. */
    public String lastFour() {
        return number.substring(number.length() - 4);
    }

    /** Four asterisks and the last four digits, e.g. {@code ****1234}, whatever the card's length. */
    @Override
    public String masked() {
        return "****" + lastFour();
    }

    @Override
    public String toString() {
        return masked();
    }

    private static boolean passesLuhnCheck(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit = digit > 4 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
