package io.escapement.review;

import io.escapement.language.WordedRefusal;
import org.springframework.http.HttpStatus;

/**
 * Input a review refuses, worded for the reader: 400 for bad ratings, text or photos, 404 for an
 * order or review that is not the reader's, 409 for a review before receipt or a second one.
 */
public class ReviewRefused extends WordedRefusal {

    ReviewRefused(String code, Object... arguments) {
        super(code, arguments);
    }

    ReviewRefused(HttpStatus status, String code, Object... arguments) {
        super(status, code, arguments);
    }

    /** No such review of the reader's: 404, as for one that is somebody else's. */
    public static ReviewRefused notFound() {
        return new ReviewRefused(HttpStatus.NOT_FOUND, "review.notFound");
    }

    /** Staff hid a review without naming the case, or with a reference over {@code max} characters: 400. */
    public static ReviewRefused caseReference(int max) {
        return new ReviewRefused("review.caseReference", max);
    }
}
