package io.escapement.invoice;

import io.escapement.language.WordedRefusal;
import org.springframework.http.HttpStatus;

/** Input the invoice module refuses, with the message key that explains why (400 unless said otherwise). */
public class InvoiceRefused extends WordedRefusal {

    public InvoiceRefused(String code, Object... arguments) {
        super(code, arguments);
    }

    InvoiceRefused(HttpStatus status, String code, Object... arguments) {
        super(status, code, arguments);
    }

    /** No such title, order or invoice of this buyer: unknown, deleted or someone else's alike (404). */
    static InvoiceRefused notFound(String code) {
        return new InvoiceRefused(HttpStatus.NOT_FOUND, code);
    }
}
