package io.escapement.invoice;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters of the code set
 * {@value #CHARSET} (no I, O, S, V, Z), the last one a check character computed from the first 17
 * with the weights 3<sup>i</sup> mod 31. A company's tax number on an invoice. Parsing accepts lower
 * case and surrounding blanks and keeps the upper-case form.
 */
public record CreditCode(@JsonValue String value) {

    /** The code set, in the order of the characters' values 0 to 30. */
    public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** The number of characters. */
    public static final int LENGTH = 18;

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        check(value);
    }

    /**
     * The code written in {@code text}.
     *
     * @throws InvoiceRefused when it is blank, not 18 characters, has a character outside the code
     *     set, or its check character is wrong
     */
    public static CreditCode parse(@Nullable String text) {
        var code = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new InvoiceRefused("invoice.title.creditCode.blank");
        }
        return new CreditCode(code);
    }

    /** The check character for the first 17 characters of a code (which must be in the code set). */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    private static void check(String code) {
        if (code.length() != LENGTH) {
            throw new InvoiceRefused("invoice.title.creditCode.length", LENGTH);
        }
        for (int i = 0; i < LENGTH; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                throw new InvoiceRefused("invoice.title.creditCode.character");
            }
        }
        if (checkCharacter(code) != code.charAt(LENGTH - 1)) {
            throw new InvoiceRefused("invoice.title.creditCode.check");
        }
    }

    /** The code with its middle hidden, as lists show it: {@code 9135**********0Y43}. */
    public String masked() {
        return value.substring(0, 4) + "**********" + value.substring(LENGTH - 4);
    }

    @Override
    public String toString() {
        return value;
    }
}
