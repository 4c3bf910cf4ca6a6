package io.escapement.catalog;

import java.util.List;

/** One page of listings and the size of the whole result. */
public record ListingPage(List<Listing> items, int page, int size, long total) {

    public int totalPages() {
        return (int) Math.min(PageSpec.RESULT_WINDOW / size, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return page < totalPages();
    }
}
