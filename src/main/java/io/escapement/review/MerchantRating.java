package io.escapement.review;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A merchant's rating: the mean of its published reviews' overall stars (each the mean of the three
 * ratings), to one decimal, with how many reviews it counts; hidden reviews do not count.
 *
 * @param average null when no published review counts
 */
public record MerchantRating(long count, @Nullable BigDecimal average) {

    public boolean rated() {
        return count > 0 && average != null;
    }
}
