package io.escapement.catalog;

/** Orders offered on listing grids; every order ends on the listing id so pages are stable. */
public enum ListingSort {
    NEWEST("l.published_at desc, l.id desc"),
    PRICE_ASC("l.price_cny asc, l.id asc"),
    PRICE_DESC("l.price_cny desc, l.id desc"),
    YEAR_DESC("l.year desc, l.id desc");

    final String orderBy;

    ListingSort(String orderBy) {
        this.orderBy = orderBy;
    }
}
