package io.escapement.cart;

import io.escapement.catalog.Availability;
import io.escapement.catalog.ListingId;
import io.escapement.language.WordedRefusal;

/**
 * Why a cart refuses a change, worded from the bundles in the reader's language. The API answers
 * {@link NotOffered} and {@link NotInCart} with 404, {@link NotForSale} and {@link
 * GuestCart.CartFull} with 409.
 */
public class CartRefusal extends WordedRefusal {

    CartRefusal(String code, Object... arguments) {
        super(code, arguments);
    }

    /** No watch has that id, or its merchant withdrew it: buyers cannot see it. */
    public static final class NotOffered extends CartRefusal {
        NotOffered(ListingId id) {
            super("cart.notOffered", id.toString());
        }
    }

    /** The watch is offered but cannot be bought now: another buyer holds it, or it is sold. */
    public static final class NotForSale extends CartRefusal {
        NotForSale(ListingId id, Availability availability) {
            super(availability == Availability.HELD ? "cart.heldByAnother" : "cart.sold", id.toString());
        }
    }

    /** The watch is not in the buyer's cart, so there is nothing to remove. */
    public static final class NotInCart extends CartRefusal {
        NotInCart(ListingId id) {
            super("cart.notInCart", id.toString());
        }
    }
}
