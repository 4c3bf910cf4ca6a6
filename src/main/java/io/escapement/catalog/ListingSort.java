package io.escapement.catalog;

/** Orders offered on listing grids; ties are broken by listing id, so pages are stable. */
public enum ListingSort {
    /** Best match to the search text first; newest first without text. */
    RELEVANCE,
    NEWEST,
    PRICE_ASC,
    PRICE_DESC,
    YEAR_DESC
}
