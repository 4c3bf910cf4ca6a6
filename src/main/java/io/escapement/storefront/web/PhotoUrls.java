package io.escapement.storefront.web;

import io.escapement.catalog.ListingId;

/** Where listing photos are served; used by pages and by the API. */
public final class PhotoUrls {

    private PhotoUrls() {}

    public static String thumbnail(ListingId listingId, int position) {
        return "/media/listings/" + listingId + "/" + position + "-thumbnail.jpg";
    }

    public static String large(ListingId listingId, int position) {
        return "/media/listings/" + listingId + "/" + position + "-large.jpg";
    }
}
