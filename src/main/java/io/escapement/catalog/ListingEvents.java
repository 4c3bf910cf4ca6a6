package io.escapement.catalog;

import java.util.List;

/**
 * What happens to listings, for read models such as search to follow. Events carry ids only;
 * listeners read the listing's current state from the catalog.
 */
public final class ListingEvents {

    private ListingEvents() {}

    /** Any of the events below: the listings whose state a read model should read again. */
    public sealed interface ListingChange {
        List<ListingId> ids();
    }

    /** A change of one listing. */
    private sealed interface OneListing extends ListingChange {
        ListingId id();

        @Override
        default List<ListingId> ids() {
            return List.of(id());
        }
    }

    /** Listings were added to the catalog in one transaction (in whatever status they were given). */
    public record ListingsPublished(List<ListingId> ids) implements ListingChange {
        public ListingsPublished {
            ids = List.copyOf(ids);
        }
    }

    /** The asking price changed. */
    public record ListingRepriced(ListingId id) implements OneListing {}

    /**
     * A buyer's order holds the watch while they pay: buyers cannot buy it until the hold is
     * released or lapses. A lapse publishes nothing; readers compare the hold's time with theirs.
     */
    public record ListingHeld(ListingId id) implements OneListing {}

    /** A hold ended before its time without a sale; the watch can be bought again. */
    public record ListingReleased(ListingId id) implements OneListing {}

    /** The order that held the watch was paid: it is sold and leaves the shop's results. */
    public record ListingSold(ListingId id) implements OneListing {}

    /** The merchant took the watch off the marketplace. */
    public record ListingWithdrawn(ListingId id) implements OneListing {}

    /** The merchant added or removed a photo; the listing's photos and their positions changed. */
    public record ListingPhotosChanged(ListingId id) implements OneListing {}
}
