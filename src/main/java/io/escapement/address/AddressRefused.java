package io.escapement.address;

import io.escapement.language.WordedRefusal;
import org.springframework.http.HttpStatus;

/** An address the book refuses, with the message key that explains why (400 unless said otherwise). */
public class AddressRefused extends WordedRefusal {

    public AddressRefused(String code, Object... arguments) {
        super(code, arguments);
    }

    AddressRefused(HttpStatus status, String code) {
        super(status, code);
    }
}
