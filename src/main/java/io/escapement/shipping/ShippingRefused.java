package io.escapement.shipping;

import io.escapement.language.WordedRefusal;
import org.springframework.http.HttpStatus;

/** A webhook call or a booking refused, worded for the reader (problem+json on the API). */
public class ShippingRefused extends WordedRefusal {

    ShippingRefused(HttpStatus status, String code, Object... arguments) {
        super(status, code, arguments);
    }
}
