package io.escapement.order;

import io.escapement.language.WordedRefusal;
import org.springframework.http.HttpStatus;

/**
 * A checkout that cannot go ahead, worded for the buyer: the watch is reserved by another buyer,
 * sold, withdrawn or unknown, or the buyer has not accepted the terms of service in effect.
 */
public class CheckoutRefused extends WordedRefusal {

    private CheckoutRefused(HttpStatus status, String code, Object... arguments) {
        super(status, code, arguments);
    }

    /** Another buyer's order holds the watch (409). */
    static CheckoutRefused reservedByAnother() {
        return new CheckoutRefused(HttpStatus.CONFLICT, "checkout.reservedByAnother");
    }

    /** No watch of that number is on sale: unknown, withdrawn or sold (404). */
    public static CheckoutRefused notOnSale(String listing) {
        return new CheckoutRefused(HttpStatus.NOT_FOUND, "checkout.notOnSale", listing);
    }

    /** The buyer has no address of that id: someone else's, deleted, or none (404). */
    public static CheckoutRefused unknownAddress() {
        return new CheckoutRefused(HttpStatus.NOT_FOUND, "checkout.unknownAddress");
    }

    /** The buyer may not buy now: a minor's account without a guardian's consent (403, M-1). */
    static CheckoutRefused restricted(String code) {
        return new CheckoutRefused(HttpStatus.FORBIDDEN, code);
    }

    /** The buyer has not accepted the version of the terms of service in effect and did not tick it (400). */
    static CheckoutRefused termsNotAccepted(int version) {
        return new CheckoutRefused(HttpStatus.BAD_REQUEST, "checkout.acceptTerms", version);
    }

    /** Whether the address is what is wrong, rather than the watch: the same for every watch of a checkout. */
    public boolean aboutTheAddress() {
        return code().equals("checkout.unknownAddress");
    }

    /** Whether the refusal is a conflict with another buyer (409) rather than a missing watch (404). */
    public boolean conflict() {
        return status() == HttpStatus.CONFLICT;
    }
}
