package io.escapement.catalog;

/**
 * Which page of a grid to show.
 *
 * @param page 1-based page number
 * @param size items per page, 1 to {@value #MAX_SIZE}
 * @throws InvalidListingQuery when either is out of range, or the page lies beyond the first
 *     {@value #RESULT_WINDOW} results
 */
public record PageSpec(int page, int size) {

    public static final int MAX_SIZE = 100;

    /** Only the first results of a query can be paged through; narrower filters reach the rest. */
    public static final int RESULT_WINDOW = 10_000;

    public PageSpec {
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidListingQuery("listingQuery.size", MAX_SIZE, size);
        }
        if (page < 1 || (long) page * size > RESULT_WINDOW) {
            throw new InvalidListingQuery("listingQuery.page", RESULT_WINDOW / size, page, RESULT_WINDOW);
        }
    }

    /** How many results come before this page. */
    public long offset() {
        return (long) (page - 1) * size;
    }
}
