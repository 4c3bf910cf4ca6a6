package io.escapement.review;

import io.escapement.audit.AuditTrail;
import io.escapement.privacy.Category;
import io.escapement.privacy.Purpose;
import io.escapement.vault.Accessor;
import io.escapement.vault.spi.PersonalDataAccess;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff hide a review that breaks the rules, with a reason its buyer sees. The hiding is written to
 * the audit trail in the same transaction, as a staff change to the buyer's content ({@link
 * Category#USER_CONTENT}, {@link PersonalDataAccess.Action#CORRECT}) with the staff member's role,
 * case reference and reason, so it also shows in the buyer's "who accessed my data" (U-1).
 */
@Service
public class ReviewModeration {

    /** The audit trail's name of the field hiding changes. */
    static final String FIELD = "review.Review.state";

    private final Reviews reviews;
    private final AuditTrail audit;

    ReviewModeration(Reviews reviews, AuditTrail audit) {
        this.reviews = reviews;
        this.audit = audit;
    }

    /** The newest reviews, hidden ones too, for the staff's queue. */
    @Transactional(readOnly = true)
    public List<PublicReview> newest() {
        return reviews.newest(PublishedReviews.PAGE * 5).stream()
                .map(PublicReview::of)
                .toList();
    }

    /**
     * Hides the published review {@code id} for {@code reason}; publishes {@link
     * ReviewEvents.ReviewHidden} and audits the hiding.
     *
     * @param staff the staff member with role and case reference ({@link Accessor#staff})
     * @throws ReviewRefused 404 for no such review, 409 when it is hidden already, 400 for a blank
     *     or over-long reason
     */
    @Transactional
    public void hide(ReviewId id, String reason, Accessor staff) {
        var review = reviews.find(id).orElseThrow(() -> new ReviewRefused(HttpStatus.NOT_FOUND, "review.notFound"));
        review.hide(reason);
        try {
            reviews.save(review, null);
        } catch (OptimisticLockingFailureException hiddenMeanwhile) {
            throw new IllegalReviewTransition("review.cannot.hide");
        }
        audit.record(new PersonalDataAccess(
                review.buyer(),
                FIELD,
                Category.USER_CONTENT,
                PersonalDataAccess.Action.CORRECT,
                Purpose.CUSTOMER_SERVICE,
                staff.because(review.hiddenReason())));
    }
}
