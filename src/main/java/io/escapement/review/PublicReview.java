package io.escapement.review;

import io.escapement.language.Localized;

/**
 * A review as the public pages, the merchant and staff see it: the review and its reviewer masked
 * ({@link ReviewerName}), never the buyer's account.
 */
public record PublicReview(Review review, Localized reviewer) {

    static PublicReview of(Review review) {
        return new PublicReview(review, ReviewerName.of(null));
    }
}
