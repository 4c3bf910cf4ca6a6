package io.escapement.account.signin;

/** A third-party account that could not be bound; the message key says why, for the page to explain. */
public class BindingRefused extends RuntimeException {

    private final String reason;

    BindingRefused(String reason) {
        super(reason);
        this.reason = reason;
    }

    /** For example {@code bindings.acceptPolicy} or {@code bindings.boundElsewhere}. */
    public String reason() {
        return reason;
    }
}
