package io.escapement.cart;

import io.escapement.catalog.Catalog;
import io.escapement.catalog.Listing;
import io.escapement.catalog.ListingId;
import io.escapement.order.BuyerOrders;
import io.escapement.order.Order;
import io.escapement.order.OrderFilter;
import io.escapement.vault.SubjectId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The carts (K-1): a signed-in buyer's, kept server-side under the buyer's subject id with the
 * price of each watch when it was added, and a guest's, kept in its cookie ({@link GuestCart}) and
 * merged into the buyer's at sign-in. Neither holds personal data. A watch may be in any number of
 * carts: a cart reserves nothing.
 */
@Service
public class Carts {

    /** What adding a watch did. */
    public enum Addition {
        ADDED,
        /** The watch was in the cart already; nothing changed. */
        ALREADY_IN_CART
    }

    private final AccountCarts carts;
    private final Catalog catalog;
    private final Clock clock;

    private final BuyerOrders orders;

    Carts(AccountCarts carts, Catalog catalog, BuyerOrders orders, Clock clock) {
        this.carts = carts;
        this.catalog = catalog;
        this.orders = orders;
        this.clock = clock;
    }

    /** The buyer's cart now: each watch at its current price, its price when added and its availability. */
    public CartView of(SubjectId buyer) {
        var items = carts.of(buyer).items();
        var now = clock.instant();
        var listings =
                byId(catalog.listings(items.stream().map(CartItem::listingId).toList()));
        var reserved = orders.list(buyer, OrderFilter.AWAITING_PAYMENT).stream()
                .collect(
                        Collectors.toMap(Order::listing, order -> order.number().value(), (a, b) -> a));
        return new CartView(items.stream()
                .map(item -> CartLine.of(
                        item.listingId(),
                        listings.get(item.listingId()),
                        item.priceWhenAdded(),
                        now,
                        reserved.get(item.listingId())))
                .toList());
    }

    /**
     * A guest's cart now. Its cookie keeps ids only, so each price when added is the current price,
     * and an id the catalog does not show (unknown, tampered with, withdrawn) is left out.
     */
    public CartView of(GuestCart guest) {
        var now = clock.instant();
        return new CartView(catalog.listings(guest.listingIds()).stream()
                .map(listing -> CartLine.of(listing.id(), listing, listing.price(), now, null))
                .toList());
    }

    /** The number of watches in the buyer's cart, for the header badge. */
    public int count(SubjectId buyer) {
        return carts.count(buyer);
    }

    /**
     * Puts a watch on sale in the buyer's cart at its current price. Idempotent: adding a watch
     * that is in the cart already, also twice at once, changes nothing.
     *
     * @throws CartRefusal.NotOffered when there is no such watch or it was withdrawn
     * @throws CartRefusal.NotForSale when another buyer holds the watch or it is sold
     * @throws GuestCart.CartFull when the cart holds {@value GuestCart#MAX_ITEMS} watches already
     */
    @Transactional
    public Addition add(SubjectId buyer, ListingId id) {
        var listing = catalog.listing(id).orElseThrow(() -> new CartRefusal.NotOffered(id));
        var admitted = carts.of(buyer).admit(listing, clock.instant());
        return admitted.isPresent() && carts.insert(buyer, admitted.get()) ? Addition.ADDED : Addition.ALREADY_IN_CART;
    }

    /** @throws CartRefusal.NotInCart when the watch is not in the buyer's cart */
    @Transactional
    public void remove(SubjectId buyer, ListingId id) {
        if (!carts.delete(buyer, id)) {
            throw new CartRefusal.NotInCart(id);
        }
    }

    /**
     * Merges a guest's cart into the buyer's at sign-in (ADR 32): no watch twice, at most {@value
     * GuestCart#MAX_ITEMS}, the buyer's own watches first; sold and withdrawn watches of the guest
     * stay out.
     *
     * @return how many watches came in
     */
    @Transactional
    public int merge(SubjectId buyer, GuestCart guest) {
        if (guest.listingIds().isEmpty()) {
            return 0;
        }
        var incoming = carts.of(buyer).merging(catalog.listings(guest.listingIds()), clock.instant());
        return (int) incoming.stream().filter(item -> carts.insert(buyer, item)).count();
    }

    /** Forgets the buyer's cart, as the buyer's erasure does. Idempotent. */
    @Transactional
    public void forget(SubjectId buyer) {
        carts.erase(buyer);
    }

    private static Map<ListingId, Listing> byId(List<Listing> listings) {
        return listings.stream().collect(Collectors.toMap(Listing::id, Function.identity(), (a, b) -> a));
    }
}
