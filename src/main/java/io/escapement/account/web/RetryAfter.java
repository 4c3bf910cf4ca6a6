package io.escapement.account.web;

import io.escapement.account.signin.TooManyCodes;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;

/** How pages answer codes asked for too soon or too often: 429 with Retry-After. */
final class RetryAfter {

    private RetryAfter() {}

    static void answer(HttpServletResponse response, TooManyCodes tooMany) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(
                "Retry-After", Long.toString(Math.max(1, tooMany.retryAfter().toSeconds())));
    }
}
