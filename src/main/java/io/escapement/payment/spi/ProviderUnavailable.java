package io.escapement.payment.spi;

/** The provider could not be reached, or it refused a request; the message says which, without personal data. */
public class ProviderUnavailable extends RuntimeException {

    public ProviderUnavailable(String why) {
        super(why);
    }

    public ProviderUnavailable(String why, Throwable cause) {
        super(why, cause);
    }
}
