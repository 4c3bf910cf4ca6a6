package io.escapement.account.signin;

/**
 * A sign-in, registration or change of account details that did not succeed; the message key says
 * why, for the page to explain.
 */
public class SignInRefused extends RuntimeException {

    private final String reason;

    SignInRefused(String reason) {
        super(reason);
        this.reason = reason;
    }

    /** A message key, such as {@code signin.wrongCode} or {@code signin.acceptPolicy}. */
    public String reason() {
        return reason;
    }
}
