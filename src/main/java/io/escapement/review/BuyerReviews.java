package io.escapement.review;

import io.escapement.catalog.Catalog;
import io.escapement.order.BuyerOrders;
import io.escapement.order.OrderNumber;
import io.escapement.vault.SubjectId;
import io.escapement.visual.PhotoSanitiser;
import io.escapement.visual.UnacceptablePhoto;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A buyer's own reviews (U-4, C-7): written once per received order, seen with their state (a
 * hidden one with the staff's reason), edited and deleted for good. Nobody else's review or order is
 * ever found, not even to say it exists. Every photo is re-encoded by {@link PhotoSanitiser} before
 * it is kept, so no EXIF, GPS or other metadata survives; the uploaded bytes are never stored. A
 * refused write or edit changes nothing.
 */
@Service
public class BuyerReviews {

    /** The most reviews one list shows. */
    public static final int PAGE = 50;

    private final Reviews reviews;
    private final BuyerOrders orders;
    private final Catalog catalog;
    private final PhotoSanitiser sanitiser;
    private final Clock clock;

    BuyerReviews(Reviews reviews, BuyerOrders orders, Catalog catalog, PhotoSanitiser sanitiser, Clock clock) {
        this.reviews = reviews;
        this.orders = orders;
        this.catalog = catalog;
        this.sanitiser = sanitiser;
        this.clock = clock;
    }

    /** The buyer's reviews, newest first, hidden ones too. */
    @Transactional(readOnly = true)
    public List<Review> list(SubjectId buyer) {
        return reviews.ofBuyer(buyer, PAGE);
    }

    /**
     * The buyer's review of a received order, with {@code uploads} (at most nine photos) re-encoded;
     * publishes {@link ReviewEvents.ReviewPublished}.
     *
     * @throws ReviewRefused 404 when the buyer has no such order, 409 when it is not received yet or
     *     reviewed already, 400 for bad ratings or text or too many photos, and the photo's status
     *     (400, 413, 415, 422) for a photo that is not one
     */
    @Transactional
    public Review write(SubjectId buyer, WriteReview review, List<byte[]> uploads) {
        var order = OrderNumber.parse(review.order())
                .flatMap(number -> orders.find(buyer, number))
                .orElseThrow(() -> new ReviewRefused(HttpStatus.NOT_FOUND, "review.noOrder"));
        if (reviews.reviewed(order.id())) {
            throw new ReviewRefused(HttpStatus.CONFLICT, "review.already");
        }
        var listing = catalog.listing(order.listing())
                .orElseThrow(() -> new ReviewRefused(HttpStatus.NOT_FOUND, "review.noOrder"));
        var names = new ArrayList<UUID>();
        uploads.forEach(upload -> names.add(UUID.randomUUID()));
        var written = Review.write(
                order.fulfilment(),
                order.id(),
                order.number(),
                buyer,
                listing.merchantId(),
                listing.reference().id(),
                listing.id(),
                review.ratings(),
                review.text(),
                names,
                clock.instant());
        var jpegs = uploads.stream().map(this::sanitised).toList();
        try {
            return reviews.add(written, jpegs);
        } catch (DuplicateKeyException reviewedMeanwhile) {
            throw new ReviewRefused(HttpStatus.CONFLICT, "review.already");
        }
    }

    /**
     * Changes the ratings and text of the buyer's published review.
     *
     * @throws ReviewRefused 404 when it is not the buyer's, 409 when it is hidden, 400 for bad input
     */
    @Transactional
    public Review edit(SubjectId buyer, ReviewId id, Ratings ratings, String text) {
        var review = own(buyer, id);
        review.edit(ratings, text, clock.instant());
        save(review, null);
        return own(buyer, id);
    }

    /**
     * Adds one photo, re-encoded, to the buyer's published review.
     *
     * @throws ReviewRefused 404 when it is not the buyer's, 409 when it is hidden, 400 when it has nine
     *     photos already, and the photo's status for a photo that is not one
     */
    @Transactional
    public Review attach(SubjectId buyer, ReviewId id, byte[] upload) {
        var review = own(buyer, id);
        var name = UUID.randomUUID();
        review.attach(name, clock.instant());
        save(review, new Reviews.Photo(name, sanitised(upload)));
        return own(buyer, id);
    }

    /**
     * Deletes the buyer's review and its photos for good; publishes {@link ReviewEvents.ReviewDeleted}.
     *
     * @throws ReviewRefused 404 when it is not the buyer's
     */
    @Transactional
    public void delete(SubjectId buyer, ReviewId id) {
        var review = own(buyer, id);
        review.delete();
        save(review, null);
    }

    /** How many reviews the buyer has, for the account page. */
    @Transactional(readOnly = true)
    public long count(SubjectId buyer) {
        return reviews.countOf(buyer);
    }

    private Review own(SubjectId buyer, ReviewId id) {
        return reviews.find(id)
                .filter(review -> review.buyer().equals(buyer))
                .orElseThrow(() -> new ReviewRefused(HttpStatus.NOT_FOUND, "review.notFound"));
    }

    private void save(Review review, Reviews.@org.jspecify.annotations.Nullable Photo photo) {
        try {
            reviews.save(review, photo);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            throw new ReviewRefused(HttpStatus.CONFLICT, "review.changedMeanwhile");
        }
    }

    private byte[] sanitised(byte[] upload) {
        try {
            return sanitiser.sanitise(upload);
        } catch (UnacceptablePhoto refused) {
            throw new ReviewRefused(HttpStatus.valueOf(refused.reason().status()), "photo.refused." + refused.reason());
        }
    }
}
