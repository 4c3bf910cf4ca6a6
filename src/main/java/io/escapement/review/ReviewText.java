package io.escapement.review;

/** Checks of the texts a review holds: stripped, of at most so many characters (code points). */
final class ReviewText {

    /** The most characters a review's text may have. */
    static final int MAX_TEXT = 2_000;

    /** The most characters the merchant's reply may have. */
    static final int MAX_REPLY = 1_000;

    /** The most characters of the reason staff give for hiding a review. */
    static final int MAX_REASON = 500;

    private ReviewText() {}

    /** The review's text, stripped; it may be empty (the stars say enough). */
    static String text(String text) {
        return within(text == null ? "" : text.strip(), MAX_TEXT, "review.textTooLong");
    }

    /** A reply or a reason: stripped, never blank. */
    static String required(String text, int max, String blank, String tooLong) {
        var stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new ReviewRefused(blank);
        }
        return within(stripped, max, tooLong);
    }

    private static String within(String text, int max, String tooLong) {
        if (text.length() > max && text.codePointCount(0, text.length()) > max) {
            throw new ReviewRefused(tooLong, max);
        }
        return text;
    }
}
