package io.escapement.review;

import io.escapement.account.spi.AccountOverview;
import io.escapement.vault.SubjectId;
import java.util.List;
import org.springframework.stereotype.Component;

/** The buyer's reviews, with their count, on the account page beside orders and addresses. */
@Component
class ReviewsOverview implements AccountOverview {

    private final Reviews reviews;

    ReviewsOverview(Reviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public int position() {
        return 25;
    }

    @Override
    public Section section(SubjectId buyer) {
        return new Section(
                "hub.shopping",
                List.of(new Link("hub-reviews", "/account/reviews", "reviews.title", reviews.countOf(buyer))));
    }
}
