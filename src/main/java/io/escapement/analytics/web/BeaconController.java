package io.escapement.analytics.web;

import io.escapement.analytics.PageViews;
import io.escapement.vault.SubjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The first-party visit beacon: pages post their path here; no cookie is read or set. */
@RestController
class BeaconController {

    private static final int MAX_PATH = 200;

    private final PageViews pageViews;

    BeaconController(PageViews pageViews) {
        this.pageViews = pageViews;
    }

    @PostMapping(
            path = "/beacon",
            consumes = {"text/plain", "application/octet-stream"})
    ResponseEntity<?> view(@RequestBody(required = false) String path, @Nullable Authentication visitor) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.length() > MAX_PATH) {
            return ResponseEntity.badRequest()
                    .body(ProblemDetail.forStatusAndDetail(
                            HttpStatus.BAD_REQUEST,
                            "The beacon takes the path of a page of this site, starting with / and at most " + MAX_PATH
                                    + " characters."));
        }
        // Only the ANALYTICS consent lets the count link to a signed-in buyer (checked by PageViews).
        pageViews.count(path, SubjectId.buyer(visitor).orElse(null));
        return ResponseEntity.noContent().build();
    }
}
