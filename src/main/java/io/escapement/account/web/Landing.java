package io.escapement.account.web;

import io.escapement.account.spi.SignInStep;
import io.escapement.policy.PolicyVersions;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Where a buyer lands after any sign-in: first to the policy if a material change awaits their
 * acceptance (N-2), otherwise back to the page they came from (the watch, the cart, checkout), or
 * to their privacy settings. Also notes the browser family for the
 * devices and sessions page, and takes the other modules' {@link SignInStep}s (the cart's merge).
 */
@Component
class Landing {

    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9\\-._~/?=&%]*");

    private final PolicyVersions policy;
    private final ObjectProvider<SignInStep> steps;

    /** @param steps none when the account module runs alone, as in its module tests */
    Landing(PolicyVersions policy, ObjectProvider<SignInStep> steps) {
        this.policy = policy;
        this.steps = steps;
    }

    /**
     * The path to send {@code buyer} to, once the security context is in the session; runs the
     * sign-in steps first, before anything is written to {@code response}.
     */
    String after(SubjectId buyer, HttpServletRequest request, HttpServletResponse response) {
        request.getSession()
                .setAttribute(SessionsPage.BROWSER, SessionsPage.browserFamily(request.getHeader("User-Agent")));
        steps.orderedStream().forEach(step -> step.signedIn(buyer, request, response));
        if (policy.needsReconsent(buyer.value(), Instant.now())) {
            return "/account/policy";
        }
        return returnTo(request.getParameter("next")).orElse("/account/privacy");
    }

    /**
     * The page the buyer was on before signing in ({@code ?next=}, set by the sign-in redirect), if
     * it is a path of this site: never another host ({@code //evil.example}), never the sign-in
     * itself, at most 300 characters.
     */
    static Optional<String> returnTo(@Nullable String next) {
        if (next == null || next.length() > 300 || !LOCAL_PATH.matcher(next).matches() || next.startsWith("/signin")) {
            return Optional.empty();
        }
        return Optional.of(next);
    }
}
