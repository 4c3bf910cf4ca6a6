package io.escapement.payment;

import io.escapement.language.WordedRefusal;
import org.springframework.http.HttpStatus;

/** A payment or a callback the payment module will not take; the status says why. */
public class PaymentRefused extends WordedRefusal {

    PaymentRefused(HttpStatus status, String code) {
        super(status, code);
    }
}
