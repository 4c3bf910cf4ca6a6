package io.escapement.catalog;

/** Orders offered on listing grids; ties are broken by listing id, so pages are stable. */
public enum ListingSort {
    NEWEST,
    PRICE_ASC,
    PRICE_DESC,
    YEAR_DESC
}
