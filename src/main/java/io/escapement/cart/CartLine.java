package io.escapement.cart;

import io.escapement.catalog.Availability;
import io.escapement.catalog.Listing;
import io.escapement.catalog.ListingId;
import io.escapement.money.Money;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One watch of a cart as the buyer sees it now: the listing as the catalog shows it (none once the
 * merchant withdrew it), the price it had when it was added, and what the buyer can do with it.
 *
 * @param listing the listing now; null when buyers can no longer see it (withdrawn)
 * @param priceWhenAdded the asking price when it was added; for a guest's cart, whose cookie keeps
 *     ids only, the current price
 * @param availability {@link Availability#GONE} when there is no listing
 * @param reservedBy the number of the buyer's own order that reserves the watch while they pay; null
 *     when none does (a watch held by another buyer, or by nobody)
 */
public record CartLine(
        ListingId listingId,
        @Nullable Listing listing,
        Money priceWhenAdded,
        Availability availability,
        @Nullable String reservedBy) {

    /** The watch as {@code listing} (null when buyers cannot see it) shows it at {@code at}. */
    static CartLine of(
            ListingId id, @Nullable Listing listing, Money priceWhenAdded, Instant at, @Nullable String reservedBy) {
        return new CartLine(
                id,
                listing,
                priceWhenAdded,
                listing == null ? Availability.GONE : listing.availabilityAt(at),
                reservedBy);
    }

    /** The asking price now, or the price when added for a watch that is gone. */
    public Money price() {
        return listing == null ? priceWhenAdded : listing.price();
    }

    /** The merchant changed the price since the watch went into the cart. */
    public boolean priceChanged() {
        return listing != null && !listing.price().equals(priceWhenAdded);
    }

    /**
     * The watch can go on to checkout: on sale and held by nobody. A watch another buyer holds,
     * a sold one and a withdrawn one cannot.
     */
    public boolean checkoutable() {
        return availability == Availability.ON_SALE;
    }
}
