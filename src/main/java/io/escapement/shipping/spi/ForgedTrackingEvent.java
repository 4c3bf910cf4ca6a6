package io.escapement.shipping.spi;

/**
 * A webhook call that does not verify: a bad or missing signature, a key that is not the
 * carrier's, a timestamp too far off. Its message says why, for the security log; never the body.
 */
public class ForgedTrackingEvent extends RuntimeException {

    public ForgedTrackingEvent(String why) {
        super(why);
    }
}
