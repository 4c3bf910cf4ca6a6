package io.escapement.order;

import io.escapement.language.WordedRefusal;

/**
 * A checkout that cannot go ahead, worded for the buyer: the watch is reserved by another buyer,
 * sold, withdrawn or unknown.
 */
public class CheckoutRefused extends WordedRefusal {

    private final boolean conflict;

    private CheckoutRefused(String code, boolean conflict, Object... arguments) {
        super(code, arguments);
        this.conflict = conflict;
    }

    /** Another buyer's order holds the watch (409). */
    static CheckoutRefused reservedByAnother() {
        return new CheckoutRefused("checkout.reservedByAnother", true);
    }

    /** No watch of that number is on sale: unknown, withdrawn or sold (404). */
    public static CheckoutRefused notOnSale(String listing) {
        return new CheckoutRefused("checkout.notOnSale", false, listing);
    }

    /** The buyer has no address of that id: someone else's, deleted, or none (404). */
    public static CheckoutRefused unknownAddress() {
        return new CheckoutRefused("checkout.unknownAddress", false);
    }

    /** Whether the refusal is a conflict with another buyer (409) rather than a missing watch (404). */
    public boolean conflict() {
        return conflict;
    }
}
