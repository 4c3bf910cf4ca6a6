package io.escapement.account.web;

import io.escapement.account.signin.Passkeys;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the browser's script gets back from a passkey sign-in: where to go on success, and on
 * refusal a problem+json whose {@code reason} is a message key the page words for the buyer
 * (a failed check or a replayed assertion: 401; a locked or cancelled account: 403).
 */
@Component
class PasskeyResponses {

    static final String FAILED = "passkeys.failed";

    private final Passkeys passkeys;
    private final Landing landing;
    private final JsonMapper json;

    PasskeyResponses(Passkeys passkeys, Landing landing, JsonMapper json) {
        this.passkeys = passkeys;
        this.landing = landing;
        this.json = json;
    }

    void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        var buyer = SubjectId.ofBuyer(authentication);
        passkeys.signedIn(buyer);
        var next = landing.after(buyer, request, response);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Map.of("authenticated", true, "redirectUrl", next));
    }

    void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        var reason = refusal(exception);
        var status = FAILED.equals(reason) ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN;
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(
                response.getOutputStream(),
                Map.of(
                        "title",
                        "Passkey sign-in refused",
                        "status",
                        status.value(),
                        "detail",
                        FAILED.equals(reason)
                                ? "The passkey could not be verified, or this sign-in was already used."
                                : "This account may not sign in with a passkey now.",
                        "reason",
                        reason));
    }

    /** The message key of an account refusal anywhere in the cause chain, else {@link #FAILED}. */
    private static String refusal(Throwable exception) {
        for (var cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccountStatusException refused && refused.getMessage() != null) {
                return refused.getMessage();
            }
        }
        return FAILED;
    }
}
