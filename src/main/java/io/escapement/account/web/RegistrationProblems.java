package io.escapement.account.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wraps Spring Security's passkey registration endpoint (placed before authorization, it leaves
 * access decisions to the exception translation in front of it), which lets a failed verification (a forged
 * or replayed attestation, a bad label) escape as a server error: such a request gets a 400
 * problem+json instead, and nothing is stored.
 */
class RegistrationProblems extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RegistrationProblems.class);
    private static final RequestMatcher REGISTRATION = PathPatternRequestMatcher.pathPattern("/webauthn/register/**");

    private final JsonMapper json;

    RegistrationProblems(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !REGISTRATION.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (AccessDeniedException | AuthenticationException forExceptionTranslation) {
            throw forExceptionTranslation;
        } catch (RuntimeException refused) {
            if (response.isCommitted()) {
                throw refused;
            }
            log.info("Passkey registration refused: {}", refused.getClass().getSimpleName());
            response.reset();
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(
                    response.getOutputStream(),
                    Map.of(
                            "title", "Passkey not added",
                            "status", HttpStatus.BAD_REQUEST.value(),
                            "detail", "The passkey could not be verified, or its name is empty or too long."));
        }
    }
}
