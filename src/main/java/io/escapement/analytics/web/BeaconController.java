package io.escapement.analytics.web;

import io.escapement.analytics.PageViews;
import io.escapement.vault.SubjectId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
    private final MessageSource messages;

    BeaconController(PageViews pageViews, MessageSource messages) {
        this.pageViews = pageViews;
        this.messages = messages;
    }

    @PostMapping(
            path = "/beacon",
            consumes = {"text/plain", "application/octet-stream"})
    ResponseEntity<?> view(
            @RequestBody(required = false) String path, @Nullable Authentication visitor, Locale locale) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.length() > MAX_PATH) {
            return ResponseEntity.badRequest()
                    .body(ProblemDetail.forStatusAndDetail(
                            HttpStatus.BAD_REQUEST,
                            messages.getMessage("beacon.badPath", new Object[] {MAX_PATH}, locale)));
        }
        // Only the ANALYTICS consent lets the count link to a signed-in buyer (checked by PageViews).
        pageViews.count(path, SubjectId.buyer(visitor).orElse(null));
        return ResponseEntity.noContent().build();
    }
}
