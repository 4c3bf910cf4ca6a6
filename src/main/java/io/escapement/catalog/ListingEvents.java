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
        List<Long> ids();
    }

    /** A change of one listing. */
    private sealed interface OneListing extends ListingChange {
        long id();

        @Override
        default List<Long> ids() {
            return List.of(id());
        }
    }

    /** Listings were added to the catalog in one transaction (in whatever status they were given). */
    public record ListingsPublished(List<Long> ids) implements ListingChange {
        public ListingsPublished {
            ids = List.copyOf(ids);
        }
    }

    /** The asking price changed. */
    public record ListingRepriced(long id) implements OneListing {}

    /** A buyer reserved the watch while paying; it is no longer on sale. */
    public record ListingReserved(long id) implements OneListing {}

    /** A reservation ended without a sale; the watch is on sale again. */
    public record ListingReleased(long id) implements OneListing {}

    /** The watch was sold. */
    public record ListingSold(long id) implements OneListing {}

    /** The merchant took the watch off the marketplace. */
    public record ListingWithdrawn(long id) implements OneListing {}

    /** The merchant added or removed a photo; the listing's photos and their positions changed. */
    public record ListingPhotosChanged(long id) implements OneListing {}
}
