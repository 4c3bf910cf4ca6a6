package io.escapement.catalog;

/** What a buyer can do with a listing at a given time. */
public enum Availability {
    /** On sale and held by nobody: it can be bought. */
    ON_SALE,
    /** On sale, but another buyer is paying for it. */
    HELD,
    SOLD,
    /** A draft or withdrawn: buyers cannot see it. */
    GONE
}
