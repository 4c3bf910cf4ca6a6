package io.escapement.storefront.web;

/** Where listing photos are served; used by pages and by the API. */
public final class PhotoUrls {

    private PhotoUrls() {}

    public static String thumbnail(long listingId, int position) {
        return "/media/listings/" + listingId + "/" + position + "-thumbnail.jpg";
    }

    public static String large(long listingId, int position) {
        return "/media/listings/" + listingId + "/" + position + "-large.jpg";
    }
}
