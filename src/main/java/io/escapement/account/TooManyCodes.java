package io.escapement.account;

import java.time.Duration;

/** A code was asked for too soon or too often; answered with 429 and Retry-After. */
public class TooManyCodes extends RuntimeException {

    private final Duration retryAfter;

    TooManyCodes(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
