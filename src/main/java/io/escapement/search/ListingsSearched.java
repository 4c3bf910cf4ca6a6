package io.escapement.search;

/**
 * Someone searched the listings with text, and the search answered ({@link ListingSearch#search}).
 * The query is personal data when the shopper is a signed-in buyer (their search history): handle
 * this event only with a synchronous {@code @EventListener}, never a durable
 * {@code @ApplicationModuleListener}, which would store the query in plain text in the event
 * publication registry (ADR 29).
 *
 * @param query the text as typed, not blank
 * @param shopper who typed it
 */
public record ListingsSearched(String query, Shopper shopper) {

    /** Prints neither the query nor the shopper. */
    @Override
    public String toString() {
        return "ListingsSearched";
    }
}
