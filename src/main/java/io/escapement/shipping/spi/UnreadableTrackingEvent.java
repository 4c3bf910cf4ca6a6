package io.escapement.shipping.spi;

/** A signed webhook call whose body is not the carrier's format: malformed JSON, missing fields. */
public class UnreadableTrackingEvent extends RuntimeException {

    public UnreadableTrackingEvent(String why, Throwable cause) {
        super(why, cause);
    }
}
