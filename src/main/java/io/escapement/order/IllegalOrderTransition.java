package io.escapement.order;

import io.escapement.language.WordedRefusal;

/** A move that the order's states do not allow, such as paying a closed order or refunding twice. */
public class IllegalOrderTransition extends WordedRefusal {

    IllegalOrderTransition(String code, Object... arguments) {
        super(code, arguments);
    }
}
