package io.escapement.review;

import io.escapement.privacy.SubjectErased;
import io.escapement.vault.SubjectId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Deletes an erased buyer's reviews with their photos: a review is the buyer's content,
 * linked to their subject id. Each is deleted as the buyer would delete it, publishing {@link
 * ReviewEvents.ReviewDeleted}. Idempotent: a second run finds none.
 */
@Component
class ErasedReviewers {

    private final Reviews reviews;

    ErasedReviewers(Reviews reviews) {
        this.reviews = reviews;
    }

    @ApplicationModuleListener
    void on(SubjectErased erased) {
        var buyer = new SubjectId(erased.subject());
        for (var batch = reviews.ofBuyer(buyer, BuyerReviews.PAGE);
                !batch.isEmpty();
                batch = reviews.ofBuyer(buyer, BuyerReviews.PAGE)) {
            batch.forEach(review -> {
                review.delete();
                reviews.save(review, null);
            });
        }
    }
}
