package io.escapement.search.spi;

import io.escapement.catalog.ListingFilter;
import io.escapement.catalog.ListingSort;
import io.escapement.catalog.PageSpec;

/**
 * A search: free text (may be blank), the grid's filters, availability, order and page.
 * {@link ListingSort#RELEVANCE} without text orders by newest.
 */
public record SearchRequest(
        String text, ListingFilter filter, Availability availability, ListingSort sort, PageSpec page) {

    /** Longer text is cut: nobody types more, and it bounds the work of a query. */
    public static final int MAX_TEXT = 200;

    public SearchRequest {
        text = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }
}
