package io.escapement.cart;

import io.escapement.catalog.Availability;
import io.escapement.catalog.Listing;
import io.escapement.catalog.ListingId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A signed-in buyer's cart and its rules: a watch is in it once, it holds at most {@value
 * GuestCart#MAX_ITEMS} watches, and only a watch on sale and held by nobody goes in. Merging a
 * guest cart keeps the buyer's watches and adds the guest's new ones, oldest first, while there is
 * room (ADR 32).
 */
record AccountCart(List<CartItem> items) {

    static final AccountCart EMPTY = new AccountCart(List.of());

    AccountCart {
        items = List.copyOf(items);
    }

    boolean contains(ListingId id) {
        return items.stream().anyMatch(item -> item.listingId().equals(id));
    }

    /**
     * The item that adding {@code listing} at {@code at} puts in the cart, or empty when it is in
     * already (adding twice changes nothing).
     *
     * @throws CartRefusal.NotForSale when another buyer holds the watch or it is sold
     * @throws GuestCart.CartFull when the cart holds {@value GuestCart#MAX_ITEMS} watches already
     */
    Optional<CartItem> admit(Listing listing, Instant at) {
        if (contains(listing.id())) {
            return Optional.empty();
        }
        var availability = listing.availabilityAt(at);
        if (availability != Availability.ON_SALE) {
            throw new CartRefusal.NotForSale(listing.id(), availability);
        }
        if (items.size() >= GuestCart.MAX_ITEMS) {
            throw new GuestCart.CartFull();
        }
        return Optional.of(new CartItem(listing.id(), listing.price(), at));
    }

    /**
     * The items a guest cart brings in at sign-in, in the guest's order: the watches not in this
     * cart yet that are on sale, or held by another buyer (the hold may lapse); sold and withdrawn
     * ones stay out, and so does whatever finds no room. Each at its price now, the guest's cookie
     * having kept no price.
     *
     * @param listings the guest's watches as the catalog shows them now
     */
    List<CartItem> merging(List<Listing> listings, Instant at) {
        int room = Math.max(0, GuestCart.MAX_ITEMS - items.size());
        return listings.stream()
                .filter(listing -> !contains(listing.id()))
                .filter(listing -> {
                    var availability = listing.availabilityAt(at);
                    return availability == Availability.ON_SALE || availability == Availability.HELD;
                })
                .distinct()
                .limit(room)
                .map(listing -> new CartItem(listing.id(), listing.price(), at))
                .toList();
    }
}
