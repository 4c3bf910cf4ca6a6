package io.escapement.address;

import io.escapement.language.WordedRefusal;

/** An address the book refuses, with the message key that explains why (400 in the API). */
public class AddressRefused extends WordedRefusal {

    public AddressRefused(String code, Object... arguments) {
        super(code, arguments);
    }
}
