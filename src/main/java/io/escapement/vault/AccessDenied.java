package io.escapement.vault;

/** A read the data map, the consent check or the accessor's role does not allow. */
public class AccessDenied extends RuntimeException {

    public AccessDenied(String message) {
        super(message);
    }
}
