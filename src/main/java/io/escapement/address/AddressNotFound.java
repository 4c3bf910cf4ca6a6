package io.escapement.address;

import org.springframework.http.HttpStatus;

/**
 * No such address in this buyer's book: it never existed, was deleted, or is someone else's. The
 * three answer alike (404), so an id tells nothing about other buyers.
 */
public class AddressNotFound extends AddressRefused {

    public AddressNotFound() {
        super(HttpStatus.NOT_FOUND, "address.notFound");
    }
}
