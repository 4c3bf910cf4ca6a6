package io.escapement.privacy;

/**
 * Input that is not a valid personal-information value. The message says, in plain English fit to
 * show the user, what a valid value looks like; it never contains the rejected input, which may
 * itself be personal information.
 */
public class InvalidPersonalData extends IllegalArgumentException {

    public InvalidPersonalData(String message) {
        super(message);
    }
}
