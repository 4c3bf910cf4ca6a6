package io.escapement.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session nobody is signed in to (one kept for a passkey ceremony, say) expires after a few
 * minutes unused; once someone signs in to it, it lasts the configured session timeout.
 */
class SessionLifetime extends OncePerRequestFilter {

    private final int anonymousSeconds;
    private final int signedInSeconds;
    private final AuthenticationTrustResolverImpl trust = new AuthenticationTrustResolverImpl();

    SessionLifetime(Duration anonymous, Duration signedIn) {
        this.anonymousSeconds = Math.toIntExact(anonymous.toSeconds());
        this.signedInSeconds = Math.toIntExact(signedIn.toSeconds());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            var session = request.getSession(false);
            if (session != null) {
                int lifetime = signedIn(session) ? signedInSeconds : anonymousSeconds;
                if (session.getMaxInactiveInterval() != lifetime) {
                    session.setMaxInactiveInterval(lifetime);
                }
            }
        }
    }

    private boolean signedIn(HttpSession session) {
        return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                        instanceof SecurityContext context
                && trust.isAuthenticated(context.getAuthentication());
    }
}
