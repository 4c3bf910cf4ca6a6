package io.escapement.review;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The three star ratings of a review, each 1 to 5.
 *
 * @param asDescribed whether the watch was as described
 * @param service the merchant's service
 * @param shipping the shipping
 */
public record Ratings(int asDescribed, int service, int shipping) {

    public static final int MIN = 1;
    public static final int MAX = 5;

    /** @throws ReviewRefused when a rating lies outside 1 to 5 */
    public Ratings {
        for (int stars : new int[] {asDescribed, service, shipping}) {
            if (stars < MIN || stars > MAX) {
                throw new ReviewRefused("review.ratingOutOfRange", MIN, MAX);
            }
        }
    }

    /** The mean of the three ratings, to one decimal: what the review counts for in a merchant's rating. */
    public BigDecimal overall() {
        return BigDecimal.valueOf(asDescribed + service + shipping)
                .divide(BigDecimal.valueOf(3), 1, RoundingMode.HALF_UP);
    }
}
