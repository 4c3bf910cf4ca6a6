package io.escapement.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.escapement.catalog.ListingId;
import io.escapement.catalog.ReferenceId;
import io.escapement.language.WordedRefusal;
import io.escapement.order.FulfilmentState;
import io.escapement.order.OrderId;
import io.escapement.order.OrderNumber;
import io.escapement.party.MerchantId;
import io.escapement.vault.SubjectId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The review's moves, legal and illegal, without Spring. */
class ReviewTests {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final MerchantId MERCHANT = new MerchantId(7);

    @Test
    void aWrittenReviewIsPublishedWithItsRatingsTextAndPhotos() {
        var photos = List.of(UUID.randomUUID(), UUID.randomUUID());
        var review = Review.write(
                FulfilmentState.RECEIVED,
                new OrderId(1),
                new OrderNumber("20261206-K7QM2XD9"),
                SubjectId.random(),
                MERCHANT,
                new ReferenceId(2),
                new ListingId(3),
                new Ratings(5, 4, 3),
                "  表很好  ",
                photos,
                NOW);

        assertThat(review.state()).isEqualTo(ReviewState.PUBLISHED);
        assertThat(review.visible()).isTrue();
        assertThat(review.text()).isEqualTo("表很好");
        assertThat(review.photos()).containsExactlyElementsOf(photos);
        assertThat(review.ratings().overall()).isEqualByComparingTo(new BigDecimal("4.0"));
        assertThat(review.takeEvents())
                .as("the repository publishes ReviewPublished")
                .isEmpty();
    }

    @Test
    void onlyAReceivedWatchIsReviewed() {
        for (var state : FulfilmentState.values()) {
            if (state == FulfilmentState.RECEIVED) {
                continue;
            }
            assertThatThrownBy(() -> written(state, "还没收到", List.of()))
                    .as("%s", state)
                    .isInstanceOf(ReviewRefused.class)
                    .hasMessage("review.notReceived");
        }
    }

    @Test
    void refusesRatingsOutsideOneToFive() {
        for (int[] stars : new int[][] {{0, 5, 5}, {5, 6, 5}, {5, 5, -1}}) {
            assertThatThrownBy(() -> new Ratings(stars[0], stars[1], stars[2]))
                    .isInstanceOf(ReviewRefused.class)
                    .hasMessage("review.ratingOutOfRange");
        }
    }

    @Test
    void refusesATextOverTwoThousandCharactersAndMoreThanNinePhotos() {
        assertThatThrownBy(() -> written("x".repeat(100_000), List.of()))
                .isInstanceOf(ReviewRefused.class)
                .hasMessage("review.textTooLong");
        assertThat(written("表".repeat(2_000), List.of()).text()).hasSize(2_000);
        var ten = new ArrayList<UUID>();
        for (int i = 0; i < 10; i++) {
            ten.add(UUID.randomUUID());
        }
        assertThatThrownBy(() -> written("", ten)).hasMessage("review.tooManyPhotos");
    }

    @Test
    void theBuyerEditsAPublishedReview() {
        var review = published();
        review.edit(new Ratings(1, 2, 3), "改了", NOW.plusSeconds(60));

        assertThat(review.ratings()).isEqualTo(new Ratings(1, 2, 3));
        assertThat(review.text()).isEqualTo("改了");
        assertThat(review.editedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(review.takeEvents()).containsExactly(new ReviewEvents.ReviewEdited(review.id(), MERCHANT));
    }

    @Test
    void anEditWithTooLongATextChangesNothing() {
        var review = published();
        assertThatThrownBy(() -> review.edit(new Ratings(1, 1, 1), "x".repeat(2_001), NOW))
                .hasMessage("review.textTooLong");
        assertThat(review.ratings()).isEqualTo(new Ratings(5, 5, 5));
        assertThat(review.takeEvents()).isEmpty();
    }

    @Test
    void photosAttachUpToNine() {
        var review = published();
        for (int i = 0; i < Review.MAX_PHOTOS; i++) {
            review.attach(UUID.randomUUID(), NOW);
        }
        assertThatThrownBy(() -> review.attach(UUID.randomUUID(), NOW)).hasMessage("review.tooManyPhotos");
        assertThat(review.photos()).hasSize(Review.MAX_PHOTOS);
    }

    @Test
    void theMerchantRepliesOnce() {
        var review = published();
        review.reply("谢谢惠顾", NOW);
        assertThat(review.reply()).isEqualTo("谢谢惠顾");
        assertThat(review.repliedAt()).isEqualTo(NOW);
        assertThat(review.takeEvents()).containsExactly(new ReviewEvents.ReviewReplied(review.id()));

        assertThatThrownBy(() -> review.reply("再次回复", NOW))
                .isInstanceOf(IllegalReviewTransition.class)
                .hasMessage("review.repliedAlready")
                .satisfies(refusal ->
                        assertThat(((WordedRefusal) refusal).status()).isEqualTo(HttpStatus.CONFLICT));
        assertThat(review.reply()).isEqualTo("谢谢惠顾");
    }

    @Test
    void refusesABlankOrOverlongReply() {
        var review = published();
        assertThatThrownBy(() -> review.reply("   ", NOW)).hasMessage("review.replyBlank");
        assertThatThrownBy(() -> review.reply("x".repeat(1_001), NOW)).hasMessage("review.replyTooLong");
        assertThat(review.reply()).isNull();
    }

    @Test
    void staffHideAPublishedReviewWithAReason() {
        var review = published();
        assertThatThrownBy(() -> review.hide(" ")).hasMessage("review.reasonBlank");
        assertThat(review.state()).isEqualTo(ReviewState.PUBLISHED);

        review.hide("含有联系方式");

        assertThat(review.state()).isEqualTo(ReviewState.HIDDEN);
        assertThat(review.visible()).isFalse();
        assertThat(review.hiddenReason()).isEqualTo("含有联系方式");
        assertThat(review.takeEvents()).containsExactly(new ReviewEvents.ReviewHidden(review.id(), MERCHANT));
    }

    @Test
    void aHiddenReviewCannotBeHiddenAgainEditedRepliedToOrGivenPhotos() {
        var review = published();
        review.hide("广告");
        review.takeEvents();

        assertThatThrownBy(() -> review.hide("again")).hasMessage("review.cannot.hide");
        assertThatThrownBy(() -> review.edit(new Ratings(5, 5, 5), "", NOW)).hasMessage("review.cannot.edit");
        assertThatThrownBy(() -> review.attach(UUID.randomUUID(), NOW)).hasMessage("review.cannot.edit");
        assertThatThrownBy(() -> review.reply("谢谢", NOW)).hasMessage("review.cannot.reply");
        assertThat(review.hiddenReason()).isEqualTo("广告");
        assertThat(review.takeEvents()).isEmpty();
    }

    @Test
    void theBuyerDeletesAPublishedOrHiddenReviewOnce() {
        var review = published();
        review.delete();
        assertThat(review.state()).isEqualTo(ReviewState.DELETED);
        assertThat(review.takeEvents()).containsExactly(new ReviewEvents.ReviewDeleted(review.id(), MERCHANT));
        assertThatThrownBy(review::delete).hasMessage("review.cannot.delete");

        var hidden = published();
        hidden.hide("广告");
        hidden.delete();
        assertThat(hidden.state()).isEqualTo(ReviewState.DELETED);
    }

    @Test
    void aDeletedReviewMovesNoMore() {
        var review = published();
        review.delete();
        assertThatThrownBy(() -> review.edit(new Ratings(5, 5, 5), "", NOW)).hasMessage("review.cannot.edit");
        assertThatThrownBy(() -> review.reply("谢谢", NOW)).hasMessage("review.cannot.reply");
        assertThatThrownBy(() -> review.hide("广告")).hasMessage("review.cannot.hide");
    }

    @Test
    void anUnsavedReviewCannotMove() {
        var review = written("好", List.of());
        assertThatThrownBy(() -> review.reply("谢谢", NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void masksTheReviewersNickname() {
        assertThat(ReviewerName.of("表哥好友").zh()).isEqualTo("表*友");
        assertThat(ReviewerName.of("表友").zh()).isEqualTo("表*");
        assertThat(ReviewerName.of("A").zh()).isEqualTo("A*");
        assertThat(ReviewerName.of(null)).isEqualTo(ReviewerName.ANONYMOUS);
        assertThat(ReviewerName.of("  ").zh()).isEqualTo("匿名买家");
        assertThat(ReviewerName.ANONYMOUS.en()).isEqualTo("Anonymous buyer");
    }

    private static Review written(String text, List<UUID> photos) {
        return written(FulfilmentState.RECEIVED, text, photos);
    }

    private static Review written(FulfilmentState fulfilment, String text, List<UUID> photos) {
        return Review.write(
                fulfilment,
                new OrderId(1),
                new OrderNumber("20261206-K7QM2XD9"),
                SubjectId.random(),
                MERCHANT,
                new ReferenceId(2),
                new ListingId(3),
                new Ratings(5, 5, 5),
                text,
                photos,
                NOW);
    }

    /** A saved, published review, as the repository loads it. */
    private static Review published() {
        return new Review(
                new ReviewId(11),
                new OrderId(1),
                new OrderNumber("20261206-K7QM2XD9"),
                SubjectId.random(),
                MERCHANT,
                new ReferenceId(2),
                new ListingId(3),
                new Ratings(5, 5, 5),
                "好表",
                ReviewState.PUBLISHED,
                null,
                null,
                null,
                NOW,
                null,
                List.of(),
                0);
    }
}
