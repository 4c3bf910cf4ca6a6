package io.escapement.review;

/**
 * A buyer's review of one of their orders, before its photos.
 *
 * @param order the order's number, as the buyer sees it (20261203-K7QM2XD9)
 * @param text at most 2,000 characters; may be empty
 */
public record WriteReview(String order, Ratings ratings, String text) {}
