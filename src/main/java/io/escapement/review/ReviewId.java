package io.escapement.review;

import java.util.Optional;

/** A review's key; buyers and staff name a review by it in URLs. */
public record ReviewId(long value) {

    /** The id {@code text} names, or empty when it is not a positive number of at most 18 digits. */
    public static Optional<ReviewId> parse(String text) {
        if (text == null || !text.matches("[1-9][0-9]{0,17}")) {
            return Optional.empty();
        }
        return Optional.of(new ReviewId(Long.parseLong(text)));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
