package io.escapement.review.web;

import io.escapement.review.Ratings;
import io.escapement.review.WriteReview;
import org.jspecify.annotations.Nullable;

/**
 * A review as a client sends it, as JSON or as the fields of a form; every field may be missing, so
 * that a missing rating is a worded 400 rather than a binding error.
 *
 * @param order the order's number; not needed to edit
 */
record ReviewInput(
        @Nullable String order,
        @Nullable Integer asDescribed,
        @Nullable Integer service,
        @Nullable Integer shipping,
        @Nullable String text) {

    /** @throws io.escapement.language.WordedRefusal when a rating is missing or outside 1 to 5 */
    Ratings ratings() {
        return new Ratings(stars(asDescribed), stars(service), stars(shipping));
    }

    WriteReview review() {
        return new WriteReview(order == null ? "" : order, ratings(), text == null ? "" : text);
    }

    String textOrEmpty() {
        return text == null ? "" : text;
    }

    private static int stars(@Nullable Integer stars) {
        return stars == null ? 0 : stars;
    }
}
