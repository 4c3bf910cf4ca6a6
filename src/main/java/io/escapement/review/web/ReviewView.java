package io.escapement.review.web;

import io.escapement.review.Review;
import io.escapement.review.ReviewState;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One of the buyer's reviews as the API gives it: the ratings, the text, the photos' addresses, the
 * state (a hidden one with the staff's reason) and the merchant's reply.
 *
 * @param order the reviewed order's number
 * @param photos the addresses of its photos, {@code /media/reviews/{name}.jpg}
 * @param hiddenReason why staff hid it; null unless hidden
 */
record ReviewView(
        long id,
        String order,
        long listing,
        int asDescribed,
        int service,
        int shipping,
        String text,
        List<String> photos,
        ReviewState state,
        @Nullable String hiddenReason,
        @Nullable String reply,
        @Nullable Instant repliedAt,
        Instant writtenAt,
        @Nullable Instant editedAt) {

    static ReviewView of(Review review) {
        return new ReviewView(
                review.id().value(),
                review.orderNumber().value(),
                review.listing().value(),
                review.ratings().asDescribed(),
                review.ratings().service(),
                review.ratings().shipping(),
                review.text(),
                review.photos().stream().map(ReviewPhotos::path).toList(),
                review.state(),
                review.hiddenReason(),
                review.reply(),
                review.repliedAt(),
                review.writtenAt(),
                review.editedAt());
    }
}
