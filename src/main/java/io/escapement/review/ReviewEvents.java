package io.escapement.review;

import io.escapement.party.MerchantId;

/** What happens to reviews, for other modules to follow. Ids only: listeners read the rest. */
public final class ReviewEvents {

    private ReviewEvents() {}

    /** Any of the events below. */
    public sealed interface ReviewEvent {
        ReviewId review();
    }

    /** A buyer reviewed a received order; the review shows on the merchant's page. */
    public record ReviewPublished(ReviewId review, MerchantId merchant) implements ReviewEvent {}

    /** The buyer changed the ratings or the text. */
    public record ReviewEdited(ReviewId review, MerchantId merchant) implements ReviewEvent {}

    /** The merchant replied. */
    public record ReviewReplied(ReviewId review) implements ReviewEvent {}

    /** Staff hid the review from the public pages. */
    public record ReviewHidden(ReviewId review, MerchantId merchant) implements ReviewEvent {}

    /** The buyer deleted the review; it and its photos are gone. */
    public record ReviewDeleted(ReviewId review, MerchantId merchant) implements ReviewEvent {}
}
