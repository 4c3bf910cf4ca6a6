package io.escapement.consent;

/** A consent request that cannot be recorded; the message explains why and what to do instead. */
public class ConsentRefused extends IllegalArgumentException {

    public ConsentRefused(String message) {
        super(message);
    }
}
