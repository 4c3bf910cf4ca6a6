package io.escapement.account.web;

import io.escapement.account.spi.SignInStep;
import io.escapement.policy.PolicyVersions;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Where a buyer lands after any sign-in: first to the policy if a material change awaits their
 * acceptance (N-2), otherwise to their privacy settings. Also notes the browser family for the
 * devices and sessions page, and takes the other modules' {@link SignInStep}s (the cart's merge).
 */
@Component
class Landing {

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
        return policy.needsReconsent(buyer.value(), Instant.now()) ? "/account/policy" : "/account/privacy";
    }
}
