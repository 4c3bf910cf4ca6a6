package io.escapement.aftersales;

import io.escapement.language.WordedRefusal;
import org.springframework.http.HttpStatus;

/** A return request or decision refused: 400 for bad input, 404 for what the reader may not see, 409. */
public class ReturnRefused extends WordedRefusal {

    ReturnRefused(HttpStatus status, String code, Object... arguments) {
        super(status, code, arguments);
    }

    /** Bad input, such as an over-long reason or a refund above what is refundable: 400. */
    static ReturnRefused invalid(String code, Object... arguments) {
        return new ReturnRefused(HttpStatus.BAD_REQUEST, code, arguments);
    }

    /** No such case or order for this reader: 404. */
    static ReturnRefused notFound() {
        return new ReturnRefused(HttpStatus.NOT_FOUND, "aftersales.notFound");
    }

    /** A conflict with what exists, such as a second open case: 409. */
    static ReturnRefused conflict(String code, Object... arguments) {
        return new ReturnRefused(HttpStatus.CONFLICT, code, arguments);
    }
}
