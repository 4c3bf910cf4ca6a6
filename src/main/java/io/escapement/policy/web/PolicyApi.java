package io.escapement.policy.web;

import io.escapement.policy.PolicyDocument;
import io.escapement.policy.PolicyLanguage;
import io.escapement.policy.PolicyVersions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The privacy policy as JSON, for the apps (N-4). */
@RestController
@Tag(name = "Privacy", description = "The privacy policy, generated from the code")
class PolicyApi {

    private final PolicyVersions versions;

    PolicyApi(PolicyVersions versions) {
        this.versions = versions;
    }

    @GetMapping(path = "/api/v1/privacy/policy", produces = "application/json")
    @Operation(
            summary = "The privacy policy in effect now, or a given published version, as sections of paragraphs,"
                    + " lists and tables")
    PolicyDocument policy(
            @Parameter(description = "zh-CN (default) or en") @RequestParam(defaultValue = "zh-CN") String lang,
            @Parameter(description = "a published version; the one in effect now when absent")
                    @RequestParam(required = false)
                    @Nullable
                    Integer version) {
        var language = PolicyLanguage.ofTag(lang)
                .orElseThrow(() -> problem(HttpStatus.BAD_REQUEST, "policy.api.badLanguage", lang));
        int number = version == null ? versions.effectiveVersion(Instant.now()) : version;
        return versions.document(number, language)
                .orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "policy.api.noVersion", String.valueOf(number)));
    }

    /** A problem whose detail is the message {@code code}, in the client's language. */
    private static ErrorResponseException problem(HttpStatus status, String code, String argument) {
        return new ErrorResponseException(status, ProblemDetail.forStatus(status), null, code, new Object[] {argument});
    }
}
