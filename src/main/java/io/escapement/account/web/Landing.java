package io.escapement.account.web;

import io.escapement.policy.PolicyVersions;
import io.escapement.vault.SubjectId;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Where a buyer lands after any sign-in: first to the policy if a material change awaits their
 * acceptance (N-2), otherwise to their privacy settings. Also notes the browser family for the
 * devices and sessions page.
 */
@Component
class Landing {

    private final PolicyVersions policy;

    Landing(PolicyVersions policy) {
        this.policy = policy;
    }

    /** The path to send {@code buyer} to, once the security context is in the session. */
    String after(SubjectId buyer, HttpServletRequest request) {
        request.getSession()
                .setAttribute(SessionsPage.BROWSER, SessionsPage.browserFamily(request.getHeader("User-Agent")));
        return policy.needsReconsent(buyer.value(), Instant.now()) ? "/account/policy" : "/account/privacy";
    }
}
