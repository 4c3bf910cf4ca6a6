package io.escapement.catalog;

import java.util.List;

/**
 * What happens to listings, for read models such as search to follow. Events carry ids only;
 * listeners read the listing's current state from the catalog.
 */
public final class ListingEvents {

    private ListingEvents() {}

    /** Listings were added to the catalog in one transaction (in whatever status they were given). */
    public record ListingsPublished(List<Long> ids) {
        public ListingsPublished {
            ids = List.copyOf(ids);
        }
    }

    /** The asking price changed. */
    public record ListingRepriced(long id) {}

    /** A buyer reserved the watch while paying; it is no longer on sale. */
    public record ListingReserved(long id) {}

    /** A reservation ended without a sale; the watch is on sale again. */
    public record ListingReleased(long id) {}

    /** The watch was sold. */
    public record ListingSold(long id) {}

    /** The merchant took the watch off the marketplace. */
    public record ListingWithdrawn(long id) {}
}
