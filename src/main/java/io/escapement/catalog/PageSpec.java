package io.escapement.catalog;

/**
 * Which page of a grid to show.
 *
 * @param page 1-based page number
 * @param size items per page, 1 to {@value #MAX_SIZE}
 * @throws InvalidListingQuery when either is out of range
 */
public record PageSpec(int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 10_000;

    public PageSpec {
        if (page < 1 || page > MAX_PAGE) {
            throw new InvalidListingQuery("Page must be between 1 and " + MAX_PAGE + ", not " + page + ".");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidListingQuery("Page size must be between 1 and " + MAX_SIZE + ", not " + size + ".");
        }
    }

    long offset() {
        return (long) (page - 1) * size;
    }
}
