package io.escapement.review;

/**
 * Where a review stands: published on the public pages, hidden by staff (the buyer still sees it,
 * with the reason), or deleted by its buyer (never stored: the row and its photos are gone).
 */
public enum ReviewState {
    PUBLISHED,
    HIDDEN,
    DELETED
}
