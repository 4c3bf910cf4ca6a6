package io.escapement.catalog;

/** Where a listing is in its life. Only {@link #ON_SALE} listings are shown to buyers. */
public enum ListingStatus {
    DRAFT,
    ON_SALE,
    RESERVED,
    SOLD,
    WITHDRAWN
}
