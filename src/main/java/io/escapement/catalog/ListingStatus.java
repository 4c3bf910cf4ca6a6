package io.escapement.catalog;

/**
 * Whether the merchant offers a listing: a draft, on sale, withdrawn, or sold and kept for price
 * history. A buyer's hold on an on-sale watch is not a status but a {@link Hold}.
 */
public enum ListingStatus {
    DRAFT,
    ON_SALE,
    SOLD,
    WITHDRAWN
}
