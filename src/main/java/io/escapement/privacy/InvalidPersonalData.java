package io.escapement.privacy;

import io.escapement.language.WordedRefusal;

/**
 * Input that is not a valid personal-information value. Its message key says what a valid value
 * looks like; neither the key nor its arguments ever contain the rejected input, which may itself
 * be personal information.
 */
public class InvalidPersonalData extends WordedRefusal {

    public InvalidPersonalData(String code, Object... arguments) {
        super(code, arguments);
    }
}
