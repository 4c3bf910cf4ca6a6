package io.escapement.payment.spi;

/**
 * A callback that does not verify: a bad or missing signature, a key that is not the provider's, a
 * body that cannot be read. Its message says why, for the security log; it never holds the body.
 */
public class ForgedCallback extends RuntimeException {

    public ForgedCallback(String why) {
        super(why);
    }

    public ForgedCallback(String why, Throwable cause) {
        super(why, cause);
    }
}
