package io.escapement.aftersales;

import io.escapement.language.WordedRefusal;
import org.springframework.http.HttpStatus;

/** A move the case's state does not allow, such as accepting twice or refunding before inspection: 409. */
public class IllegalReturnTransition extends WordedRefusal {

    IllegalReturnTransition(String code, Object... arguments) {
        super(HttpStatus.CONFLICT, code, arguments);
    }
}
