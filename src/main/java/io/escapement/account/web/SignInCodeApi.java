package io.escapement.account.web;

import io.escapement.account.signin.OneTimeCodes;
import io.escapement.account.signin.TooManyCodes;
import io.escapement.privacy.Category;
import io.escapement.privacy.PersonalData;
import io.escapement.privacy.PhoneNumber;
import io.escapement.privacy.Purpose;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Asks for a sign-in code by SMS. */
@RestController
@Tag(name = "Sign-in", description = "One-time codes by SMS")
class SignInCodeApi {

    /** The number is used to send the code and kept only as a keyed digest. */
    record CodeRequest(
            @PersonalData(
                    category = Category.USER_CONTACT_PHONE,
                    purposes = {Purpose.ACCOUNT, Purpose.SECURITY},
                    retention = "P0D")
            @Nullable
            String phone) {}

    private final OneTimeCodes codes;
    private final MessageSource messages;

    SignInCodeApi(OneTimeCodes codes, MessageSource messages) {
        this.codes = codes;
        this.messages = messages;
    }

    @PostMapping(path = "/api/v1/auth/sms-codes", consumes = "application/json", produces = "application/json")
    @Operation(summary = "Send a six-digit sign-in code to a mainland mobile number")
    ResponseEntity<Map<String, Object>> send(@RequestBody CodeRequest request, HttpServletRequest http) {
        codes.send(PhoneNumber.parse(request.phone()), http.getRemoteAddr());
        return ResponseEntity.accepted().body(Map.of("expiresInSeconds", 300));
    }

    /** 429 with Retry-After, explained in the buyer's language (zh-CN unless {@code ?lang=en}). */
    @ExceptionHandler(TooManyCodes.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyCodes ex) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.TOO_MANY_REQUESTS, messages.getMessage(ex.reason(), null, LocaleContextHolder.getLocale()));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(
                        HttpHeaders.RETRY_AFTER,
                        Long.toString(Math.max(1, ex.retryAfter().toSeconds())))
                .body(problem);
    }
}
