package io.escapement.account.signin;

import java.time.Duration;

/**
 * A code was asked for too soon or too often, for this recipient, from this client or from
 * everyone; answered with 429 and Retry-After, and explained by the message key {@link #reason()}.
 */
public class TooManyCodes extends RuntimeException {

    private final String reason;
    private final Duration retryAfter;

    TooManyCodes(String reason, String message, Duration retryAfter) {
        super(message);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    /** A message key: {@code signin.tooMany}, {@code register.tooMany}, {@code signin.tooManyFromClient} or {@code signin.smsBusy}. */
    public String reason() {
        return reason;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
