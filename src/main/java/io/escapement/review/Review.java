package io.escapement.review;

import io.escapement.catalog.ListingId;
import io.escapement.catalog.ReferenceId;
import io.escapement.order.FulfilmentState;
import io.escapement.order.OrderId;
import io.escapement.order.OrderNumber;
import io.escapement.party.MerchantId;
import io.escapement.vault.SubjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * A buyer's review of one received order: three ratings, a text, up to {@value #MAX_PHOTOS} photos
 * (by name; the sanitised bytes are kept beside it) and the merchant's one reply. Each move checks
 * the state, changes it and registers a {@link ReviewEvents} event; a move the state does not allow
 * throws {@link IllegalReviewTransition}. The review holds no personal information: the buyer is a
 * vault subject.
 *
 * <pre>
 * write:  —                    → PUBLISHED
 * edit:   PUBLISHED            → PUBLISHED (ratings and text changed)
 * attach: PUBLISHED            → PUBLISHED (one more photo, at most nine)
 * reply:  PUBLISHED, no reply  → PUBLISHED (replied; once only)
 * hide:   PUBLISHED            → HIDDEN (with the staff's reason)
 * delete: PUBLISHED or HIDDEN  → DELETED (the repository removes it and its photos)
 * </pre>
 */
public final class Review {

    /** The most photos one review holds. */
    public static final int MAX_PHOTOS = 9;

    private final @Nullable ReviewId id;
    private final OrderId order;
    private final OrderNumber orderNumber;
    private final SubjectId buyer;
    private final MerchantId merchant;
    private final ReferenceId reference;
    private final ListingId listing;
    private Ratings ratings;
    private String text;
    private ReviewState state;
    private @Nullable String hiddenReason;
    private @Nullable String reply;
    private @Nullable Instant repliedAt;
    private final Instant writtenAt;
    private @Nullable Instant editedAt;
    private final List<UUID> photos;
    private final int version;
    private final List<ReviewEvents.ReviewEvent> events = new ArrayList<>();

    Review(
            @Nullable ReviewId id,
            OrderId order,
            OrderNumber orderNumber,
            SubjectId buyer,
            MerchantId merchant,
            ReferenceId reference,
            ListingId listing,
            Ratings ratings,
            String text,
            ReviewState state,
            @Nullable String hiddenReason,
            @Nullable String reply,
            @Nullable Instant repliedAt,
            Instant writtenAt,
            @Nullable Instant editedAt,
            List<UUID> photos,
            int version) {
        this.id = id;
        this.order = Objects.requireNonNull(order);
        this.orderNumber = Objects.requireNonNull(orderNumber);
        this.buyer = Objects.requireNonNull(buyer);
        this.merchant = Objects.requireNonNull(merchant);
        this.reference = Objects.requireNonNull(reference);
        this.listing = Objects.requireNonNull(listing);
        this.ratings = Objects.requireNonNull(ratings);
        this.text = Objects.requireNonNull(text);
        this.state = Objects.requireNonNull(state);
        this.hiddenReason = hiddenReason;
        this.reply = reply;
        this.repliedAt = repliedAt;
        this.writtenAt = Objects.requireNonNull(writtenAt);
        this.editedAt = editedAt;
        this.photos = new ArrayList<>(photos);
        this.version = version;
    }

    /**
     * A new, published review of the received {@code order}, with {@code photos} already sanitised
     * and named. Not yet saved: it has no id, and the repository publishes {@link
     * ReviewEvents.ReviewPublished} when it stores it.
     *
     * @param fulfilment where the order's watch stands: only a received watch is reviewed
     * @throws ReviewRefused 409 when the watch is not received yet, 400 when the text is too long or
     *     there are too many photos
     */
    static Review write(
            FulfilmentState fulfilment,
            OrderId order,
            OrderNumber orderNumber,
            SubjectId buyer,
            MerchantId merchant,
            ReferenceId reference,
            ListingId listing,
            Ratings ratings,
            String text,
            List<UUID> photos,
            Instant now) {
        if (fulfilment != FulfilmentState.RECEIVED) {
            throw new ReviewRefused(HttpStatus.CONFLICT, "review.notReceived");
        }
        requireFewPhotos(photos.size());
        return new Review(
                null,
                order,
                orderNumber,
                buyer,
                merchant,
                reference,
                listing,
                ratings,
                ReviewText.text(text),
                ReviewState.PUBLISHED,
                null,
                null,
                null,
                now,
                null,
                photos,
                0);
    }

    /** The buyer changes the ratings and the text of their published review. */
    public void edit(Ratings ratings, String text, Instant now) {
        require("edit", ReviewState.PUBLISHED);
        var checked = ReviewText.text(text);
        this.ratings = Objects.requireNonNull(ratings);
        this.text = checked;
        this.editedAt = now;
        events.add(new ReviewEvents.ReviewEdited(requireId(), merchant));
    }

    /** The buyer adds one more sanitised photo, named {@code photo}, to their published review. */
    public void attach(UUID photo, Instant now) {
        require("edit", ReviewState.PUBLISHED);
        requireFewPhotos(photos.size() + 1);
        photos.add(Objects.requireNonNull(photo));
        this.editedAt = now;
        events.add(new ReviewEvents.ReviewEdited(requireId(), merchant));
    }

    /** The merchant answers the review, once. */
    public void reply(String text, Instant now) {
        require("reply", ReviewState.PUBLISHED);
        if (reply != null) {
            throw new IllegalReviewTransition("review.repliedAlready");
        }
        this.reply = ReviewText.required(text, ReviewText.MAX_REPLY, "review.replyBlank", "review.replyTooLong");
        this.repliedAt = now;
        events.add(new ReviewEvents.ReviewReplied(requireId()));
    }

    /** Staff hide a review that breaks the rules; {@code reason} is shown to its buyer. */
    public void hide(String reason) {
        require("hide", ReviewState.PUBLISHED);
        this.hiddenReason =
                ReviewText.required(reason, ReviewText.MAX_REASON, "review.reasonBlank", "review.reasonTooLong");
        this.state = ReviewState.HIDDEN;
        events.add(new ReviewEvents.ReviewHidden(requireId(), merchant));
    }

    /** The buyer deletes their review; the repository then removes it and its photos for good. */
    public void delete() {
        require("delete", ReviewState.PUBLISHED, ReviewState.HIDDEN);
        this.state = ReviewState.DELETED;
        events.add(new ReviewEvents.ReviewDeleted(requireId(), merchant));
    }

    private void require(String move, ReviewState... allowed) {
        if (!List.of(allowed).contains(state)) {
            throw new IllegalReviewTransition("review.cannot." + move);
        }
    }

    private static void requireFewPhotos(int count) {
        if (count > MAX_PHOTOS) {
            throw new ReviewRefused("review.tooManyPhotos", MAX_PHOTOS);
        }
    }

    private ReviewId requireId() {
        if (id == null) {
            throw new IllegalStateException("Save the review before moving it");
        }
        return id;
    }

    /** The events registered since the last save, for the repository to publish. */
    List<ReviewEvents.ReviewEvent> takeEvents() {
        var taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    /** Whether the public pages show it. */
    public boolean visible() {
        return state == ReviewState.PUBLISHED;
    }

    /** The review's id; only a saved review has one. */
    public ReviewId id() {
        return requireId();
    }

    public OrderId order() {
        return order;
    }

    /** The reviewed order's number, as its buyer and merchant know it. */
    public OrderNumber orderNumber() {
        return orderNumber;
    }

    public SubjectId buyer() {
        return buyer;
    }

    public MerchantId merchant() {
        return merchant;
    }

    public ReferenceId reference() {
        return reference;
    }

    public ListingId listing() {
        return listing;
    }

    public Ratings ratings() {
        return ratings;
    }

    public String text() {
        return text;
    }

    public ReviewState state() {
        return state;
    }

    /** Why staff hid it; null unless hidden. */
    public @Nullable String hiddenReason() {
        return hiddenReason;
    }

    public @Nullable String reply() {
        return reply;
    }

    public @Nullable Instant repliedAt() {
        return repliedAt;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public @Nullable Instant editedAt() {
        return editedAt;
    }

    /** The names of its photos, in the order they were added. */
    public List<UUID> photos() {
        return List.copyOf(photos);
    }

    /** The version of the row it was loaded from, which a save expects to find. */
    int version() {
        return version;
    }
}
