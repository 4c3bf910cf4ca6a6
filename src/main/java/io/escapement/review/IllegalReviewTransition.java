package io.escapement.review;

import org.springframework.http.HttpStatus;

/** A move the review's state does not allow, such as a second reply or editing a hidden review: 409. */
public class IllegalReviewTransition extends ReviewRefused {

    IllegalReviewTransition(String code) {
        super(HttpStatus.CONFLICT, code);
    }
}
