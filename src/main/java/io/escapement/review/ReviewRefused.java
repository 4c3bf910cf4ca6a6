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
}
