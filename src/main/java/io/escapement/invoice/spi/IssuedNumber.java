package io.escapement.invoice.spi;

import java.util.Objects;

/**
 * What the tax bureau answers for an issued invoice.
 *
 * @param number the invoice number (发票号码), 20 digits for a fully digital e-invoice
 * @param code the invoice code (发票代码); the sandbox's starts with {@code SANDBOX}
 */
public record IssuedNumber(String number, String code) {

    public IssuedNumber {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(code, "code");
    }
}
