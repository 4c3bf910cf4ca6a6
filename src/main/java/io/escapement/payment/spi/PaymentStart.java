package io.escapement.payment.spi;

import java.net.URI;
import java.util.Map;

/**
 * Where the buyer's browser goes to pay: a page to open, or a form to post to the provider
 * (Alipay's and UnionPay's signed forms).
 *
 * @param target the provider's page or gateway URL
 * @param formFields the signed form to post to {@code target}; empty when the browser just opens it
 */
public record PaymentStart(URI target, Map<String, String> formFields) {

    public PaymentStart {
        formFields = Map.copyOf(formFields);
    }

    /** A page the browser opens with a GET. */
    public static PaymentStart redirect(URI target) {
        return new PaymentStart(target, Map.of());
    }

    /** A form the browser posts to the provider. */
    public static PaymentStart form(URI target, Map<String, String> fields) {
        return new PaymentStart(target, fields);
    }

    public boolean isForm() {
        return !formFields.isEmpty();
    }
}
