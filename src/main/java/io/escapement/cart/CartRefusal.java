package io.escapement.cart;

import io.escapement.catalog.Availability;
import io.escapement.catalog.ListingId;
import io.escapement.language.WordedRefusal;
import org.springframework.http.HttpStatus;

/**
 * Why a cart refuses a change, worded from the bundles in the reader's language: {@link NotOffered}
 * and {@link NotInCart} are 404, {@link NotForSale} and {@link GuestCart.CartFull} 409.
 */
public class CartRefusal extends WordedRefusal {

    CartRefusal(HttpStatus status, String code, Object... arguments) {
        super(status, code, arguments);
    }

    /** No watch has that id, or its merchant withdrew it: buyers cannot see it. */
    public static final class NotOffered extends CartRefusal {
        NotOffered(ListingId id) {
            super(HttpStatus.NOT_FOUND, "cart.notOffered", id.toString());
        }
    }

    /** The watch is offered but cannot be bought now: another buyer holds it, or it is sold. */
    public static final class NotForSale extends CartRefusal {
        NotForSale(ListingId id, Availability availability) {
            super(
                    HttpStatus.CONFLICT,
                    availability == Availability.HELD ? "cart.heldByAnother" : "cart.sold",
                    id.toString());
        }
    }

    /** The watch is not in the buyer's cart, so there is nothing to remove. */
    public static final class NotInCart extends CartRefusal {
        NotInCart(ListingId id) {
            super(HttpStatus.NOT_FOUND, "cart.notInCart", id.toString());
        }
    }
}
