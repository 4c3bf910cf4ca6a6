package io.escapement.review;

import io.escapement.party.MerchantId;
import java.time.Clock;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reviews of a merchant's sales, as its portal shows them, and its one reply to each. */
@Service
public class MerchantReviews {

    private final Reviews reviews;
    private final Clock clock;

    MerchantReviews(Reviews reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    /** The merchant's published reviews, newest first: the ones it may answer. */
    @Transactional(readOnly = true)
    public List<PublicReview> list(MerchantId merchant) {
        return reviews.ofMerchant(merchant, false, PublishedReviews.PAGE).stream()
                .map(PublicReview::of)
                .toList();
    }

    /**
     * The merchant answers a published review of one of its sales, once; publishes {@link
     * ReviewEvents.ReviewReplied}.
     *
     * @throws ReviewRefused 404 when the review is not of the merchant's sales, 409 when it was
     *     answered already or is hidden, 400 for a blank or over-long reply
     */
    @Transactional
    public void reply(MerchantId merchant, ReviewId id, String text) {
        var review = reviews.find(id)
                .filter(found -> found.merchant().equals(merchant))
                .orElseThrow(() -> new ReviewRefused(HttpStatus.NOT_FOUND, "review.notFound"));
        review.reply(text, clock.instant());
        try {
            reviews.save(review, null);
        } catch (OptimisticLockingFailureException repliedMeanwhile) {
            throw new IllegalReviewTransition("review.repliedAlready");
        }
    }
}
