package io.escapement.account;

/** A sign-in that did not succeed; the message key says why, for the page to explain. */
public class SignInRefused extends RuntimeException {

    private final String reason;

    SignInRefused(String reason) {
        super(reason);
        this.reason = reason;
    }

    /** {@code signin.wrongCode} or {@code signin.acceptPolicy}. */
    public String reason() {
        return reason;
    }
}
