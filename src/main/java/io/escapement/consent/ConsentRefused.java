package io.escapement.consent;

import io.escapement.language.WordedRefusal;

/** A consent request that cannot be recorded; its message key explains why and what to do instead. */
public class ConsentRefused extends WordedRefusal {

    public ConsentRefused(String code, Object... arguments) {
        super(code, arguments);
    }
}
